/**
 * The index brought up to date record by record answers exactly as one built from scratch: random
 * sequences of creates, patches, deletes, moves, renames and resets of residents, households and
 * buildings, each followed by an update of the index the step before left (as the app's hook does).
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildRegisterIndex } from '../../../../src/data/search/build-register-index';
import type { UpdatableIndex } from '../../../../src/domain/search/index-update';
import { loadNamePinyin, type NamePinyin } from '../../../../src/domain/search/name-pinyin';
import { search } from '../../../../src/domain/search/search';
import { toSearchEntries, type SearchBuilding, type SearchHousehold, type SearchRecords, type SearchResident } from '../../../../src/domain/search/search-entries';
import { buildSearchIndex } from '../../../../src/domain/search/search-index';

let namePinyin: NamePinyin;
beforeAll(async () => {
  namePinyin = await loadNamePinyin();
});

const SURNAMES = [...'张王李单曾吕解查'];
const GIVEN = [...'三四五伟芳明国华'];
const PHONES = ['13800138000', '13800138001', '13912345678', undefined];
const ROOMS = ['501', '502', '0501', '1201', 'A1'];
const UNITS = ['1', '2', '02'];
const BUILDINGS = ['3号楼', '3栋', '12号楼', 'A座'];
const QUERIES = ['张', 'zhang', 'zs', 'zhangs', 'wang', 'w', 'shan', 'zeng', 'lv', 'lu', '李四', '国', 'hua', '1380', '13800138000', '5678',
  '0012', '501', '3-2-501', '2-501', '12-1-1201', 'a-1-a1', '3-02-0501', '曾国'];

interface Register {
  residents: Map<string, SearchResident>;
  households: Map<string, SearchHousehold>;
  buildings: Map<string, SearchBuilding>;
}

type Op =
  | { op: 'addResident'; household: number; name: string; phone?: string; id: number }
  | { op: 'renameResident'; resident: number; name: string }
  | { op: 'rephoneResident'; resident: number; phone?: string }
  | { op: 'reidResident'; resident: number; id: number }
  | { op: 'moveResident'; resident: number; household: number }
  | { op: 'deleteResident'; resident: number }
  | { op: 'addHousehold'; building: number; unit: string; room: string; phone?: string }
  | { op: 'patchHousehold'; household: number; unit: string; room: string; phone?: string }
  | { op: 'moveHousehold'; household: number; building: number }
  | { op: 'deleteHousehold'; household: number }
  | { op: 'addBuilding'; name: string }
  | { op: 'renameBuilding'; building: number; name: string }
  | { op: 'deleteBuilding'; building: number }
  | { op: 'reset'; size: number }
  | { op: 'signOut' };

const pick = fc.nat({ max: 1000 });
const name = fc.tuple(fc.constantFrom(...SURNAMES), fc.constantFrom(...GIVEN), fc.option(fc.constantFrom(...GIVEN), { nil: '' })).map((parts) => parts.join(''));
const phone = fc.constantFrom(...PHONES);
const idNumber = fc.nat({ max: 30 });
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ op: fc.constant('addResident' as const), household: pick, name, phone, id: idNumber }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('renameResident' as const), resident: pick, name }) },
  fc.record({ op: fc.constant('rephoneResident' as const), resident: pick, phone }),
  fc.record({ op: fc.constant('reidResident' as const), resident: pick, id: idNumber }),
  { weight: 2, arbitrary: fc.record({ op: fc.constant('moveResident' as const), resident: pick, household: pick }) },
  fc.record({ op: fc.constant('deleteResident' as const), resident: pick }),
  { weight: 2, arbitrary: fc.record({ op: fc.constant('addHousehold' as const), building: pick, unit: fc.constantFrom(...UNITS), room: fc.constantFrom(...ROOMS), phone }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('patchHousehold' as const), household: pick, unit: fc.constantFrom(...UNITS), room: fc.constantFrom(...ROOMS), phone }) },
  fc.record({ op: fc.constant('moveHousehold' as const), household: pick, building: pick }),
  fc.record({ op: fc.constant('deleteHousehold' as const), household: pick }),
  fc.record({ op: fc.constant('addBuilding' as const), name: fc.constantFrom(...BUILDINGS) }),
  fc.record({ op: fc.constant('renameBuilding' as const), building: pick, name: fc.constantFrom(...BUILDINGS) }),
  fc.record({ op: fc.constant('deleteBuilding' as const), building: pick }),
  fc.record({ op: fc.constant('reset' as const), size: fc.nat({ max: 12 }) }),
  fc.record({ op: fc.constant('signOut' as const) }),
);

const idOf = (n: number) => `110101199001${String(n).padStart(4, '0')}${n % 3 === 0 ? 'X' : '1'}`.slice(0, 18);

/** The id at position `n` (modulo the size) of a table, or undefined when it is empty. */
function nth<T>(map: Map<string, T>, n: number): string | undefined {
  const ids = [...map.keys()];
  return ids.length > 0 ? ids[n % ids.length] : undefined;
}

