/**
 * What one phone records during its round, as the mutations its outbox would hold: visits of its
 * grid's households with a check of each resident, new households with their residents, patches of
 * residents (the grid's, shared with the other phones of the grid, or its own) and fever reports
 * (after a visit that found a fever, or on their own). Deterministic for a seed.
 */
import type { Mutation } from '../../src/domain/sync-protocol';
import { demoHousehold, mobileNumber } from '../../src/server/seed/demo-people';
import { Prng } from '../../src/server/seed/prng';
import { uuidv7 } from '../../src/shared/uuid-v7';
import type { PhoneAccount, SeededHousehold, SeededResident } from './load-seed';

export type WorkKind = 'visit' | 'fever_report' | 'household' | 'resident' | 'resident_patch';

export interface CreatedRecord {
  entity: string;
  data: Record<string, unknown>;
}

export interface PlannedPatch {
  mutationId: string;
  recordId: string;
  /** The notes this patch writes: unique, so every patch changes the record. */
  notes: string;
}

export interface PhonePlan {
  phone: PhoneAccount;
  mutations: Mutation[];
  kinds: Map<string, WorkKind>;
  /** Records this phone creates, by id, with the fields it sends. */
  created: Map<string, CreatedRecord>;
  patches: PlannedPatch[];
}

const FEVER_ACTIONS = ['fever_clinic', 'home_isolation', 'observation'] as const;

function tenths(value: number): number {
  return Math.round(value * 10) / 10;
}

class PlanBuilder {
  readonly plan: PhonePlan;
  private readonly own: SeededHousehold[] = [];
  private readonly knownVersion = new Map<string, number>();
  private readonly today = new Date();
  private clock = Date.now();

  constructor(
    phone: PhoneAccount,
    private readonly rng: Prng,
    private readonly count: number,
  ) {
    this.plan = { phone, mutations: [], kinds: new Map(), created: new Map(), patches: [] };
  }

  get remaining(): number {
    return this.count - this.plan.mutations.length;
  }

  private at(): string {
    this.clock += this.rng.int(5_000, 90_000);
    return new Date(this.clock).toISOString();
  }

  private add(kind: WorkKind, mutation: Omit<Mutation, 'mutationId' | 'recordedAt'>): Mutation {
    const full: Mutation = { mutationId: uuidv7(), recordedAt: this.at(), ...mutation };
    this.plan.mutations.push(full);
    this.plan.kinds.set(full.mutationId, kind);
    if (mutation.op === 'create') this.plan.created.set(mutation.id, { entity: mutation.entity, data: mutation.data });
    return full;
  }

  private create(kind: WorkKind, entity: string, data: Record<string, unknown>): string {
    const id = uuidv7();
    this.add(kind, { entity, op: 'create', id, data });
    return id;
  }

  /** A door to knock on: mostly the grid's register, sometimes one this phone added. */
  private household(): SeededHousehold {
    const grid = this.plan.phone.grid.households;
    return this.own.length > 0 && this.rng.chance(0.2) ? this.rng.pick(this.own) : this.rng.pick(grid);
  }

  visit(): void {
    const household = this.household();
    const outcome = this.rng.weighted([['visited', 85], ['not_home', 12], ['refused', 3]] as const);
    const fevers: SeededResident[] = [];
    const checks = outcome !== 'visited' ? [] : household.residents.map((resident) => {
      const fever = this.rng.chance(0.04);
      if (fever) fevers.push(resident);
      return fever
        ? { residentId: resident.id, temperature: tenths(37.5 + this.rng.next() * 1.5), symptoms: ['fever'] }
        : { residentId: resident.id, temperature: tenths(36 + this.rng.next() * 1.2), symptoms: [] };
    });
    this.create('visit', 'visit', { householdId: household.id, visitedAt: this.at(), outcome, checks });
    for (const resident of fevers) if (this.remaining > 0) this.feverReport(household, resident);
  }

  feverReport(household = this.household(), resident = this.rng.pick(household.residents)): void {
    const symptoms = this.rng.chance(0.5) ? ['fever', 'cough'] : ['fever'];
    this.create('fever_report', 'fever_report', {
      householdId: household.id,
      residentId: resident.id,
      name: resident.name,
      temperature: tenths(37.5 + this.rng.next() * 1.8),
      symptoms,
      onsetDate: this.today.toISOString().slice(0, 10),
      action: this.rng.pick(FEVER_ACTIONS),
      reportedAt: this.at(),
    });
  }

  /** A household not in the register yet, and one or two of its residents. */
  newHousehold(): boolean {
    const { residents, phone } = demoHousehold(this.rng, this.today);
    const people = residents.slice(0, Math.min(2, this.remaining - 1));
    if (people.length === 0) return false;
    const buildingId = this.rng.pick(this.plan.phone.grid.buildingIds);
    const room = `${this.plan.phone.index + 1}-${this.own.length + 1}`;
    const id = this.create('household', 'household', { buildingId, unit: '9', room, status: 'occupied', ...(phone ? { phone } : {}) });
    const added: SeededHousehold = { id, buildingId, residents: [] };
    for (const person of people) {
      added.residents.push({ id: this.create('resident', 'resident', { householdId: id, ...person }), name: person.name });
    }
    this.own.push(added);
    return true;
  }

  /** Notes (and sometimes a phone number) on a resident: the grid's, shared with other phones, or one of its own. */
  patchResident(): void {
    const household = this.own.length > 0 && this.rng.chance(0.25) ? this.rng.pick(this.own) : this.rng.pick(this.plan.phone.grid.households);
    const resident = this.rng.pick(household.residents);
    const baseVersion = this.knownVersion.get(resident.id) ?? 1;
    const notes = `${this.plan.phone.username} 回访 ${this.plan.mutations.length + 1}`;
    const data: Record<string, unknown> = { notes, ...(this.rng.chance(0.3) ? { phone: mobileNumber(this.rng) } : {}) };
    const mutation = this.add('resident_patch', { entity: 'resident', op: 'patch', id: resident.id, baseVersion, data });
    this.knownVersion.set(resident.id, baseVersion + 1);
    this.plan.patches.push({ mutationId: mutation.mutationId, recordId: resident.id, notes });
  }
}

/** `count` mutations for one phone; the same seed and phone give the same work (ids aside). */
export function planPhone(phone: PhoneAccount, count: number, seed: number): PhonePlan {
  if (phone.grid.households.length === 0) throw new Error(`grid ${phone.grid.id} has no occupied household to visit`);
  const rng = new Prng(seed * 100_003 + phone.index);
  const builder = new PlanBuilder(phone, rng, count);
  while (builder.remaining > 0) {
    const kind = rng.weighted([['visit', 40], ['household', 20], ['patch', 30], ['fever', 10]] as const);
    if (kind === 'household' && builder.remaining >= 2 && builder.newHousehold()) continue;
    if (kind === 'patch') builder.patchResident();
    else if (kind === 'fever') builder.feverReport();
    else builder.visit();
  }
  return builder.plan;
}
