import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatBytes } from '../../shared/format-bytes';
import { ExportUnsentAction } from './export-unsent-action';
import { useStorageStatus } from './use-storage-status';

/**
 * Storage on this device: whether the browser keeps the data under storage pressure (asked for
 * after sign-in), how much is used, and "Export unsent records" to keep them as a file.
 */
export function StorageSetting() {
  const { t, i18n } = useTranslation('settings');
  const headingId = useId();
  const { status } = useStorageStatus();
  const persisted =
    status?.persisted === true ? t('settings:persisted') : status?.persisted === false ? t('settings:notPersisted') : t('settings:persistUnknown');
  const usage =
    typeof status?.usage === 'number' && typeof status.quota === 'number'
      ? t('settings:usage', { used: formatBytes(status.usage, i18n.language), quota: formatBytes(status.quota, i18n.language) })
      : t('settings:usageUnknown');

  return (
    <section className="gw-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('settings:storage')}</h2>
      {status ? (
        <ul className="gw-list">
          <li>{persisted}</li>
          <li>{usage}</li>
        </ul>
      ) : (
        <p aria-busy="true">{t('app.loading')}</p>
      )}
      <p className="gw-hint">{t('settings:exportHint')}</p>
      <ExportUnsentAction />
    </section>
  );
}
