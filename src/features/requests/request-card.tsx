/**
 * One help request as the desk and the grid worker see it: kind, "Urgent", state, what is needed,
 * the contact, who claimed it, its deliveries (outcome and time), its sync state, and the moves its
 * state allows (RequestActions). Optionally its place (unit and room), linking to the household.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { deliveriesOfRequest, useRecords, type LocalRecord } from '../../data';
import { formatDateTime } from '../../shared/format-date-time';
import { RecordSyncBadge } from '../../shared/ui/record-sync-badge';
import { RequestActions } from './request-actions';

export interface RequestCardProps {
  request: LocalRecord<'help_request'>;
  /** Show the unit and room (lists of a building or of several buildings); a registered household's place links to it. */
  showPlace?: boolean;
  /** The building's name, shown before the place (lists across buildings). */
  buildingName?: string | undefined;
}

function RequestDeliveries({ requestId }: { requestId: string }) {
  const { t, i18n } = useTranslation('requests');
  const deliveries = useRecords(deliveriesOfRequest(requestId));
  const kept = (deliveries ?? []).filter((delivery) => delivery.voidedAt === undefined);
  if (kept.length === 0) return null;
  return (
    <ul className="gw-request__deliveries">
      {kept.map((delivery) => (
        <li key={delivery.id}>
          {t('requests:list.delivery', {
            outcome: t(`requests:outcome.${delivery.outcome}`),
            time: formatDateTime(delivery.deliveredAt, i18n.language),
          })}
          {delivery.note ? <span> · {t('requests:list.deliveryNote', { note: delivery.note })}</span> : null}{' '}
          <RecordSyncBadge state={delivery._sync} />
        </li>
      ))}
    </ul>
  );
}

export function RequestCard({ request, showPlace = false, buildingName }: RequestCardProps) {
  const { t, i18n } = useTranslation('requests');
  const titleId = useId();
  const place = t('requests:list.place', { unit: request.unit, room: request.room });
  const kind = t(`requests:kind.${request.kind}`);
  const label = showPlace ? `${buildingName ? `${buildingName} ` : ''}${place} · ${kind}` : kind;
  const closed = request.state === 'cancelled' || request.state === 'rejected';
  return (
    <article className={`gw-card gw-request gw-request--${request.state}`} aria-labelledby={titleId}>
      <div className="gw-record-row">
        <h3 id={titleId} className="gw-request__title">
          {showPlace ? (
            <>
              {buildingName ? `${buildingName} ` : null}
              {request.householdId ? <Link to={`/households/${encodeURIComponent(request.householdId)}`}>{place}</Link> : place}
              {` · ${kind}`}
            </>
          ) : (
            kind
          )}
        </h3>
        <RecordSyncBadge state={request._sync} />
      </div>
      <p className="gw-request__tags">
        <span className={`gw-request__state gw-request__state--${request.state}`}>{t(`requests:state.${request.state}`)}</span>
        {request.urgent ? <span className="gw-request__urgent">{t('requests:urgent')}</span> : null}
        {showPlace && !request.householdId ? <span className="gw-hint">{t('requests:list.unregistered')}</span> : null}
      </p>
      <p className="gw-request__needs">{request.needs}</p>
      <p className="gw-hint">
        {request.createdAt ? t('requests:list.askedAt', { time: formatDateTime(request.createdAt, i18n.language) }) : null}
        {request.askedBy === 'resident' ? <span> · {t('requests:list.byResident')}</span> : null}
      </p>
      <p>{t('requests:list.contact', { name: request.contactName ?? '', phone: request.contactPhone })}</p>
      {request.claimedByName ? <p>{t('requests:list.claimedBy', { name: request.claimedByName })}</p> : null}
      {closed && request.closedReason ? <p>{t('requests:list.closedReason', { reason: request.closedReason })}</p> : null}
      <RequestDeliveries requestId={request.id} />
      <RequestActions request={request} label={label} />
    </article>
  );
}

/** Requests as a list of cards (given in the order to show), or the empty line. */
export function RequestList({ requests, showPlace = false, labelledBy, buildingNames }: {
  requests: readonly LocalRecord<'help_request'>[];
  showPlace?: boolean;
  labelledBy: string;
  buildingNames?: ReadonlyMap<string, string>;
}) {
  const { t } = useTranslation('requests');
  if (requests.length === 0) return <p className="gw-empty">{t('requests:list.empty')}</p>;
  return (
    <ul className="gw-list" aria-labelledby={labelledBy}>
      {requests.map((request) => (
        <li key={request.id}>
          <RequestCard request={request} showPlace={showPlace} buildingName={buildingNames?.get(request.buildingId)} />
        </li>
      ))}
    </ul>
  );
}
