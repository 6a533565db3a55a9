/** What a search hit says about a resident beyond the name: age and sex (from the ID number when not given), tags. */
import type { LocalRecord } from '../../data/data-client';
import { RESIDENT_TAGS, type ResidentTag } from '../../domain/entities/resident';
import { idNumberInfo } from '../../domain/id-number';
import { parseIsoDate } from '../../shared/local-date';

/** Whole years from `birthDate` to `today` (both YYYY-MM-DD), or null when either is not a date. */
export function ageOn(birthDate: string, today: string): number | null {
  const birth = parseIsoDate(birthDate);
  const now = parseIsoDate(today);
  if (!birth || !now) return null;
  let age = now.year - birth.year;
  if (now.month < birth.month || (now.month === birth.month && now.day < birth.day)) age--;
  return age >= 0 ? age : null;
}

export interface ResidentFacts {
  age: number | null;
  sex: 'male' | 'female' | null;
  tags: ResidentTag[];
  movedOut: boolean;
}

function isTag(value: unknown): value is ResidentTag {
  return typeof value === 'string' && (RESIDENT_TAGS as readonly string[]).includes(value);
}

export function residentFacts(resident: LocalRecord, today: string): ResidentFacts {
  const fromId = typeof resident.idNumber === 'string' ? idNumberInfo(resident.idNumber) : null;
  const birthDate = typeof resident.birthDate === 'string' ? resident.birthDate : fromId?.birthDate;
  const sex = resident.sex === 'male' || resident.sex === 'female' ? resident.sex : (fromId?.sex ?? null);
  return {
    age: birthDate ? ageOn(birthDate, today) : null,
    sex,
    tags: Array.isArray(resident.tags) ? resident.tags.filter(isTag) : [],
    movedOut: typeof resident.movedOutOn === 'string',
  };
}