class Model {
  register: Register = { residents: new Map(), households: new Map(), buildings: new Map() };
  private next = 0;

  private newId(prefix: string): string {
    // Ids of mixed length and leading letters, so creates land anywhere in id order, as UUIDs would.
    this.next++;
    return `${prefix}${(this.next * 7919) % 1009}-${this.next}`;
  }

  apply(op: Op): void {
    const { residents, households, buildings } = this.register;
    switch (op.op) {
      case 'addResident': {
        const householdId = nth(households, op.household) ?? 'nowhere';
        const id = this.newId('r');
        residents.set(id, { id, householdId, name: op.name, phone: op.phone, idNumber: op.id % 4 === 0 ? undefined : idOf(op.id) });
        return;
      }
      case 'renameResident':
      case 'rephoneResident':
      case 'reidResident':
      case 'moveResident': {
        const id = nth(residents, op.resident);
        const before = id ? residents.get(id) : undefined;
        if (!id || !before) return;
        if (op.op === 'renameResident') residents.set(id, { ...before, name: op.name });
        if (op.op === 'rephoneResident') residents.set(id, { ...before, phone: op.phone });
        if (op.op === 'reidResident') residents.set(id, { ...before, idNumber: idOf(op.id) });
        if (op.op === 'moveResident') residents.set(id, { ...before, householdId: nth(households, op.household) ?? before.householdId });
        return;
      }
      case 'deleteResident': {
        const id = nth(residents, op.resident);
        if (id) residents.delete(id);
        return;
      }
      case 'addHousehold': {
        const id = this.newId('h');
        households.set(id, { id, buildingId: nth(buildings, op.building) ?? 'nowhere', unit: op.unit, room: op.room, phone: op.phone });
        return;
      }
      case 'patchHousehold':
      case 'moveHousehold': {
        const id = nth(households, op.household);
        const before = id ? households.get(id) : undefined;
        if (!id || !before) return;
        if (op.op === 'patchHousehold') households.set(id, { ...before, unit: op.unit, room: op.room, phone: op.phone });
        else households.set(id, { ...before, buildingId: nth(buildings, op.building) ?? before.buildingId });
        return;
      }
      case 'deleteHousehold': {
        // Its residents stay (as on a phone whose pull removed the household first): they lose their address.
        const id = nth(households, op.household);
        if (id) households.delete(id);
        return;
      }
      case 'addBuilding': {
        const id = this.newId('b');
        buildings.set(id, { id, name: op.name });
        return;
      }
      case 'renameBuilding': {
        const id = nth(buildings, op.building);
        if (id) buildings.set(id, { id, name: op.name });
        return;
      }
      case 'deleteBuilding': {
        const id = nth(buildings, op.building);
        if (id) buildings.delete(id);
        return;
      }
      case 'reset':
        this.register = { residents: new Map(), households: new Map(), buildings: new Map() };
        for (let i = 0; i < op.size; i++) {
          this.apply({ op: 'addBuilding', name: BUILDINGS[i % BUILDINGS.length]! });
          this.apply({ op: 'addHousehold', building: i, unit: UNITS[i % UNITS.length]!, room: ROOMS[i % ROOMS.length]!, phone: PHONES[i % PHONES.length] });
          this.apply({ op: 'addResident', household: i, name: `${SURNAMES[i % SURNAMES.length]!}${GIVEN[i % GIVEN.length]!}`, phone: PHONES[(i + 1) % PHONES.length], id: i });
        }
        return;
      case 'signOut':
        this.register = { residents: new Map(), households: new Map(), buildings: new Map() };
        return;
    }
  }

