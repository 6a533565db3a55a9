/**
 * "Delivered": the volunteer's delivery and their request marked delivered, in ONE Dexie transaction
 * (the delivery's entry first). A request still open is claimed by the same write (claim and delivery
 * may reach the server together). A request this phone already knows to be another volunteer's, or
 * closed, gets the delivery alone: what was carried to the door is never lost; the server keeps it and
 * the secretary sees it in the delivery ledger.
 */
import type { DeliveryOutcome } from '../../domain/entities/delivery';
import { uuidv7 } from '../../shared/uuid-v7';
import { guardStorage } from '../db/guard-storage';
import type { GridwalkDb } from '../db/schema';
import { loadValidation } from './load-validation';
import { RecordNotFoundError, type RecordWriterDeps, type WriteCommittedDetail } from './record-writer';
import { createIn, markCommitted, patchIn } from './write-steps';

export interface DeliveryInput {
  helpRequestId: string;
  outcome: DeliveryOutcome;
  /** When it was delivered (ISO with offset). */
  deliveredAt: string;
  note?: string;
  /** The signed-in volunteer. */
  volunteer: { id: string; name: string };
}

export class DeliveryWriter {
  private readonly db: GridwalkDb;
  private readonly now: () => number;

  constructor(private readonly deps: RecordWriterDeps) {
    this.db = deps.db;
    this.now = deps.now ?? Date.now;
  }

  /** Stores the delivery (and the request delivered, when it is open or this volunteer's); the delivery's id. */
  async deliver(input: DeliveryInput): Promise<string> {
    const validation = await loadValidation();
    const delivery = validation.validateCreate('delivery', {
      helpRequestId: input.helpRequestId,
      outcome: input.outcome,
      deliveredAt: input.deliveredAt,
      ...(input.note ? { note: input.note } : {}),
    });
    const time = this.now();
    const id = uuidv7(time);
    const requests = this.db.records('help_request');
    const deliveries = this.db.records('delivery');
    const details: WriteCommittedDetail[] = [{ entity: 'delivery', op: 'create', id }];
    await guardStorage(() =>
      this.db.transaction('rw', [requests, deliveries, this.db.outbox], async () => {
        const request = await requests.get(input.helpRequestId);
        if (!request) throw new RecordNotFoundError('help_request', input.helpRequestId);
        await createIn(this.db, 'delivery', id, delivery, time);
        const mine = request.claimedBy === input.volunteer.id;
        if (request.state !== 'open' && !(request.state === 'claimed' && mine)) return;
        const claim = mine ? {} : { claimedBy: input.volunteer.id, claimedByName: input.volunteer.name, claimedAt: new Date(time).toISOString() };
        if (await patchIn(this.db, validation, 'help_request', request, { state: 'delivered', ...claim }, time)) {
          details.push({ entity: 'help_request', op: 'patch', id: input.helpRequestId });
        }
      }),
    );
    markCommitted(details);
    this.deps.onWrite?.();
    return id;
  }
}
