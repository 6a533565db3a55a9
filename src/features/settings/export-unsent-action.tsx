/**
 * "Export unsent records": saves the records that have not reached the server as a JSON file named
 * by date, then says how many it saved (or that it failed). On the settings screen, and in the
 * "account ended" banner (mounted by src/app).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDataClient } from '../../data';
import { Banner } from '../../shared/ui/banner';
import { Button } from '../../shared/ui/button';
import { downloadJson, unsentFileName } from './download-json';

type ExportResult = { kind: 'done'; count: number; file: string } | { kind: 'failed' };

export function ExportUnsentAction() {
  const { t } = useTranslation('settings');
  const client = useDataClient();
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

  return (
    <>
      <Button variant="secondary" block onClick={() => void exportUnsent()} disabled={busy} busy={busy}>
        {t('settings:exportUnsent')}
      </Button>
      {result?.kind === 'done' ? (
        <Banner tone="success" announce>
          {t('settings:exported', { n: result.count, file: result.file })}
        </Banner>
      ) : null}
      {result?.kind === 'failed' ? <Banner tone="error">{t('settings:exportFailed')}</Banner> : null}
    </>
  );
}