  /** The register as the app reads it: fresh copies of every record, in id order. */
  read(): SearchRecords {
    const sorted = <T extends { id: string }>(map: Map<string, T>) =>
      new Map([...map.values()].map((record) => ({ ...record })).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((r) => [r.id, r]));
    return { residents: sorted(this.register.residents), households: sorted(this.register.households), buildings: sorted(this.register.buildings) };
  }
}

async function update(records: SearchRecords, earlier: UpdatableIndex | null): Promise<UpdatableIndex> {
  const index = await buildRegisterIndex(records, earlier, () => false);
  if (!index) throw new Error('the build stopped');
  return index;
}

function expectSameAsFresh(index: UpdatableIndex, records: SearchRecords, queries: readonly string[]): void {
  const fresh = buildSearchIndex(toSearchEntries(records), namePinyin);
  expect(index.entries).toEqual(fresh.entries);
  for (const query of queries) expect(search(index, query), query).toEqual(search(fresh, query));
}

describe('search index brought up to date', () => {
  it('answers every query as a fresh build, after any sequence of changes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: 8 }), fc.array(opArb, { minLength: 1, maxLength: 40 }), async (size, ops) => {
        const model = new Model();
        model.apply({ op: 'reset', size });
        let index = await update(model.read(), null);
        for (const op of ops) {
          model.apply(op);
          const records = model.read();
          index = await update(records, index);
          expectSameAsFresh(index, records, [...QUERIES, ...[...records.residents.values()].slice(0, 3).map((r) => r.name)]);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('indexes again only what changed: a renamed building re-reads its residents’ addresses, not their names', async () => {
    const model = new Model();
    model.apply({ op: 'reset', size: 3 });
    const first = await update(model.read(), null);
    const [buildingId] = [...model.register.buildings.keys()];
    model.register.buildings.set(buildingId!, { id: buildingId!, name: '9号楼' });
    const records = model.read();
    const second = await update(records, first);

    const changed = second.entries.filter((item) => !first.entries.includes(item)).map((item) => `${item.entry.kind}:${item.entry.name ?? ''}`);
    expect(changed).toHaveLength(2); // the household in it and its resident
    const moved = second.entries.find((item) => item.entry.kind === 'resident' && item.entry.buildingName === '9号楼');
    const before = first.entries.find((item) => item.entry.id === moved!.entry.id)!;
    expect(moved!.syllables).toBe(before.syllables);
    expectSameAsFresh(second, records, QUERIES);
    expect(search(second, '9-1-501').map((hit) => hit.entry.kind)).toEqual(['household', 'resident']);
  });

  it('keeps the whole index when nothing it shows changed', async () => {
    const model = new Model();
    model.apply({ op: 'reset', size: 5 });
    const first = await update(model.read(), null);
    const second = await update(model.read(), first);
    expect(second.entries).toHaveLength(15 - 5); // buildings are not entries
    second.entries.forEach((item, i) => expect(item).toBe(first.entries[i]));
  });

  it('updates more entries than one slice and ends empty after sign-out', async () => {
    const model = new Model();
    model.apply({ op: 'reset', size: 700 });
    let index = await update(model.read(), null);
    expectSameAsFresh(index, model.read(), QUERIES);
    for (const household of [...model.register.households.values()]) model.register.households.set(household.id, { ...household, room: '808' });
    index = await update(model.read(), index);
    expectSameAsFresh(index, model.read(), ['808', '1-808', '张三']);
    model.apply({ op: 'signOut' });
    index = await update(model.read(), index);
    expect(index.entries).toEqual([]);
  });

  it('stops when told to', async () => {
    const model = new Model();
    model.apply({ op: 'reset', size: 700 });
    let calls = 0;
    expect(await buildRegisterIndex(model.read(), null, () => ++calls > 1)).toBeNull();
  });
});
