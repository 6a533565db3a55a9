/**
 * One request in the volunteer's lists: place, kind, "Urgent", what is needed, how long ago, the
 * contact as the server sent it (shortened and masked until this volunteer's claim reached it), and
 * "Claim" while it is open, or "Claimed by another volunteer".
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../../shared/ui/button';
import { RecordSyncBadge } from '../../shared/ui/record-sync-badge';
import type { HelpRequestRecord, RequestStanding } from './request-facts';
import { agoLabel, ClaimedByOther, placeLabel, RequestBadges } from './request-labels';
import type { BuildingRecord } from './use-volunteer-records';

export interface RequestCardProps {
  request: HelpRequestRecord;
  building: BuildingRecord | undefined;
  standing: RequestStanding;
  now: number;
  /** "Claim" on an open request; the button waits while a claim is saved. */
  onClaim?: (request: HelpRequestRecord) => void;
  claiming?: boolean;
}

export function RequestCard({ request, building, standing, now, onClaim, claiming = false }: RequestCardProps) {
  const { t } = useTranslation(['volunteer', 'requests']);
  const titleId = useId();
  const place = placeLabel(t, request, building);
  const contact = request.contactName
    ? t('volunteer:card.contact', { name: request.contactName, phone: request.contactPhone })
    : t('volunteer:card.contactPhoneOnly', { phone: request.contactPhone });
  return (
    <article className="gw-card gw-volunteer-card" aria-labelledby={titleId}>
      <h3 id={titleId} className="gw-volunteer-card__title">
        <Link to={`/requests/${request.id}`}>{place}</Link>
      </h3>
      <p className="gw-volunteer-card__badges">
        <RequestBadges request={request} />
        <span className="gw-volunteer-card__ago">{agoLabel(t, request.createdAt, now)}</span>
      </p>
      <p>{t('volunteer:card.needs', { needs: request.needs })}</p>
      <p>{contact}</p>
      {standing === 'other' || standing === 'refused' ? <ClaimedByOther refused={standing === 'refused'} /> : null}
      {standing === 'mine' ? <RecordSyncBadge state={request._sync} /> : null}
      {standing === 'open' && onClaim ? (
        <Button block onClick={() => onClaim(request)} disabled={claiming} busy={claiming} aria-describedby={titleId}>
          {t('volunteer:card.claim')}
        </Button>
      ) : null}
    </article>
  );
}
