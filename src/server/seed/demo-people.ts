/**
 * Demo households and their residents: plausible family shapes, ages, names, ID numbers with
 * correct check characters, mobile numbers and key-group tags in realistic proportions.
 */
import { idNumberCheckChar } from '../../domain/id-number';
import { RESIDENT_TAGS, type ResidentTag } from '../../domain/entities/resident';
import { pickGivenName, pickSurname } from './chinese-names';
import type { Prng } from './prng';

export interface DemoResident {
  name: string;
  idNumber?: string;
  phone?: string;
  sex: 'male' | 'female';
  birthDate: string;
  tags: ResidentTag[];
  notes?: string;
}

export interface DemoHousehold {
  status: 'occupied' | 'vacant';
  phone?: string;
  notes?: string;
  residents: DemoResident[];
}

/** Where a household is registered: Wuhan districts first, then elsewhere in Hubei, then other provinces. */
const WUHAN_REGIONS = [['420106', 6], ['420111', 2], ['420102', 1], ['420103', 1], ['420104', 1], ['420105', 1], ['420107', 1]] as const;
const HUBEI_REGIONS = ['420502', '421002', '420602', '421102', '420902', '421202'] as const;
const OTHER_REGIONS = ['430102', '411302', '360102', '510104', '500101', '341502', '440106', '370102'] as const;

const MOBILE_PREFIXES = ['130', '131', '132', '133', '135', '136', '137', '138', '139', '150', '151', '152', '155', '156',
  '157', '158', '159', '166', '173', '176', '177', '180', '181', '182', '183', '185', '186', '187', '188', '189', '191', '199'] as const;

type Shape = 'elder_alone' | 'elder_couple' | 'single' | 'couple' | 'family' | 'three_generations';
const SHAPES: readonly (readonly [Shape, number])[] = [
  ['elder_alone', 12], ['elder_couple', 10], ['single', 8], ['couple', 15], ['family', 35], ['three_generations', 20],
];

export function mobileNumber(rng: Prng): string {
  return rng.pick(MOBILE_PREFIXES) + rng.digits(8);
}

function birthDateFor(rng: Prng, age: number, today: Date): string {
  const birthday = Date.UTC(today.getUTCFullYear() - age, today.getUTCMonth(), today.getUTCDate());
  return new Date(birthday - rng.int(1, 364) * 86_400_000).toISOString().slice(0, 10);
}

export function demoIdNumber(rng: Prng, region: string, birthDate: string, sex: 'male' | 'female'): string {
  const order = rng.int(0, 49) * 2 + (sex === 'male' ? 1 : 0);
  const first17 = `${region}${birthDate.replace(/-/g, '')}${String(rng.int(0, 9))}${String(order).padStart(2, '0')}`;
  return first17 + idNumberCheckChar(first17);
}

interface Origin {
  region: string;
  migrant: boolean;
  renter: boolean;
}

function pickOrigin(rng: Prng): Origin {
  const roll = rng.next();
  if (roll < 0.7) return { region: rng.weighted(WUHAN_REGIONS), migrant: false, renter: rng.chance(0.1) };
  const region = roll < 0.82 ? rng.pick(HUBEI_REGIONS) : rng.pick(OTHER_REGIONS);
  return { region, migrant: rng.chance(0.85), renter: rng.chance(0.7) };
}

interface Member {
  sex: 'male' | 'female';
  age: number;
  surname?: string;
}

