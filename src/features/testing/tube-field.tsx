/**
 * The site's current tube: "Tube number" typed, or the tube's barcode scanned (Code 128 or QR, where the
 * browser's BarcodeDetector reads it; jsQR, the fallback, reads QR codes only, so a Code 128 label is
 * typed there), with how many people it holds ("3 / 10") and "New tube" to start the next one.
 */
import { useId, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Banner } from '../../shared/ui/banner';
import { Button } from '../../shared/ui/button';
import { describedByIds, FieldShell } from '../../shared/ui/field-shell';
import { LazyCodeScanner } from '../../shared/ui/lazy-code-scanner';
import { readTubeNumber, type TubeStatus } from './tube-status';

export interface TubeFieldProps {
  value: string;
  onChange: (value: string) => void;
  status: TubeStatus;
  /** Clears the number for the next tube (and focuses the field). */
  onNewTube: () => void;
  inputRef: RefObject<HTMLInputElement | null>;
  /** A translated message from a refused write (the tube full on the server's count, a wrong number). */
  error?: string | null;
}

export function TubeField({ value, onChange, status, onNewTube, inputRef, error }: TubeFieldProps) {
  const { t } = useTranslation('testing');
  const id = useId();
  const [scanning, setScanning] = useState(false);
  const shownError = error ?? (status.kind === 'invalid' ? t('validation:tube_number_invalid') : null);
  const hint = t('testing:site.tubeHint');
  const { describedBy } = describedByIds(id, hint, shownError);
  const pooled = status.kind !== 'none' && status.kind !== 'invalid' && status.poolSize > 1;

  return (
    <section className="gw-site-tube" aria-label={t('testing:site.tube')}>
      <FieldShell id={id} label={t('testing:site.tubeNumber')} hint={hint} error={shownError}>
        <input
          id={id}
          ref={inputRef}
          className="gw-field__input gw-site-tube__input"
          autoComplete="off"
          autoCapitalize="characters"
          autoCorrect="off"
          spellCheck={false}
          enterKeyHint="done"
          aria-invalid={shownError ? true : undefined}
          aria-describedby={describedBy}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      </FieldShell>
      {pooled ? (
        <p className="gw-site-tube__count" role="status">
          {t('testing:site.tubeCount', { count: status.count, pool: status.poolSize })}
        </p>
      ) : null}
      {status.kind === 'full' ? (
        <Banner tone="warning" announce>
          {status.poolSize > 1
            ? t('testing:site.tubeFull', { tube: status.tubeNumber, pool: status.poolSize })
            : t('testing:site.tubeUsed', { tube: status.tubeNumber })}
        </Banner>
      ) : null}
      {scanning ? (
        <LazyCodeScanner
          formats={['code_128', 'qr_code']}
          judge={readTubeNumber}
          onFound={(tubeNumber) => {
            setScanning(false);
            onChange(tubeNumber);
          }}
          onCancel={() => setScanning(false)}
          loading={t('testing:site.scanLoading')}
          failed={t('testing:site.scanUnavailable')}
          close={t('testing:site.cancel')}
          words={{
            camera: t('testing:site.camera'),
            starting: t('testing:site.cameraStarting'),
            aim: t('testing:site.scanAim'),
            foreign: t('testing:site.notTube'),
            unavailable: t('testing:site.scanUnavailable'),
            cancel: t('testing:site.scanCancel'),
          }}
        />
      ) : null}
      <div className="gw-actions gw-site-tube__ways">
        <Button variant="secondary" onClick={() => setScanning(true)} disabled={scanning}>
          {t('testing:site.scanTube')}
        </Button>
        {status.kind !== 'none' ? (
          <Button variant={status.kind === 'full' ? 'primary' : 'secondary'} onClick={onNewTube}>
            {t('testing:site.newTube')}
          </Button>
        ) : null}
      </div>
    </section>
  );
}
