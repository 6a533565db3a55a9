/**
 * The delivery ledger's views: a card per building on a phone (the day's figures, the requests
 * waiting over 4 hours, the day's deliveries), a table of the figures on an office screen.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../shared/format-date-time';
import { LEDGER_COLUMNS, type LedgerBuilding, type LedgerCounts, type LedgerDelivery } from './ledger-model';
import type { LocalRecord } from '../../data';

function useBuildingName() {
  const { t } = useTranslation('requests');
  return (row: LedgerBuilding) => row.name ?? t('requests:ledger.unknownBuilding');
}

function Place({ request }: { request: LocalRecord<'help_request'> }) {
  const { t } = useTranslation('requests');
  const place = t('requests:list.place', { unit: request.unit, room: request.room });
  return request.householdId ? <Link to={`/households/${encodeURIComponent(request.householdId)}`}>{place}</Link> : <span>{place}</span>;
}

function Figures({ counts }: { counts: LedgerCounts }) {
  const { t } = useTranslation('requests');
  return (
    <dl className="gw-ledger__figures">
      {LEDGER_COLUMNS.map((column) => (
        <div key={column}>
          <dt>{t(`requests:ledger.${column}`)}</dt>
          <dd>{counts[column]}</dd>
        </div>
      ))}
    </dl>
  );
}

function WaitingList({ waiting }: { waiting: readonly LocalRecord<'help_request'>[] }) {
  const { t, i18n } = useTranslation('requests');
  const titleId = useId();
  if (waiting.length === 0) return null;
  return (
    <div className="gw-ledger__list">
      <h3 id={titleId}>{t('requests:ledger.waitingTitle', { n: waiting.length })}</h3>
      <ul aria-labelledby={titleId}>
        {waiting.map((request) => (
          <li key={request.id}>
            <span className="gw-ledger__mark gw-ledger__mark--waiting">{t('requests:ledger.waiting')}</span> <Place request={request} /> ·{' '}
            {t(`requests:kind.${request.kind}`)} · {t(`requests:state.${request.state}`)}
            {request.urgent ? <> · {t('requests:urgent')}</> : null} ·{' '}
            {request.createdAt ? t('requests:list.askedAt', { time: formatDateTime(request.createdAt, i18n.language) }) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

function DeliveryItem({ entry }: { entry: LedgerDelivery }) {
  const { t, i18n } = useTranslation('requests');
  const { delivery, request } = entry;
  return (
    <li>
      {entry.byOtherVolunteer ? (
        <>
          <span className="gw-ledger__mark gw-ledger__mark--other">{t('requests:ledger.otherVolunteer')}</span>{' '}
        </>
      ) : null}
      {formatDateTime(delivery.deliveredAt, i18n.language)} · {t(`requests:outcome.${delivery.outcome}`)}
      {request ? (
        <>
          {' '}
          · <Place request={request} /> · {t(`requests:kind.${request.kind}`)}
          {request.claimedByName ? <> · {t('requests:ledger.deliveredBy', { name: request.claimedByName })}</> : null}
        </>
      ) : null}
      {delivery.note ? <> · {t('requests:list.deliveryNote', { note: delivery.note })}</> : null}
    </li>
  );
}

function DeliveryList({ deliveries }: { deliveries: readonly LedgerDelivery[] }) {
  const { t } = useTranslation('requests');
  const titleId = useId();
  if (deliveries.length === 0) return null;
  return (
    <div className="gw-ledger__list">
      <h3 id={titleId}>{t('requests:ledger.deliveriesTitle', { n: deliveries.length })}</h3>
      <ul aria-labelledby={titleId}>
        {deliveries.map((entry) => (
          <DeliveryItem key={entry.delivery.id} entry={entry} />
        ))}
      </ul>
    </div>
  );
}

/** One building's day: its figures (unless the table shows them), waiting requests and deliveries. */
export function LedgerBuildingCard({ row, showFigures }: { row: LedgerBuilding; showFigures: boolean }) {
  const titleId = useId();
  const name = useBuildingName()(row);
  return (
    <section className="gw-card gw-ledger__building" aria-labelledby={titleId}>
      <h2 id={titleId}>{row.buildingId && row.name ? <Link to={`/buildings/${encodeURIComponent(row.buildingId)}`}>{name}</Link> : name}</h2>
      {showFigures ? <Figures counts={row.counts} /> : null}
      <WaitingList waiting={row.waiting} />
      <DeliveryList deliveries={row.deliveries} />
    </section>
  );
}

/** The figures of every building and the community's total, for an office screen. */
export function LedgerTable({ rows, total, date }: { rows: readonly LedgerBuilding[]; total: LedgerCounts; date: string }) {
  const { t } = useTranslation('requests');
  const name = useBuildingName();
  return (
    <div className="gw-ledger__scroll">
      <table className="gw-ledger__table">
        <caption>{t('requests:ledger.title')} · {date}</caption>
        <thead>
          <tr>
            <th scope="col">{t('requests:ledger.building')}</th>
            {LEDGER_COLUMNS.map((column) => (
              <th key={column} scope="col">
                {t(`requests:ledger.${column}`)}
              </th>
            ))}
            <th scope="col">{t('requests:ledger.waiting')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.buildingId}>
              <th scope="row">{name(row)}</th>
              {LEDGER_COLUMNS.map((column) => (
                <td key={column}>{row.counts[column]}</td>
              ))}
              <td>{row.waiting.length}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('requests:ledger.total')}</th>
            {LEDGER_COLUMNS.map((column) => (
              <td key={column}>{total[column]}</td>
            ))}
            <td>{rows.reduce((sum, row) => sum + row.waiting.length, 0)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
