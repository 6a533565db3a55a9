/**
 * How a monitoring ends or goes on: "Release" on its last day after its checks (or once the period is
 * over); "End early" with a reason (moved to hospital, moved out, started in error) and a note; "Extend"
 * by n days with a reason. Each is a patch judged first by the rules the server applies.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDataClient, type LocalRecord } from '../../data';
import { MONITORING_END_KINDS, type HomeMonitoring, type MonitoringEndKind } from '../../domain/entities/home-monitoring';
import { monitoringChangeProblem, MONITORING_TIME_ZONE } from '../../domain/monitoring/monitoring-rules';
import type { MonitoringStatus } from '../../domain/monitoring/monitoring-schedule';
import { validationKeys } from '../../shared/i18n/message-keys';
import { todayIn } from '../../shared/local-date';
import { Button } from '../../shared/ui/button';
import { FormFailure } from '../../shared/ui/form-failure';
import { NotesField } from '../../shared/ui/notes-field';
import { SelectField } from '../../shared/ui/select-field';
import { TextField } from '../../shared/ui/text-field';
import { useFormSubmit } from '../../shared/ui/use-form-submit';

type Changes = Partial<Pick<HomeMonitoring, 'endedOn' | 'endKind' | 'endNote' | 'extensions'>>;

function useMonitoringPatch(monitoring: LocalRecord<'home_monitoring'>, shownFields: readonly string[]) {
  const client = useDataClient();
  const form = useFormSubmit({ fixKey: null, shownFields });
  async function save(changes: Changes): Promise<boolean> {
    const problem = monitoringChangeProblem(monitoring, { ...monitoring, ...changes });
    if (problem) {
      const keys = validationKeys(problem.key);
      if (shownFields.includes(problem.field)) form.fail([], { [problem.field]: keys });
      else form.fail(keys);
      return false;
    }
    return form.run(() => client.patch('home_monitoring', monitoring.id, changes));
  }
  return { form, save };
}

const EARLY_KINDS = MONITORING_END_KINDS.filter((kind): kind is Exclude<MonitoringEndKind, 'released'> => kind !== 'released');

function EndEarlyForm({ monitoring, onDone }: { monitoring: LocalRecord<'home_monitoring'>; onDone: () => void }) {
  const { t } = useTranslation(['monitoring', 'validation']);
  const [kind, setKind] = useState<string>('');
  const [note, setNote] = useState('');
  const { form, save } = useMonitoringPatch(monitoring, ['endKind', 'endNote']);
  const kindError = form.fieldError('endKind');
  const noteError = form.fieldError('endNote');
  async function submit() {
    const chosen = EARLY_KINDS.find((k) => k === kind);
    if (!chosen) return form.fail([], { endKind: ['validation:end_kind_invalid'] });
    if (note.trim() === '') return form.fail([], { endNote: ['validation:reason_required'] });
    if (await save({ endedOn: todayIn(MONITORING_TIME_ZONE), endKind: chosen, endNote: note.trim() })) onDone();
  }
  return (
    <form className="gw-monitoring__form gw-card" aria-label={t('monitoring:end.endEarly')} onSubmit={form.handle(submit)} noValidate>
      <FormFailure form={form} ns="monitoring" />
      <SelectField
        label={t('monitoring:end.kind')}
        value={kind}
        placeholder={t('monitoring:end.kind')}
        options={EARLY_KINDS.map((k) => ({ value: k, label: t(`monitoring:end.kinds.${k}`) }))}
        onChange={(event) => setKind(event.target.value)}
        error={kindError ? t(kindError) : null}
      />
      <NotesField label={t('monitoring:end.note')} name="endNote" rows={2} value={note} onChange={setNote} error={noteError ? t(noteError) : null} />
      <div className="gw-monitoring__actions">
        <Button type="submit" variant="danger" busy={form.busy} disabled={form.busy}>
          {t('monitoring:end.submitEnd')}
        </Button>
        <Button variant="quiet" onClick={onDone}>
          {t('monitoring:end.cancel')}
        </Button>
      </div>
    </form>
  );
}

function ExtendForm({ monitoring, onDone }: { monitoring: LocalRecord<'home_monitoring'>; onDone: () => void }) {
  const { t } = useTranslation(['monitoring', 'validation']);
  const [days, setDays] = useState('7');
  const [reason, setReason] = useState('');
  const { form, save } = useMonitoringPatch(monitoring, ['extensions', 'extendReason']);
  const daysError = form.fieldError('extensions');
  const reasonError = form.fieldError('extendReason');
  async function submit() {
    const count = Number(days);
    if (!Number.isInteger(count) || count < 1 || count > 60) return form.fail([], { extensions: ['validation:days_invalid'] });
    if (reason.trim() === '') return form.fail([], { extendReason: ['validation:reason_required'] });
    const extension = { days: count, reason: reason.trim(), at: new Date().toISOString() };
    if (await save({ extensions: [...(monitoring.extensions ?? []), extension] })) onDone();
  }
  return (
    <form className="gw-monitoring__form gw-card" aria-label={t('monitoring:end.extend')} onSubmit={form.handle(submit)} noValidate>
      <FormFailure form={form} ns="monitoring" />
      <TextField label={t('monitoring:end.extendDays')} inputMode="numeric" value={days} onChange={(event) => setDays(event.target.value)} error={daysError ? t(daysError) : null} />
      <NotesField label={t('monitoring:end.extendReason')} name="extendReason" rows={2} value={reason} onChange={setReason} error={reasonError ? t(reasonError) : null} />
      <div className="gw-monitoring__actions">
        <Button type="submit" busy={form.busy} disabled={form.busy}>
          {t('monitoring:end.submitExtend')}
        </Button>
        <Button variant="quiet" onClick={onDone}>
          {t('monitoring:end.cancel')}
        </Button>
      </div>
    </form>
  );
}

export function EndMonitoringPanel({ monitoring, status }: { monitoring: LocalRecord<'home_monitoring'>; status: MonitoringStatus }) {
  const { t } = useTranslation(['monitoring', 'validation']);
  const [open, setOpen] = useState<'end' | 'extend' | null>(null);
  const release = useMonitoringPatch(monitoring, []);
  if (monitoring.endedOn !== undefined) return null;
  return (
    <section className="gw-section" aria-label={t('monitoring:end.release')}>
      <FormFailure form={release.form} ns="monitoring" />
      {status.releasable ? (
        <Button block busy={release.form.busy} disabled={release.form.busy} onClick={() => void release.save({ endedOn: todayIn(MONITORING_TIME_ZONE), endKind: 'released' })}>
          {t('monitoring:end.release')}
        </Button>
      ) : (
        <p className="gw-hint">{t('monitoring:end.releaseHint')}</p>
      )}
      {open === 'end' ? <EndEarlyForm monitoring={monitoring} onDone={() => setOpen(null)} /> : null}
      {open === 'extend' ? <ExtendForm monitoring={monitoring} onDone={() => setOpen(null)} /> : null}
      {open === null ? (
        <div className="gw-monitoring__actions">
          <Button variant="secondary" onClick={() => setOpen('extend')}>
            {t('monitoring:end.extend')}
          </Button>
          <Button variant="secondary" onClick={() => setOpen('end')}>
            {t('monitoring:end.endEarly')}
          </Button>
        </div>
      ) : null}
    </section>
  );
}
