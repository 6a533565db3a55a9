/** One delivery in the day's list: place, kind, how, when, the note, its sync state. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LocalRecord } from '../../data';
import { RecordSyncBadge } from '../../shared/ui/record-sync-badge';
import type { HelpRequestRecord, RequestStanding } from './request-facts';
import { ClaimedByOther, placeLabel, RequestBadges } from './request-labels';
import type { BuildingRecord } from './use-volunteer-records';

/** The clock time of an ISO timestamp in the UI language, e.g. 10:30. */
function clockTime(timestamp: string, language: string): string {
  const at = Date.parse(timestamp);
  if (Number.isNaN(at)) return timestamp;
  return new Intl.DateTimeFormat(language, { hour: '2-digit', minute: '2-digit' }).format(at);
}

export interface DeliveredItemProps {
  delivery: LocalRecord<'delivery'>;
  request: HelpRequestRecord | undefined;
  building: BuildingRecord | undefined;
  standing: RequestStanding;
}

export function DeliveredItem({ delivery, request, building, standing }: DeliveredItemProps) {
  const { t, i18n } = useTranslation(['volunteer', 'requests']);
  const titleId = useId();
  return (
    <article className="gw-card gw-volunteer-card" aria-labelledby={titleId}>
      <h2 id={titleId} className="gw-volunteer-card__title">
        {request ? <Link to={`/requests/${request.id}`}>{placeLabel(t, request, building)}</Link> : t('volunteer:delivered.unknownRequest')}
      </h2>
      <p className="gw-volunteer-card__badges">
        {request ? <RequestBadges request={request} /> : null}
        <strong>{t(`requests:outcome.${delivery.outcome}`)}</strong>
      </p>
      <p>{t('volunteer:delivered.time', { time: clockTime(delivery.deliveredAt, i18n.language) })}</p>
      {delivery.note ? <p>{t('volunteer:delivered.note', { note: delivery.note })}</p> : null}
      {standing === 'other' || standing === 'refused' ? <ClaimedByOther refused={standing === 'refused'} /> : null}
      <RecordSyncBadge state={delivery._sync} />
    </article>
  );
}
