/**
 * /monitoring, "Home monitoring" (the secretary's; a grid worker sees their grids'): everyone under
 * home monitoring on this phone, in walking order, each with "Day <n> of 14", the current slot due or
 * checked ("Overdue" for a missed check today), the last temperature and its time, the checks missed
 * in the last 24 hours, and "Due to release today"; filters by grid and reason. From the records on
 * this phone (works offline).
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { everyRecord, useMonitoringRecords, useRecords } from '../../data';
import { MONITORING_REASONS } from '../../domain/entities/home-monitoring';
import { formatDateTime } from '../../shared/format-date-time';
import { PageLayout } from '../../shared/ui/page-layout';
import { SelectField } from '../../shared/ui/select-field';
import { placeLabel, type FollowUp } from './monitoring-view';
import { useFollowUps } from './use-follow-ups';
import './monitoring.css';

function Row({ followUp }: { followUp: FollowUp }) {
  const { t, i18n } = useTranslation('monitoring');
  const { status, lastCheck, monitoring } = followUp;
  const releaseToday = status.releasable || (status.phase === 'active' && status.day === status.total);
  return (
    <Link className={`gw-follow-up${status.overdue.length > 0 ? ' gw-follow-up--overdue' : ''}`} to={`/monitoring/${encodeURIComponent(monitoring.id)}`}>
      <strong>
        {followUp.resident?.name ?? '…'} · {placeLabel(followUp)}
      </strong>
      <span>
        {t(`monitoring:reasons.${monitoring.reason}`)} · {t('monitoring:day', { n: status.day, total: status.total })}
        {status.phase === 'past_end' ? ` · ${t('monitoring:status.pastEnd')}` : ''}
      </span>
      <span>
        {status.overdue.length > 0 ? <span className="gw-follow-up__overdue">{t('monitoring:home.overdue')} </span> : null}
        {status.due ? <span className="gw-follow-up__due">{t('monitoring:status.due')} </span> : status.current?.done ? `${t('monitoring:status.done')} ` : null}
        {lastCheck ? t('monitoring:status.last', { temp: lastCheck.temperature.toFixed(1), time: formatDateTime(lastCheck.checkedAt, i18n.language) }) : t('monitoring:status.noCheck')}
      </span>
      {status.missedLast24h > 0 ? <span className="gw-follow-up__overdue">{t('monitoring:status.missed', { n: status.missedLast24h })}</span> : null}
      {releaseToday ? <strong>{t('monitoring:list.dueRelease')}</strong> : null}
    </Link>
  );
}

export function MonitoringListScreen() {
  const { t } = useTranslation('monitoring');
  const { followUps } = useFollowUps(useMonitoringRecords());
  const grids = useRecords(everyRecord('grid'));
  const [gridId, setGridId] = useState('');
  const [reason, setReason] = useState('');
  const shown = useMemo(
    () => (followUps ?? []).filter((f) => (gridId === '' || f.building?.gridId === gridId) && (reason === '' || f.monitoring.reason === reason)),
    [followUps, gridId, reason],
  );
  return (
    <PageLayout title={t('monitoring:list.title')}>
      <div className="gw-monitoring-filters">
        <SelectField
          label={t('monitoring:list.grid')}
          value={gridId}
          placeholder={t('monitoring:list.allGrids')}
          options={(grids ?? []).map((grid) => ({ value: grid.id, label: grid.name }))}
          onChange={(event) => setGridId(event.target.value)}
        />
        <SelectField
          label={t('monitoring:list.reason')}
          value={reason}
          placeholder={t('monitoring:list.allReasons')}
          options={MONITORING_REASONS.map((value) => ({ value, label: t(`monitoring:reasons.${value}`) }))}
          onChange={(event) => setReason(event.target.value)}
        />
      </div>
      {followUps === undefined ? (
        <p className="gw-loading">{t('app.loading')}</p>
      ) : shown.length === 0 ? (
        <p className="gw-empty">{t('monitoring:list.empty')}</p>
      ) : (
        <>
          <h2 id="gw-monitoring-list">{t('monitoring:list.count', { n: shown.length })}</h2>
          <ul className="gw-list" aria-labelledby="gw-monitoring-list">
            {shown.map((followUp) => (
              <li key={followUp.monitoring.id}>
                <Row followUp={followUp} />
              </li>
            ))}
          </ul>
        </>
      )}
    </PageLayout>
  );
}
