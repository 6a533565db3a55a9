import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { LocalRecord } from '../../data/data-client';
import { useAllRecords } from '../../data/hooks/use-records';
import { useSession } from '../../data/hooks/use-session';
import { livesThere, RESIDENT_TAGS, type ResidentTag } from '../../domain/entities/resident';
import { ageOn } from '../../domain/round/age-on';
import { compareRoomPlaces } from '../../domain/round/room-order';
import { localDateOf } from '../../shared/local-date';
import { PageLayout } from '../../shared/ui/page-layout';
import { RecordSyncBadge } from '../../shared/ui/record-sync-badge';
import { textOf } from '../../shared/text-of';
import { myBuildings, nameOf, roomPlaceOf } from './round-scope';
import './round.css';

function isResidentTag(value: string): value is ResidentTag {
  return (RESIDENT_TAGS as readonly string[]).includes(value);
}

interface Member {
  resident: LocalRecord;
  household: LocalRecord;
  building: LocalRecord;
  buildingIndex: number;
}

function ResidentItem({ member, today }: { member: Member; today: string }) {
  const { t } = useTranslation('round');
  const { resident, household, building } = member;
  const age = ageOn(resident.birthDate, today);
  return (
    <li className="gw-card">
      <Link className="gw-lead" to={`/households/${encodeURIComponent(household.id)}`}>
        {textOf(resident.name)}
      </Link>
      <p>{age === null ? t('round:group.ageUnknown') : t('round:group.age', { n: age })}</p>
      <p>{t('round:placeIn', { building: nameOf(building), unit: textOf(household.unit), room: textOf(household.room) })}</p>
      <RecordSyncBadge state={resident._sync} />
    </li>
  );
}

/** /groups/:tag: the residents of my buildings in one key group (moved-out ones left out), in walking order. */
export function KeyGroupScreen() {
  const { t } = useTranslation('round');
  const { tag = '' } = useParams();
  const known = isResidentTag(tag);
  const { user } = useSession();
  const buildings = useAllRecords('building');
  const households = useAllRecords('household');
  const residents = useAllRecords('resident');
  const listId = useId();
  const today = localDateOf();

  const members = useMemo(() => {
    if (!known || !buildings || !households || !residents) return undefined;
    const mine = myBuildings(buildings, user);
    const buildingById = new Map(mine.map((b, index) => [b.id, { building: b, index }]));
    const householdById = new Map(households.map((h) => [h.id, h]));
    const list: Member[] = [];
    for (const resident of residents) {
      if (!Array.isArray(resident.tags) || !resident.tags.includes(tag)) continue;
      if (!livesThere(resident)) continue;
      const household = householdById.get(textOf(resident.householdId));
      const place = household ? buildingById.get(textOf(household.buildingId)) : undefined;
      if (household && place) list.push({ resident, household, building: place.building, buildingIndex: place.index });
    }
    return list.sort(
      (a, b) =>
        a.buildingIndex - b.buildingIndex ||
        compareRoomPlaces(roomPlaceOf(a.household), roomPlaceOf(b.household)) ||
        textOf(a.resident.name).localeCompare(textOf(b.resident.name), 'zh-CN'),
    );
  }, [known, tag, buildings, households, residents, user]);

  if (!known) {
    return (
      <PageLayout title={t('round:group.unknownTitle')}>
        <p className="gw-empty">{t('round:group.unknown')}</p>
      </PageLayout>
    );
  }
  return (
    <PageLayout title={t(`round:groups.${tag}`)}>
      {members === undefined ? (
        <p className="gw-loading">{t('translation:app.loading')}</p>
      ) : members.length === 0 ? (
        <p className="gw-empty">{t('round:group.empty')}</p>
      ) : (
        <>
          <p id={listId} className="gw-hint">
            {t('round:group.count', { n: members.length })}
          </p>
          <ul className="gw-list" aria-labelledby={listId}>
            {members.map((member) => (
              <ResidentItem key={member.resident.id} member={member} today={today} />
            ))}
          </ul>
        </>
      )}
    </PageLayout>
  );
}
