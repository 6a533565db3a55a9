/**
 * "Requests", the volunteer's home: at the top the requests they claimed and have not delivered yet
 * (and any whose claim the server refused: another volunteer's came first), then the open requests
 * of their buildings, medicine and medical first, then urgent, then oldest. "Claim" saves the claim
 * on this phone and opens the request (address, phone). Everything is read from this phone. While a
 * testing campaign is open, its sampling site comes first (`sites`).
 */
import { Suspense, useId, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSession } from '../../data';
import { compareForVolunteer } from '../../domain/requests/help-request-display';
import { FormFailure } from '../../shared/ui/form-failure';
import { PageLayout } from '../../shared/ui/page-layout';
import { useNow } from '../../shared/ui/use-now';
import { RequestCard } from './request-card';
import { standingOf, type HelpRequestRecord } from './request-facts';
import { useClaim } from './use-claim';
import { useBuildingsById, useRefusedRequests, useRequestsById } from './use-volunteer-records';
import './volunteer.css';

export interface VolunteerRequestsScreenProps {
  /** The open testing campaigns' sampling sites, where the volunteer may help (the testing feature, loaded apart). */
  sites?: ReactNode;
}

export function VolunteerRequestsScreen({ sites }: VolunteerRequestsScreenProps) {
  const { t } = useTranslation(['volunteer', 'requests', 'translation']);
  const { user } = useSession();
  const requests = useRequestsById();
  const buildings = useBuildingsById();
  const refused = useRefusedRequests();
  const now = useNow().getTime();
  const { claim, state } = useClaim();
  const navigate = useNavigate();
  const mineId = useId();
  const openId = useId();

  const lists = useMemo(() => {
    if (!requests) return undefined;
    const mine: HelpRequestRecord[] = [];
    const open: HelpRequestRecord[] = [];
    for (const request of requests.values()) {
      const standing = standingOf(request, user?.id, refused);
      if (standing === 'mine' || standing === 'refused') mine.push(request);
      else if (standing === 'open') open.push(request);
    }
    return { mine: mine.sort(compareForVolunteer), open: open.sort(compareForVolunteer) };
  }, [requests, user?.id, refused]);

  async function onClaim(request: HelpRequestRecord) {
    if (await claim(request.id)) void navigate(`/requests/${request.id}`);
  }

  if (!lists || !buildings) {
    return (
      <PageLayout title={t('volunteer:requests.title')}>
        <p className="gw-loading" aria-busy="true">
          {t('translation:app.loading')}
        </p>
      </PageLayout>
    );
  }
  const card = (request: HelpRequestRecord) => (
    <li key={request.id}>
      <RequestCard
        request={request}
        building={buildings.get(request.buildingId)}
        standing={standingOf(request, user?.id, refused)}
        now={now}
        onClaim={(chosen) => void onClaim(chosen)}
        claiming={state.busy}
      />
    </li>
  );
  return (
    <PageLayout title={t('volunteer:requests.title')} className="gw-volunteer">
      <FormFailure form={state} ns="volunteer" />
      {sites ? <Suspense fallback={null}>{sites}</Suspense> : null}
      {lists.mine.length > 0 ? (
        <section className="gw-section" aria-labelledby={mineId}>
          <h2 id={mineId}>{t('volunteer:requests.mine')}</h2>
          <ul className="gw-list">{lists.mine.map(card)}</ul>
        </section>
      ) : null}
      <section className="gw-section" aria-labelledby={openId}>
        <h2 id={openId}>{t('volunteer:requests.open', { n: lists.open.length })}</h2>
        <p className="gw-hint">{t('volunteer:requests.intro')}</p>
        {lists.open.length === 0 ? <p className="gw-empty">{t('volunteer:requests.none')}</p> : <ul className="gw-list">{lists.open.map(card)}</ul>}
      </section>
    </PageLayout>
  );
}
