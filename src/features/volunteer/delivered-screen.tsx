/**
 * /delivered, the volunteer's deliveries of today (from this phone: their own, as recorded and as
 * pulled): where, what kind, left at door or handed over, when, the note, and whether each reached the
 * server. A delivery whose claim the server refused is kept, marked "Claimed by another volunteer".
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { deliveriesBetween, useRecords, useSession } from '../../data';
import { localDateOf, localDay } from '../../shared/local-date';
import { PageLayout } from '../../shared/ui/page-layout';
import { useNow } from '../../shared/ui/use-now';
import { DeliveredItem } from './delivered-item';
import { standingOf } from './request-facts';
import { useBuildingsById, useRefusedRequests, useRequestsById } from './use-volunteer-records';
import './volunteer.css';

export function DeliveredTodayScreen() {
  const { t } = useTranslation(['volunteer', 'translation']);
  const { user } = useSession();
  const today = localDateOf(useNow(60_000));
  const day = useMemo(() => localDay(today), [today]);
  const deliveries = useRecords(deliveriesBetween(day, day));
  const requests = useRequestsById();
  const buildings = useBuildingsById();
  const refused = useRefusedRequests();

  if (!deliveries || !requests || !buildings) {
    return (
      <PageLayout title={t('volunteer:delivered.title')}>
        <p className="gw-loading" aria-busy="true">
          {t('translation:app.loading')}
        </p>
      </PageLayout>
    );
  }
  const shown = deliveries.filter((delivery) => delivery.voidedAt === undefined);
  return (
    <PageLayout title={t('volunteer:delivered.title')} className="gw-volunteer">
      <p className="gw-hint">{t('volunteer:delivered.intro')}</p>
      {shown.length === 0 ? (
        <p className="gw-empty">{t('volunteer:delivered.none')}</p>
      ) : (
        <ul className="gw-list">
          {shown.map((delivery) => {
            const request = requests.get(delivery.helpRequestId);
            return (
              <li key={delivery.id}>
                <DeliveredItem
                  delivery={delivery}
                  request={request}
                  building={request ? buildings.get(request.buildingId) : undefined}
                  standing={request ? standingOf(request, user?.id, refused) : refused.has(delivery.helpRequestId) ? 'refused' : 'closed'}
                />
              </li>
            );
          })}
        </ul>
      )}
    </PageLayout>
  );
}
