/**
 * /residents/:residentId/monitoring/new, "Start home monitoring": start date (today by default), reason
 * (fever report, returnee, close contact, other), length (the community's setting, 14 days unless set)
 * and checks per day (2: morning and afternoon). Opened from a fever report ("?report=<id>") it is linked
 * to it. A resident already under monitoring is told so, with the way to it.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { communitySettingsOf, monitoringsOfResident, useDataClient, useRecord, useRecords, useSession } from '../../data';
import { DEFAULT_MONITORING_DAYS, MONITORING_REASONS, type MonitoringReason } from '../../domain/entities/home-monitoring';
import { monitoringCreateProblem, MONITORING_TIME_ZONE } from '../../domain/monitoring/monitoring-rules';
import { validationKeys } from '../../shared/i18n/message-keys';
import { todayIn } from '../../shared/local-date';
import { Banner } from '../../shared/ui/banner';
import { Button } from '../../shared/ui/button';
import { ChoiceGroup } from '../../shared/ui/choice-group';
import { DayField } from '../../shared/ui/day-field';
import { FormFailure } from '../../shared/ui/form-failure';
import { NotesField } from '../../shared/ui/notes-field';
import { PageLayout } from '../../shared/ui/page-layout';
import { SelectField } from '../../shared/ui/select-field';
import { TextField } from '../../shared/ui/text-field';
import { useFormSubmit } from '../../shared/ui/use-form-submit';
import './monitoring.css';

type PerDay = 'once' | 'twice';

function StartForm({ resident, feverReportId, defaultDays }: { resident: NonNullable<ReturnType<typeof useRecord<'resident'>>>; feverReportId: string | null; defaultDays: number }) {
  const { t } = useTranslation(['monitoring', 'validation']);
  const client = useDataClient();
  const navigate = useNavigate();
  // Days are the community's (the schedule and the server count them in its time zone).
  const today = todayIn(MONITORING_TIME_ZONE);
  const [startDate, setStartDate] = useState(today);
  const [reason, setReason] = useState<MonitoringReason | ''>(feverReportId ? 'fever_report' : '');
  const [note, setNote] = useState('');
  const [days, setDays] = useState(String(defaultDays));
  const [perDay, setPerDay] = useState<PerDay>('twice');
  const form = useFormSubmit({ fixKey: 'monitoring:start.fixErrors', shownFields: ['startDate', 'reason', 'days', 'reasonNote'] });

  async function save() {
    if (reason === '') return form.fail(['monitoring:start.fixErrors'], { reason: ['validation:reason_invalid'] });
    const count = Number(days);
    if (!Number.isInteger(count) || count < 1 || count > 60) return form.fail(['monitoring:start.fixErrors'], { days: ['validation:days_invalid'] });
    const record = {
      residentId: resident.id,
      householdId: resident.householdId,
      reason,
      ...(note.trim() !== '' ? { reasonNote: note.trim() } : {}),
      ...(feverReportId ? { feverReportId } : {}),
      startDate,
      startedAt: new Date().toISOString(),
      days: count,
      checksPerDay: perDay === 'twice' ? (2 as const) : (1 as const),
    };
    const problem = monitoringCreateProblem(record);
    if (problem) return form.fail(['monitoring:start.fixErrors'], { [problem.field]: validationKeys(problem.key) });
    let id = '';
    const ok = await form.run(async () => {
      id = await client.create('home_monitoring', record);
    });
    if (ok) navigate(`/monitoring/${encodeURIComponent(id)}`, { replace: true });
  }

  const error = (field: string) => {
    const keys = form.fieldError(field);
    return keys ? t(keys) : null;
  };
  return (
    <form className="gw-monitoring__form" aria-label={t('monitoring:start.title')} onSubmit={form.handle(save)} noValidate>
      <FormFailure form={form} ns="monitoring" />
      <p>{t('monitoring:start.person', { name: resident.name })}</p>
      {feverReportId ? <p className="gw-hint">{t('monitoring:start.fromReport', { date: startDate })}</p> : null}
      <DayField label={t('monitoring:start.startDate')} value={startDate} max={today} onChange={setStartDate} />
      <SelectField
        label={t('monitoring:start.reason')}
        value={reason}
        placeholder={t('monitoring:start.reason')}
        options={MONITORING_REASONS.map((value) => ({ value, label: t(`monitoring:reasons.${value}`) }))}
        onChange={(event) => {
          setReason(MONITORING_REASONS.find((value) => value === event.target.value) ?? '');
          form.clearField('reason');
        }}
        error={error('reason')}
      />
      <NotesField label={t('monitoring:start.reasonNote')} name="reasonNote" rows={2} value={note} onChange={setNote} />
      <TextField label={t('monitoring:start.days')} inputMode="numeric" value={days} onChange={(event) => setDays(event.target.value)} error={error('days')} />
      <ChoiceGroup<PerDay>
        legend={t('monitoring:start.checksPerDay')}
        choices={[
          { value: 'twice', label: t('monitoring:start.checksOptions.twice') },
          { value: 'once', label: t('monitoring:start.checksOptions.once') },
        ]}
        value={perDay}
        onChange={setPerDay}
      />
      <Button type="submit" block busy={form.busy} disabled={form.busy}>
        {t('monitoring:start.submit')}
      </Button>
    </form>
  );
}

export function StartMonitoringScreen() {
  const { t } = useTranslation('monitoring');
  const { residentId } = useParams();
  const [search] = useSearchParams();
  const { user } = useSession();
  const resident = useRecord('resident', residentId);
  const monitorings = useRecords(residentId ? monitoringsOfResident(residentId) : null);
  const settings = useRecords(user?.communityId ? communitySettingsOf(user.communityId) : null);
  const open = useMemo(() => monitorings?.find((m) => m.endedOn === undefined), [monitorings]);
  const defaultDays = settings?.find((s) => s.monitoringDays !== undefined)?.monitoringDays ?? DEFAULT_MONITORING_DAYS;

  let body;
  if (resident === null) body = <p className="gw-empty">{t('monitoring:start.notFound')}</p>;
  else if (!resident || !monitorings || !settings) body = <p className="gw-loading">{t('app.loading')}</p>;
  else if (open) {
    body = (
      <Banner tone="info" actions={<Link className="gw-button gw-button--secondary" to={`/monitoring/${encodeURIComponent(open.id)}`}>{t('monitoring:start.open')}</Link>}>
        {t('monitoring:start.alreadyOpen', { date: open.startDate })}
      </Banner>
    );
  } else body = <StartForm resident={resident} feverReportId={search.get('report')} defaultDays={defaultDays} />;
  return <PageLayout title={t('monitoring:start.title')}>{body}</PageLayout>;
}
