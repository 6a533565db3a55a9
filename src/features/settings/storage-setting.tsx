import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDataClient } from '../../data';
import { formatBytes } from '../../shared/format-bytes';
import { Banner } from '../../shared/ui/banner';
import { Button } from '../../shared/ui/button';
import { downloadJson, unsentFileName } from './download-json';
import { useStorageStatus } from './use-storage-status';

type ExportResult = { kind: 'done'; count: number; file: string } | { kind: 'failed' };

/**
 * Storage on this device: whether the browser keeps the data under storage pressure (asked for
 * after sign-in), how much is used, and "Export unsent records" to keep them as a file.
 */
export function StorageSetting() {
  const { t, i18n } = useTranslation('settings');
  const client = useDataClient();
  const headingId = useId();
  const { status } = useStorageStatus();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ExportResult | null>(null);

  async function exportUnsent() {
    setBusy(true);
    setResult(null);
    try {
      const data = await client.exportUnsent();
      const file = unsentFileName(new Date(data.exportedAt));
      downloadJson(file, data);
      setResult({ kind: 'done', count: data.mutations.length, file });
    } catch {
      setResult({ kind: 'failed' });
    } finally {
      setBusy(false);
    }
  }

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
      <Button variant="secondary" block onClick={() => void exportUnsent()} disabled={busy} busy={busy}>
        {t('settings:exportUnsent')}
      </Button>
      {result?.kind === 'done' ? (
        <Banner tone="success" announce>
          {t('settings:exported', { n: result.count, file: result.file })}
        </Banner>
      ) : null}
      {result?.kind === 'failed' ? <Banner tone="error">{t('settings:exportFailed')}</Banner> : null}
    </section>
  );
}
