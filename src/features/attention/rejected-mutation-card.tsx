import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDataClient, useRecord, type OutboxEntry } from '../../data';
import { formatDateTime } from '../../shared/format-date-time';
import { errorKeys, validationKeys } from '../../shared/i18n/message-keys';
import { Button } from '../../shared/ui/button';
import { ConfirmPanel } from '../../shared/ui/confirm-panel';
import { FormFailure } from '../../shared/ui/form-failure';
import { useFormSubmit } from '../../shared/ui/use-form-submit';
import { describeWriteFailure } from '../../shared/write-failure';
import { FixMutationForm } from './fix-mutation-form';
import { fieldKind, getAtPath } from './mutation-fields';
import { fieldLabel, recordLabel } from './mutation-labels';

export interface RejectedMutationCardProps {
  entry: OutboxEntry;
  /** Called with a translated confirmation once the entry was resent or discarded. */
  onDone: (message: string) => void;
}

type Mode = { kind: 'view' } | { kind: 'fix'; errors: Record<string, string> } | { kind: 'confirm-discard' };

/** One rejected mutation: what, which record, why, and the ways out (fix, resend, discard). */
export function RejectedMutationCard({ entry, onDone }: RejectedMutationCardProps) {
  const { t, i18n } = useTranslation(['attention', 'validation']);
  const client = useDataClient();
  const record = useRecord(entry.entity, entry.recordId);
  const headingId = useId();
  const [mode, setMode] = useState<Mode>({ kind: 'view' });
  // A resend the rules refuse opens the fix form instead of a banner; a full storage is said as such.
  const form = useFormSubmit({ fixKey: null, codeKeys: (code) => [code === 'STORAGE_FULL' ? 'errors.STORAGE_FULL' : 'attention:failed'] });
  const busy = form.busy;
  const serverFields = entry.error?.fields ?? {};
  const fieldEntries = Object.entries(serverFields);
  // SERVER_ERROR: since when the server kept failing on it.
  const since = entry.serverErrorSince === undefined ? '' : formatDateTime(new Date(entry.serverErrorSince).toISOString(), i18n.language);
  const canFix = fieldEntries.some(([path]) => fieldKind(path, getAtPath(entry.data, path)) !== null);

  async function run(action: () => Promise<void>, message: string) {
    const done = await form.run(async () => {
      try {
        await action();
      } catch (error) {
        const failure = describeWriteFailure(error);
        if (failure.kind === 'invalid') setMode({ kind: 'fix', errors: failure.fields });
        throw error;
      }
    });
    if (done) onDone(message);
  }

  return (
    <article className="gw-card gw-attention" aria-labelledby={headingId}>
      <h2 id={headingId} className="gw-attention__title">
        {t(`attention:entity.${entry.entity}`)} · {t(`attention:op.${entry.op}`)}
      </h2>
      <dl className="gw-attention__facts">
        <dt>{t('attention:record')}</dt>
        <dd>{recordLabel(t, entry, record)}</dd>
        <dt>{t('attention:reason')}</dt>
        <dd>
          {t(errorKeys(entry.error?.code), { since })}
          {fieldEntries.length > 0 ? (
            <ul className="gw-field-errors">
              {fieldEntries.map(([path, key]) => (
                <li key={path}>
                  {fieldLabel(t, path)}: {t(validationKeys(key))}
                </li>
              ))}
            </ul>
          ) : null}
        </dd>
      </dl>
      <FormFailure form={form} />
      {mode.kind === 'fix' ? (
        <FixMutationForm
          entry={entry}
          initialErrors={mode.errors}
          onCancel={() => setMode({ kind: 'view' })}
          onResent={() => onDone(t('attention:resent'))}
        />
      ) : mode.kind === 'confirm-discard' ? (
        <ConfirmPanel
          message={t('attention:discardConfirm')}
          confirmLabel={t('attention:discardYes')}
          cancelLabel={t('common.cancel')}
          busy={busy}
          onConfirm={() => void run(() => client.discard(entry.mutationId), t('attention:discarded'))}
          onCancel={() => setMode({ kind: 'view' })}
        />
      ) : (
        <div className="gw-actions">
          {canFix ? (
            <Button onClick={() => setMode({ kind: 'fix', errors: serverFields })} disabled={busy}>
              {t('attention:fix')}
            </Button>
          ) : null}
          <Button
            variant="secondary"
            onClick={() => void run(() => client.resend(entry.mutationId), t('attention:resent'))}
            disabled={busy}
            busy={busy}
          >
            {t('attention:resend')}
          </Button>
          <Button variant="danger" onClick={() => setMode({ kind: 'confirm-discard' })} disabled={busy}>
            {t('attention:discard')}
          </Button>
        </div>
      )}
    </article>
  );
}
