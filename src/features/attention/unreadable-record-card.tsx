import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnreadableRecord } from '../../data';
import { formatDateTime } from '../../shared/format-date-time';
import { validationKeys } from '../../shared/i18n/message-keys';
import { fieldLabel } from './mutation-labels';

/**
 * A record the server sent that this phone could not read: which kind and record, the server's
 * version, and what did not fit. Nothing to fix here: the phone keeps its earlier copy, and the
 * record is read again when a newer version comes (an app update may be needed).
 */
export function UnreadableRecordCard({ record }: { record: UnreadableRecord }) {
  const { t, i18n } = useTranslation(['attention', 'validation']);
  const headingId = useId();
  return (
    <article className="gw-card gw-attention" aria-labelledby={headingId}>
      <h2 id={headingId} className="gw-attention__title">
        {t(`attention:entity.${record.entity}`)} · {t('attention:unreadable')}
      </h2>
      <dl className="gw-attention__facts">
        <dt>{t('attention:record')}</dt>
        <dd>{t('attention:recordId', { id: record.id.slice(-8) })}</dd>
        <dt>{t('attention:serverVersion')}</dt>
        <dd>{record.version}</dd>
        <dt>{t('attention:received')}</dt>
        <dd>{formatDateTime(record.receivedAt, i18n.language)}</dd>
        <dt>{t('attention:reason')}</dt>
        <dd>
          <ul className="gw-field-errors">
            {Object.entries(record.fields).map(([path, key]) => (
              <li key={path}>
                {fieldLabel(t, path)}: {t(validationKeys(key))}
              </li>
            ))}
          </ul>
        </dd>
      </dl>
      <p className="gw-hint">{t('attention:unreadableHint')}</p>
    </article>
  );
}
