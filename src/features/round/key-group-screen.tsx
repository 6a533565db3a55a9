import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { everyRecord, recordsByIds, residentsWithTag, useRecords, useSession, type LocalRecord } from '../../data';
import { isResidentTag, livesThere } from '../../domain/entities/resident';
import { ageOn } from '../../domain/round/age-on';
import { compareRoomPlaces } from '../../domain/round/room-order';
import { localDateOf } from '../../shared/local-date';
import { PageLayout } from '../../shared/ui/page-layout';
import { RecordSyncBadge } from '../../shared/ui/record-sync-badge';
import { myBuildings } from './round-scope';
import './round.css';

interface Member {
  resident: LocalRecord<'resident'>;
  household: LocalRecord<'household'>;
  building: LocalRecord<'building'>;
  buildingIndex: number;
}

/** Key groups monitored at home (returnees, close contacts, those tagged for it): their members offer "Start home monitoring". */
const MONITORED_GROUPS: ReadonlySet<string> = new Set(['returnee', 'close_contact', 'home_monitoring']);

function ResidentItem({ member, today, tag }: { member: Member; today: string; tag: string }) {
  const { t } = useTranslation('round');
  const { resident, household, building } = member;
  const age = ageOn(resident.birthDate, today);
  return (
    <li className="gw-card">
      <Link className="gw-lead" to={`/households/${encodeURIComponent(household.id)}`}>
        {resident.name}
      </Link>
      <p>{age === null ? t('round:group.ageUnknown') : t('round:group.age', { n: age })}</p>
      <p>{t('round:placeIn', { building: building.name, unit: household.unit, room: household.room })}</p>
      <RecordSyncBadge state={resident._sync} />
      {MONITORED_GROUPS.has(tag) ? (
        <Link className="gw-record-link" to={`/residents/${encodeURIComponent(resident.id)}/monitoring/new`}>
          {t('round:group.startMonitoring')}
        </Link>
      ) : null}
    </li>
  );
}

/** /groups/:tag: the residents of my buildings in one key group (moved-out ones left out), in walking order. */
export function KeyGroupScreen() {
  const { t } = useTranslation('round');
  const { tag = '' } = useParams();
  const { user } = useSession();
  const residents = useRecords(isResidentTag(tag) ? residentsWithTag(tag) : null);
  const living = useMemo(() => residents?.filter(livesThere), [residents]);
  const households = useRecords(living ? recordsByIds('household', living.map((resident) => resident.householdId)) : null);
  const buildings = useRecords(everyRecord('building'));
  const listId = useId();
  const today = localDateOf();

  const members = useMemo(() => {
    if (!living || !buildings || !households) return undefined;
    const mine = myBuildings(buildings, user);
    const buildingById = new Map(mine.map((b, index) => [b.id, { building: b, index }]));
    const householdById = new Map(households.map((h) => [h.id, h]));
    const list: Member[] = [];
    for (const resident of living) {
      const household = householdById.get(resident.householdId);
      const place = household ? buildingById.get(household.buildingId) : undefined;
      if (household && place) list.push({ resident, household, building: place.building, buildingIndex: place.index });
    }
    return list.sort(
      (a, b) =>
        a.buildingIndex - b.buildingIndex || compareRoomPlaces(a.household, b.household) || a.resident.name.localeCompare(b.resident.name, 'zh-CN'),
    );
  }, [living, buildings, households, user]);

  if (!isResidentTag(tag)) {
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
              <ResidentItem tag={tag} key={member.resident.id} member={member} today={today} />
            ))}
          </ul>
        </>
      )}
    </PageLayout>
  );
}
