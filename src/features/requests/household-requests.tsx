/**
 * The household screen's help requests (the app hands this section to the household screen): "Request
 * help" for a grid worker or the secretary, then the household's requests, newest first, each with its
 * state, deliveries, sync state and the moves its state allows.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { helpRequestsOfHousehold, useRecords, useSession, type LocalRecord } from '../../data';
import { askerOf } from '../../domain/requests/help-request-rules';
import { RequestList } from './request-card';
import './requests.css';

export function HouseholdRequests({ household }: { household: LocalRecord<'household'> }) {
  const { t } = useTranslation('requests');
  const { user } = useSession();
  const requests = useRecords(helpRequestsOfHousehold(household.id));
  const titleId = useId();
  const mayAsk = user !== null && askerOf(user.role) !== null;
  return (
    <section className="gw-section gw-requests" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('requests:list.title')}</h2>
      {mayAsk ? (
        <Link className="gw-button gw-button--secondary gw-button--block" to={`/households/${encodeURIComponent(household.id)}/requests/new`}>
          {t('requests:help.open')}
        </Link>
      ) : null}
      {requests ? <RequestList requests={requests} labelledBy={titleId} /> : <p className="gw-loading">{t('app.loading')}</p>}
    </section>
  );
}
