/**
 * /deliveries, the secretary's delivery ledger: for a chosen day (today by default), per building the
 * help requests by state and the deliveries made; open requests waiting over 4 hours marked and listed,
 * deliveries by a volunteer whose claim lost marked "Claimed by another volunteer". From the records on
 * this phone (works offline); cards on a phone, a table of the figures on an office screen.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deliveriesBetween, everyHelpRequest, everyRecord, useRecords } from '../../data';
import { localDateOf, localDay } from '../../shared/local-date';
import { PageLayout } from '../../shared/ui/page-layout';
import { DayField } from '../../shared/ui/day-field';
import { useNow } from '../../shared/ui/use-now';
import { useWideScreen } from '../../shared/ui/use-wide-screen';
import { deliveryLedger, ledgerTotal } from './ledger-model';
import { LedgerBuildingCard, LedgerTable } from './ledger-views';
import './deliveries.css';

function Ledger({ date }: { date: string }) {
  const { t } = useTranslation('requests');
  const now = useNow(60_000).getTime();
  const wide = useWideScreen();
  const day = useMemo(() => localDay(date), [date]);
  const requests = useRecords(everyHelpRequest());
  const deliveries = useRecords(deliveriesBetween(day, day));
  const buildings = useRecords(everyRecord('building'));
  const rows = useMemo(
    () => (requests && deliveries && buildings ? deliveryLedger({ date, requests, deliveries, buildings, now }) : undefined),
    [date, requests, deliveries, buildings, now],
  );
  if (!rows) return <p className="gw-loading">{t('app.loading')}</p>;
  if (rows.length === 0) return <p className="gw-empty">{t('requests:ledger.empty')}</p>;
  const detailed = wide ? rows.filter((row) => row.waiting.length > 0 || row.deliveries.length > 0) : rows;
  return (
    <>
      {wide ? <LedgerTable rows={rows} total={ledgerTotal(rows)} date={date} /> : null}
      <div className="gw-ledger__buildings">
        {detailed.map((row) => (
          <LedgerBuildingCard key={row.buildingId} row={row} showFigures={!wide} />
        ))}
      </div>
    </>
  );
}

export function DeliveryLedgerScreen() {
  const { t } = useTranslation('requests');
  const today = localDateOf();
  const [date, setDate] = useState(today);
  return (
    <PageLayout title={t('requests:ledger.title')} className="gw-ledger gw-page--wide">
      <DayField label={t('requests:ledger.date')} value={date} max={today} className="gw-ledger__date" onChange={setDate} />
      <Ledger date={date} />
    </PageLayout>
  );
}
