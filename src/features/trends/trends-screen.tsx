/**
 * The secretary's Trends: fever reports per day for the last 14 days by action, households visited per
 * day per grid, gate entries per hour today, from the records on this phone (works offline). Each chart
 * (uPlot, loaded with this screen only) has a table beside it with the same figures.
 */
import { useTranslation } from 'react-i18next';
import { localDateOf } from '../../shared/local-date';
import { PageLayout } from '../../shared/ui/page-layout';
import { useNow } from '../../shared/ui/use-now';
import { FeverTrend, GateTrend, VisitsTrend } from './trend-figures';
import { useTrends } from './use-trends';
import './trends.css';

export function TrendsScreen() {
  const { t } = useTranslation('trends');
  const now = useNow(60_000);
  const today = localDateOf(now);
  const view = useTrends(today);

  return (
    <PageLayout title={t('trends:title')} className="gw-desk gw-page--wide">
      {!view ? (
        <p className="gw-loading" aria-busy="true">
          {t('app.loading')}
        </p>
      ) : (
        <>
          <p className="gw-hint">{t('trends:range', { first: view.dates[0], last: view.today })}</p>
          <FeverTrend days={view.fevers} />
          <VisitsTrend visits={view.visits} grids={view.grids} />
          <GateTrend hours={view.gate} date={view.today} />
        </>
      )}
    </PageLayout>
  );
}
