/**
 * A reviewed record in a few lines: kind and where or who, when, by whom, what was found (outcome,
 * temperatures, action), and whether it was voided.
 */
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/format-date-time';
import { formatTemperature } from '../../shared/ui/temperature-field';
import type { Places } from './review-places';
import { subjectHousehold, subjectTime, type ReviewSubject } from './review-subject';

/** Where or who: the household's address, the person reported, the person at a gate and the gate. */
export function subjectTitle(subject: ReviewSubject, places: Places, t: TFunction): string {
  const householdId = subjectHousehold(subject);
  const household = householdId ? places.households.get(householdId) : undefined;
  const building = household ? places.buildings.get(household.buildingId) : undefined;
  const address = household ? t('review:place', { building: building?.name ?? '', unit: household.unit, room: household.room }).trim() : null;
  if (subject.entity === 'visit') return address ?? t('review:unknownPlace');
  if (subject.entity === 'fever_report') return address ? `${subject.record.name} · ${address}` : subject.record.name;
  const checkpoint = places.checkpoints.get(subject.record.checkpointId);
  return checkpoint ? `${subject.record.name} · ${checkpoint.name}` : subject.record.name;
}

function Facts({ subject }: { subject: ReviewSubject }) {
  const { t } = useTranslation('review');
  const temperature = (value: number | undefined) =>
    value === undefined ? t('review:summary.noTemperature') : t('review:summary.temperature', { value: formatTemperature(value) });
  if (subject.entity === 'visit') {
    const { outcome, checks, notes } = subject.record;
    return (
      <>
        <p>{t(`review:outcome.${outcome}`)}</p>
        {checks.length > 0 ? <p>{checks.map((check) => temperature(check.temperature)).join(' · ')}</p> : null}
        {notes ? <p>{notes}</p> : null}
      </>
    );
  }
  if (subject.entity === 'fever_report') {
    return (
      <p>
        {temperature(subject.record.temperature)} · {t(`review:feverAction.${subject.record.action}`)}
      </p>
    );
  }
  const entry = subject.record;
  return (
    <p>
      {t(`review:direction.${entry.direction}`)} · {temperature(entry.temperature)} · {t(`review:gateOutcome.${entry.outcome}`)}
    </p>
  );
}

export interface RecordSummaryProps {
  subject: ReviewSubject;
  places: Places;
  /** The author's name when known. */
  authorName?: string | null;
}

export function RecordSummary({ subject, places, authorName }: RecordSummaryProps) {
  const { t, i18n } = useTranslation('review');
  const { record } = subject;
  return (
    <div className="gw-review-record">
      <p className="gw-review-record__title">
        <span className="gw-review-record__kind">{t(`review:kind.${subject.entity}`)}</span> {subjectTitle(subject, places, t)}
      </p>
      <p className="gw-review-record__meta">
        {formatDateTime(subjectTime(subject), i18n.language)}
        {authorName ? ` · ${t('review:summary.by', { name: authorName })}` : null}
      </p>
      <Facts subject={subject} />
      {record.voidedAt ? (
        <p className="gw-review-record__voided">{t('review:summary.voided', { reason: record.voidReason ?? '' })}</p>
      ) : null}
    </div>
  );
}
