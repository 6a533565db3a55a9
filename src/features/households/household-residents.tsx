import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LocalRecord, OpenMonitoring } from '../../data';
import { livesThere, RESIDENT_TAGS } from '../../domain/entities/resident';
import { ageOn } from '../../domain/round/age-on';
import { localDateOf } from '../../shared/local-date';
import { RecordSyncBadge } from '../../shared/ui/record-sync-badge';

type Resident = LocalRecord<'resident'>;

function ResidentItem({ resident, today, monitoring }: { resident: Resident; today: string; monitoring: OpenMonitoring | undefined }) {
  const { t } = useTranslation('household');
  const { name, movedOutOn } = resident;
  const age = ageOn(resident.birthDate, today);
  // In the register's order of key groups, whatever order they were ticked in.
  const tags = RESIDENT_TAGS.filter((tag) => resident.tags.includes(tag));
  const sex = resident.sex ? t(`household:residents.${resident.sex}`) : t('household:residents.sexUnknown');
  return (
    <li className="gw-card">
      <div className="gw-record-row">
        <p className="gw-lead">{name}</p>
        <RecordSyncBadge state={resident._sync} />
      </div>
      <p>
        {sex} · {age === null ? t('household:residents.ageUnknown') : t('household:residents.age', { age })}
      </p>
      {movedOutOn ? <p className="gw-hint">{t('household:residents.movedOutOn', { date: movedOutOn })}</p> : null}
      {tags.length > 0 ? (
        <ul className="gw-tags">
          {tags.map((tag) => (
            <li key={tag}>{t(`household:tags.${tag}`)}</li>
          ))}
        </ul>
      ) : (
        <p className="gw-hint">{t('household:residents.noTags')}</p>
      )}
      <Link className="gw-record-link" to={`/residents/${encodeURIComponent(resident.id)}/edit`}>
        {t('household:residents.edit', { name })}
      </Link>
      {monitoring ? (
        <Link className="gw-record-link" to={`/monitoring/${encodeURIComponent(monitoring.id)}`}>
          {t('household:residents.monitoring', { n: monitoring.day, total: monitoring.total })}
        </Link>
      ) : livesThere(resident) ? (
        <Link className="gw-record-link" to={`/residents/${encodeURIComponent(resident.id)}/monitoring/new`}>
          {t('household:residents.startMonitoring')}
        </Link>
      ) : null}
    </li>
  );
}

function ResidentList({ title, residents, today, monitorings }: { title: string; residents: readonly Resident[]; today: string; monitorings: ReadonlyMap<string, OpenMonitoring> }) {
  const titleId = useId();
  return (
    <section className="gw-section" aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      <ul className="gw-list" aria-labelledby={titleId}>
        {residents.map((resident) => (
          <ResidentItem key={resident.id} resident={resident} today={today} monitoring={monitorings.get(resident.id)} />
        ))}
      </ul>
    </section>
  );
}

const NO_MONITORINGS: ReadonlyMap<string, OpenMonitoring> = new Map();

/**
 * The household's residents: those living there, then (separately) those who moved out; each with
 * their open home monitoring ("Day <n> of 14") or "Start home monitoring".
 */
export function HouseholdResidents({ residents, monitorings = NO_MONITORINGS }: { residents: readonly Resident[]; monitorings?: ReadonlyMap<string, OpenMonitoring> }) {
  const { t } = useTranslation('household');
  const today = localDateOf();
  const byName = (a: Resident, b: Resident) => a.name.localeCompare(b.name, 'zh-CN');
  const living = residents.filter(livesThere).sort(byName);
  const movedOut = residents.filter((resident) => !livesThere(resident)).sort(byName);
  return (
    <>
      <ResidentList title={t('household:residents.title', { n: living.length })} residents={living} today={today} monitorings={monitorings} />
      {living.length === 0 ? <p className="gw-empty">{t('household:residents.empty')}</p> : null}
      {movedOut.length > 0 ? (
        <ResidentList title={t('household:residents.movedOutTitle', { n: movedOut.length })} residents={movedOut} today={today} monitorings={monitorings} />
      ) : null}
    </>
  );
}
