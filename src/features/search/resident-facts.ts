/** What a search hit says about a resident beyond the name: age and sex (from the ID number when not given), tags. */
import type { LocalRecord } from '../../data/data-client';
import { livesThere, RESIDENT_TAGS, type ResidentTag } from '../../domain/entities/resident';
import { idNumberInfo } from '../../domain/id-number';
import { ageOn } from '../../domain/round/age-on';

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
    age: ageOn(birthDate, today),
    sex,
    tags: Array.isArray(resident.tags) ? resident.tags.filter(isTag) : [],
    movedOut: !livesThere(resident),
  };
}
