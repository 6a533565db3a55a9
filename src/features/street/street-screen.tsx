/**
 * The street officer's screen (issue 19), its home: for a chosen date (today by default), each community's
 * own report (Reported, Late, Missing, Zero report), the street's sums, fevers by community, the sealed
 * buildings, and the 14-day reporting rate per community. Everything from the records on this phone, so it
 * works offline after a sync.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localDateOf } from '../../shared/local-date';
import { DayField } from '../../shared/ui/day-field';
import { PageLayout } from '../../shared/ui/page-layout';
import { StreetCommunities } from './street-communities';
import { StreetFevers } from './street-fevers';
import { StreetRates } from './street-rates';
import { StreetSealed } from './street-sealed';
import { StreetTotal } from './street-total';
import { useStreetView } from './use-street-view';
import './street.css';

function StreetDayView({ date }: { date: string }) {
  const { t } = useTranslation('street');
  const view = useStreetView(date);
  if (!view) return <p className="gw-loading">{t('app.loading')}</p>;
  if (!view.street && view.day.rows.length === 0) return <p className="gw-empty">{t('street:noStreet')}</p>;
  return (
    <>
      {view.street ? <p className="gw-street__street">{view.street.name}</p> : null}
      <StreetCommunities rows={view.day.rows} date={date} />
      <StreetTotal day={view.day} date={date} />
      <StreetFevers rows={view.day.rows} date={date} />
      <StreetSealed sealed={view.sealed} />
      <StreetRates rates={view.rates} names={view.communityNames} date={date} />
    </>
  );
}

export function StreetScreen() {
  const { t } = useTranslation('street');
  const today = localDateOf();
  const [date, setDate] = useState(today);
  return (
    <PageLayout title={t('street:title')}>
      <DayField label={t('street:date')} value={date} max={today} onChange={setDate} />
      <StreetDayView date={date} />
    </PageLayout>
  );
}