function members(rng: Prng, shape: Shape): Member[] {
  const adult = (min: number, max: number): number => rng.int(min, max);
  const husbandAge = (shape === 'elder_couple' ? adult(62, 88) : adult(26, 50));
  const wifeAge = Math.max(shape === 'elder_couple' ? 60 : 22, husbandAge - rng.int(-2, 5));
  const kids = (parentAge: number, count: number): Member[] =>
    Array.from({ length: count }, () => ({ sex: rng.chance(0.5) ? 'male' : 'female', age: rng.int(0, Math.min(17, parentAge - 22)) }));
  switch (shape) {
    case 'elder_alone':
      return [{ sex: rng.chance(0.65) ? 'female' : 'male', age: adult(66, 92) }];
    case 'single':
      return [{ sex: rng.chance(0.5) ? 'male' : 'female', age: adult(20, 42) }];
    case 'elder_couple':
    case 'couple':
      return [{ sex: 'male', age: husbandAge }, { sex: 'female', age: wifeAge }];
    case 'family':
      return [{ sex: 'male', age: husbandAge }, { sex: 'female', age: wifeAge }, ...kids(Math.max(husbandAge, 28), rng.chance(0.6) ? 1 : 2)];
    case 'three_generations': {
      const parent = adult(30, 48);
      const grandparents: Member[] = rng.chance(0.55)
        ? [{ sex: 'male', age: parent + rng.int(24, 32) }, { sex: 'female', age: parent + rng.int(22, 30) }]
        : [{ sex: rng.chance(0.7) ? 'female' : 'male', age: parent + rng.int(22, 32) }];
      return [...grandparents, { sex: 'male', age: parent }, { sex: 'female', age: parent - rng.int(0, 4) }, ...kids(parent, 1)];
    }
  }
}

function tagsFor(rng: Prng, member: Member, shape: Shape, origin: Origin): { tags: ResidentTag[]; notes?: string } {
  const tags = new Set<ResidentTag>();
  let notes: string | undefined;
  if (shape === 'elder_alone') tags.add('elderly_alone');
  if ((member.age >= 60 && rng.chance(0.35)) || (member.age >= 40 && rng.chance(0.05))) {
    tags.add('chronic_illness');
    if (rng.chance(0.4)) notes = rng.pick(['高血压，长期服药', '糖尿病，需定期购药', '冠心病，需关注用药']);
  }
  if (member.age >= 6 && rng.chance(0.02)) {
    tags.add('disabled');
    notes = '行动不便，需上门服务';
  }
  if (member.sex === 'female' && member.age >= 23 && member.age <= 38 && shape !== 'three_generations' && rng.chance(0.05)) {
    tags.add('pregnant');
  }
  if (member.age >= 18 && member.age <= 60 && rng.chance(0.03)) {
    tags.add('returnee');
    if (rng.chance(0.4)) tags.add('home_monitoring');
  }
  if (rng.chance(0.005)) {
    tags.add('close_contact');
    tags.add('home_monitoring');
  }
  if (origin.migrant) tags.add('migrant');
  if (origin.renter) tags.add('renter');
  return { tags: RESIDENT_TAGS.filter((tag) => tags.has(tag)), ...(notes ? { notes } : {}) };
}

export function demoHousehold(rng: Prng, today: Date): DemoHousehold {
  if (rng.chance(0.08)) return { status: 'vacant', residents: [], ...(rng.chance(0.3) ? { notes: '房屋空置' } : {}) };
  const shape = rng.weighted(SHAPES);
  const origin = pickOrigin(rng);
  const familyName = pickSurname(rng);
  const people = members(rng, shape);
  const residents = people.map((member, index): DemoResident => {
    const isSpouse = people.length > 1 && member.sex === 'female' && index > 0 && member.age >= 20;
    const surname = isSpouse || rng.chance(0.03) ? pickSurname(rng) : familyName;
    const birthDate = birthDateFor(rng, member.age, today);
    const hasPhone = member.age >= 15 && rng.chance(member.age >= 75 ? 0.5 : 0.95);
    const withId = rng.chance(0.98);
    return {
      name: surname + pickGivenName(rng, member.sex, member.age),
      sex: member.sex,
      birthDate,
      ...(withId ? { idNumber: demoIdNumber(rng, origin.region, birthDate, member.sex) } : {}),
      ...(hasPhone ? { phone: mobileNumber(rng) } : {}),
      ...tagsFor(rng, member, shape, origin),
    };
  });
  const contact = residents.find((r) => r.phone)?.phone;
  const phone = rng.chance(0.1) ? `027-8${rng.digits(7)}` : contact;
  const notes = shape === 'elder_alone' && rng.chance(0.3) ? '独居老人，每日电话问候' : undefined;
  return { status: 'occupied', residents, ...(phone ? { phone } : {}), ...(notes ? { notes } : {}) };
}
