/** What a search hit says about a resident beyond the name: age and sex (from the ID number when not given), tags. */
import type { EntityRecord } from '../../domain/entities/entity-record';
import { livesThere, type ResidentTag } from '../../domain/entities/resident';
import { idNumberInfo } from '../../domain/id-number';
import { ageOn } from '../../domain/round/age-on';

export interface ResidentFacts {
  age: number | null;
  sex: 'male' | 'female' | null;
  tags: ResidentTag[];
  movedOut: boolean;
}

export function residentFacts(resident: EntityRecord<'resident'>, today: string): ResidentFacts {
  const fromId = resident.idNumber ? idNumberInfo(resident.idNumber) : null;
  return {
    age: ageOn(resident.birthDate ?? fromId?.birthDate, today),
    sex: resident.sex ?? fromId?.sex ?? null,
    tags: resident.tags,
    movedOut: !livesThere(resident),
  };
}
