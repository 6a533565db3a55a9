/**
 * The ledger bench's community (issue 15 goals): the secretary's 20,000 residents in 8,000 households
 * in 60 buildings (4 units, 2 rooms a floor, walking order), each resident with a valid ID number
 * (makeIdNumber, unique by birth date and sequence), a phone, sex and birth date matching the ID, a few
 * tags and some moved out; and a 5,000-row roster (楼栋 单元 房号 姓名 身份证号 联系电话) checked against
 * them: rows unchanged, updated (a new phone), new (a new resident in a known household) and wrong
 * (an ID number with a wrong check character, an unknown building, no name, a bad phone).
 */
import type { EntityRecord } from '../../../src/domain/entities/entity-record';
import { RESIDENT_TAGS } from '../../../src/domain/entities/resident';
import { aBuilding, aHousehold, aResident } from '../../fixtures/domain-records';
import { makeIdNumber, withWrongCheckChar } from '../../fixtures/id-number-factory';

export const LEDGER_BENCH_COUNTS = { buildings: 60, households: 8000, residents: 20_000, rosterRows: 5000 } as const;

export const COMMUNITY_ID = '0190b000-0000-7000-8000-00000000c001';
export const GRID_ID = '0190b000-0000-7000-8000-00000000c002';

export interface LedgerBenchCommunity {
  buildings: EntityRecord<'building'>[];
  households: EntityRecord<'household'>[];
  residents: EntityRecord<'resident'>[];
}

/** The roster file's rows, as a PlainTable's (all text). */
export interface LedgerBenchRoster {
  headers: string[];
  rows: string[][];
  /** How many rows of each kind were made. */
  made: { unchanged: number; updated: number; new: number; wrong: number };
}

const UNITS = 4;
const ROOMS_PER_FLOOR = 2;
const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文';
const GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂英华建国志红梅玉兰淑珍德福海燕晓东凤琴春';

const recordId = (kind: number, n: number) => `0190b000-0000-7${kind.toString(16).padStart(3, '0')}-8000-${n.toString(16).padStart(12, '0')}`;
const pick = (chars: string, n: number) => chars[n % chars.length] ?? '';

function nameOf(n: number): string {
  const given = pick(GIVEN, Math.floor(n / SURNAMES.length)) + (n % 3 === 0 ? '' : pick(GIVEN, Math.floor(n / 7)));
  return pick(SURNAMES, n) + given;
}

/** A unique valid ID for person n: birth dates over ~27 years, the sequence telling apart those born the same day. */
function personId(n: number, region: string): { idNumber: string; birthDate: string; sex: 'male' | 'female' } {
  const days = 10_000;
  const birthDate = new Date(Date.UTC(1940, 0, 1) + (n % days) * 86_400_000).toISOString().slice(0, 10);
  const sex = n % 2 === 0 ? 'male' : 'female';
  return { idNumber: makeIdNumber({ region, birthDate, sex, sequence: Math.floor(n / days) }), birthDate, sex };
}

const phoneOf = (n: number) => `139${String(n).padStart(8, '0')}`;

export function makeLedgerCommunity(): LedgerBenchCommunity {
  const { buildings: buildingCount, households: householdCount, residents: residentCount } = LEDGER_BENCH_COUNTS;
  const perBuilding = Math.ceil(householdCount / buildingCount);
  const floors = Math.ceil(perBuilding / (UNITS * ROOMS_PER_FLOOR));
  const buildings = Array.from({ length: buildingCount }, (_, b) => ({
    ...aBuilding({ gridId: GRID_ID, name: `${b + 1}号楼`, units: UNITS, floors }),
    id: recordId(1, b),
    version: 1,
  }));

  const households: EntityRecord<'household'>[] = [];
  for (const building of buildings) {
    const here = Math.min(perBuilding, householdCount - households.length);
    for (let k = 0; k < here; k++) {
      const unit = (k % UNITS) + 1;
      const floor = Math.floor(k / (UNITS * ROOMS_PER_FLOOR)) + 1;
      const room = floor * 100 + (Math.floor(k / UNITS) % ROOMS_PER_FLOOR) + 1;
      const n = households.length;
      households.push({
        ...aHousehold({ buildingId: building.id, unit: String(unit), room: String(room), phone: `138${String(n).padStart(8, '0')}` }),
        status: n % 50 === 0 ? 'vacant' : 'occupied',
        id: recordId(2, n),
        version: 1,
      });
    }
  }

  const residents: EntityRecord<'resident'>[] = [];
  for (let n = 0; n < residentCount; n++) {
    // Two or three residents a household: 20,000 in 8,000.
    const household = households[Math.floor((n * householdCount) / residentCount)];
    if (!household) break;
    const person = personId(n, '420106');
    residents.push({
      ...aResident({ householdId: household.id, name: nameOf(n), ...person, phone: phoneOf(n) }),
      tags: n % 9 === 0 ? [RESIDENT_TAGS[n % RESIDENT_TAGS.length] ?? 'elderly_alone'] : [],
      ...(n % 97 === 0 ? { movedOutOn: '2026-10-01' } : {}),
      id: recordId(3, n),
      version: 1,
    });
  }
  return { buildings, households, residents };
}

export const ROSTER_HEADERS = ['楼栋', '单元', '房号', '姓名', '身份证号', '联系电话'];

/** 50% unchanged, 15% updated, 25% new, 10% wrong, mixed through the file. */
export function makeLedgerRoster(community: LedgerBenchCommunity): LedgerBenchRoster {
  const buildingName = new Map(community.buildings.map((building) => [building.id, building.name]));
  const householdById = new Map(community.households.map((household) => [household.id, household]));
  const place = (householdId: string) => {
    const household = householdById.get(householdId);
    return household ? [buildingName.get(household.buildingId) ?? '', household.unit, household.room] : ['', '', ''];
  };
  const living = community.residents.filter((resident) => resident.movedOutOn === undefined);
  const made = { unchanged: 0, updated: 0, new: 0, wrong: 0 };
  const rows: string[][] = [];
  for (let i = 0; i < LEDGER_BENCH_COUNTS.rosterRows; i++) {
    const resident = living[(i * 7) % living.length];
    if (!resident) break;
    const [building = '', unit = '', room = ''] = place(resident.householdId);
    const own = [building, unit, room, resident.name, resident.idNumber ?? '', resident.phone ?? ''];
    const slot = i % 20;
    if (slot < 10) {
      rows.push(own);
      made.unchanged++;
    } else if (slot < 13) {
      rows.push([building, unit, room, resident.name, resident.idNumber ?? '', `137${String(i).padStart(8, '0')}`]);
      made.updated++;
    } else if (slot < 18) {
      const person = personId(i, '110105');
      rows.push([building, unit, room, `${nameOf(i + 7)}新`, person.idNumber, phoneOf(100_000 + i)]);
      made.new++;
    } else {
      const wrong = Math.floor(i / 20) % 4;
      if (wrong === 0) rows.push([building, unit, room, resident.name, withWrongCheckChar(resident.idNumber ?? ''), resident.phone ?? '']);
      else if (wrong === 1) rows.push(['99号楼', unit, room, `${nameOf(i)}新`, personId(i, '310104').idNumber, phoneOf(200_000 + i)]);
      else if (wrong === 2) rows.push([building, unit, room, '', personId(i, '320102').idNumber, phoneOf(300_000 + i)]);
      else rows.push([building, unit, room, `${nameOf(i)}新`, personId(i, '330106').idNumber, '12345']);
      made.wrong++;
    }
  }
  return { headers: ROSTER_HEADERS, rows, made };
}
