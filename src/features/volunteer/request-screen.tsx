/**
 * /requests/:requestId, one request as the volunteer works it. Open: what is needed, the contact
 * shortened and masked, "Claim". Claimed by them: the address (building, unit, room) and the phone
 * as a call link once the server has sent it (right after an offline claim the phone holds the masked
 * one and says so), and "Delivered". Claimed or delivered by another volunteer, or their own claim
 * refused by the server: "Claimed by another volunteer", no Claim.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { deliveriesOfRequest, useRecord, useRecords, useSession } from '../../data';
import { Banner } from '../../shared/ui/banner';
import { Button } from '../../shared/ui/button';
import { FormFailure } from '../../shared/ui/form-failure';
import { PageLayout } from '../../shared/ui/page-layout';
import { useNow } from '../../shared/ui/use-now';
import { DeliveryForm } from './delivery-form';
import { RequestContact } from './request-contact';
import { RequestDeliveries } from './request-deliveries';
import { standingOf } from './request-facts';
import { agoLabel, ClaimedByOther, placeLabel, RequestBadges } from './request-labels';
import { useClaim } from './use-claim';
import { useBuildingsById, useRefusedRequests } from './use-volunteer-records';
import './volunteer.css';

export function VolunteerRequestScreen() {
  const { t } = useTranslation(['volunteer', 'requests', 'translation']);
  const { requestId } = useParams();
  const { user } = useSession();
  const request = useRecord('help_request', requestId);
  // A volunteer's phone holds only their few buildings: read them all (one stable read, no wait after the request's).
  const buildings = useBuildingsById();
  const deliveries = useRecords(requestId ? deliveriesOfRequest(requestId) : null);
  const refused = useRefusedRequests();
  const now = useNow().getTime();
  const { claim, state } = useClaim();
  const [delivering, setDelivering] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  if (request === undefined || buildings === undefined) {
    return (
      <PageLayout title={t('volunteer:requests.title')}>
        <p className="gw-loading" aria-busy="true">
          {t('translation:app.loading')}
        </p>
      </PageLayout>
    );
  }
  if (request === null) {
    return (
      <PageLayout title={t('volunteer:requests.title')}>
        <p className="gw-empty">{t('volunteer:request.notFound')}</p>
        <Link to="/">{t('volunteer:request.back')}</Link>
      </PageLayout>
    );
  }

  const building = buildings.get(request.buildingId);
  const standing = standingOf(request, user?.id, refused);
  const mine = standing === 'mine' || standing === 'delivered';
  return (
    <PageLayout title={placeLabel(t, request, building)} className="gw-volunteer">
      <Link to="/">{t('volunteer:request.back')}</Link>
      {notice ? (
        <Banner tone="success" announce>
          {notice}
        </Banner>
      ) : null}
      <p className="gw-volunteer-card__badges">
        <RequestBadges request={request} />
        <span className="gw-volunteer-state">{t(`requests:state.${request.state}`)}</span>
        <span className="gw-volunteer-card__ago">{agoLabel(t, request.createdAt, now)}</span>
      </p>
      <p>{t('volunteer:card.needs', { needs: request.needs })}</p>
      <RequestContact request={request} building={building} full={mine} />
      {standing === 'other' || standing === 'refused' ? <ClaimedByOther refused={standing === 'refused'} /> : null}
      <FormFailure form={state} ns="volunteer" />
      {standing === 'open' ? (
        <Button block onClick={() => void claim(request.id)} disabled={state.busy} busy={state.busy}>
          {t('volunteer:card.claim')}
        </Button>
      ) : null}
      {standing === 'mine' && !delivering ? (
        <Button
          block
          onClick={() => {
            setNotice(null);
            setDelivering(true);
          }}
        >
          {t('volunteer:deliver.open')}
        </Button>
      ) : null}
      {delivering && standing === 'mine' ? (
        <DeliveryForm
          helpRequestId={request.id}
          onSaved={() => {
            setDelivering(false);
            setNotice(t('volunteer:deliver.saved'));
          }}
          onCancel={() => setDelivering(false)}
        />
      ) : null}
      <RequestDeliveries deliveries={deliveries ?? []} />
    </PageLayout>
  );
}
