/**
 * Home's "Due follow-ups" (the grid worker's): the people under home monitoring whose check of the
 * current slot (morning before 12:00, afternoon after) is not done, each with room and "Day <n> of 14";
 * those who missed an earlier slot today first, marked "Overdue" in red. Walking order, like the round.
 * Nothing when none is due. Loaded apart from Home (Home takes it as a lazy prop); its first read and its
 * words start loading while it first renders.
 */
import { Suspense, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMonitoringRecordsAtOnce } from '../../data';
import { homeFollowUps, placeLabel, type FollowUp } from './monitoring-view';
import { useFollowUps } from './use-follow-ups';
import './monitoring.css';

function FollowUpItem({ followUp, overdue }: { followUp: FollowUp; overdue: boolean }) {
  const { t } = useTranslation('monitoring');
  const { status } = followUp;
  const parts = overdue ? status.overdue.map((slot) => t(`monitoring:parts.${slot.part}`)).join('、') : status.current ? t(`monitoring:parts.${status.current.part}`) : '';
  return (
    <Link className={`gw-follow-up${overdue ? ' gw-follow-up--overdue' : ''}`} to={`/monitoring/${encodeURIComponent(followUp.monitoring.id)}`}>
      <strong>
        {followUp.resident?.name ?? '…'} · {placeLabel(followUp)}
      </strong>
      <span>
        {overdue ? <span className="gw-follow-up__overdue">{t('monitoring:home.overdue')}</span> : <span className="gw-follow-up__due">{t('monitoring:home.due')}</span>} {parts} ·{' '}
        {t('monitoring:day', { n: status.day, total: status.total })}
      </span>
    </Link>
  );
}

/** The list itself: its words load only when someone is due (Home stays as it is otherwise). */
function FollowUpList({ lists }: { lists: { due: FollowUp[]; overdue: FollowUp[] } }) {
  const { t } = useTranslation('monitoring');
  const titleId = useId();
  return (
    <section className="gw-section gw-home-follow-ups" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('monitoring:home.title')}</h2>
      <ul className="gw-list" aria-labelledby={titleId}>
        {lists.overdue.map((followUp) => (
          <li key={followUp.monitoring.id}>
            <FollowUpItem followUp={followUp} overdue />
          </li>
        ))}
        {lists.due.map((followUp) => (
          <li key={followUp.monitoring.id}>
            <FollowUpItem followUp={followUp} overdue={false} />
          </li>
        ))}
      </ul>
    </section>
  );
}

export function HomeFollowUps() {
  // The words load beside the records (nothing shows until someone is due), not after the first paint.
  const { i18n } = useTranslation();
  if (!i18n.hasLoadedNamespace('monitoring')) void i18n.loadNamespaces('monitoring');
  const { followUps } = useFollowUps(useMonitoringRecordsAtOnce());
  const lists = useMemo(() => homeFollowUps(followUps ?? []), [followUps]);
  if (lists.due.length + lists.overdue.length === 0) return null;
  return (
    <Suspense fallback={null}>
      <FollowUpList lists={lists} />
    </Suspense>
  );
}
