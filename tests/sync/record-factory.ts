/** Records a grid worker makes in the sync tests, through the client's real write path. */
import type { GridwalkDataClient } from '../../src/data/create-data-client';
import { makeIdNumber } from '../fixtures/id-number-factory';
import type { Expected } from './sync-world';

export class WorkerActions {
  readonly expected = new Map<string, Expected>();
  private room = 0;

  constructor(
    private readonly client: GridwalkDataClient,
    private readonly buildingId: string,
  ) {}

  async household(): Promise<string> {
    this.room += 1;
    const id = await this.client.create('household', {
      buildingId: this.buildingId,
      unit: 'T',
      room: `${900 + this.room}-${Math.random().toString(36).slice(2, 6)}`,
      status: 'occupied',
    });
    this.expected.set(id, { entity: 'household', changes: 0 });
    return id;
  }

  async resident(householdId: string, name = '刘建国'): Promise<string> {
    const id = await this.client.create('resident', {
      householdId,
      name,
      idNumber: makeIdNumber({ birthDate: '1952-04-09', sex: 'male', sequence: this.room % 100 }),
      tags: ['elderly_alone'],
    });
    this.expected.set(id, { entity: 'resident', changes: 0 });
    return id;
  }

  async visit(householdId: string, residentId: string, temperature = 36.6): Promise<string> {
    const id = await this.client.create('visit', {
      householdId,
      visitedAt: new Date().toISOString(),
      outcome: 'visited',
      checks: [{ residentId, temperature, symptoms: [] }],
    });
    this.expected.set(id, { entity: 'visit', changes: 0 });
    return id;
  }

  async patchHousehold(id: string, changes: Record<string, unknown>): Promise<void> {
    await this.client.patch('household', id, changes);
    this.expected.get(id)!.changes += 1;
  }

  async voidVisit(id: string, reason = '录错了户'): Promise<void> {
    await this.client.voidRecord('visit', id, reason);
    const entry = this.expected.get(id)!;
    if (!entry.voided) entry.changes += 1;
    entry.voided = true;
  }
}
