/** The deliveries recorded for a request on this phone: how, when, the note, and whether each reached the server. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalRecord } from '../../data';
import { formatDateTime } from '../../shared/format-date-time';
import { RecordSyncBadge } from '../../shared/ui/record-sync-badge';

export function RequestDeliveries({ deliveries }: { deliveries: readonly LocalRecord<'delivery'>[] }) {
  const { t, i18n } = useTranslation(['volunteer', 'requests']);
  const titleId = useId();
  const shown = deliveries.filter((delivery) => delivery.voidedAt === undefined);
  if (shown.length === 0) return null;
  return (
    <section className="gw-section" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('volunteer:request.deliveries')}</h2>
      <ul className="gw-list">
        {shown.map((delivery) => (
          <li key={delivery.id} className="gw-card">
            <p>
              <strong>{t(`requests:outcome.${delivery.outcome}`)}</strong>
            </p>
            <p>{t('volunteer:delivered.time', { time: formatDateTime(delivery.deliveredAt, i18n.language) })}</p>
            {delivery.note ? <p>{t('volunteer:delivered.note', { note: delivery.note })}</p> : null}
            <RecordSyncBadge state={delivery._sync} />
          </li>
        ))}
      </ul>
    </section>
  );
}
