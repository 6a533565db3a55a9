/**
 * /ledger, "Export": the ledger (台账) as one .xlsx workbook, a sheet per chosen register, made on
 * this phone from the records it holds (offline too): the secretary's community, a grid worker's
 * grids. "Mask ID numbers and phones" is on by default; only the secretary may turn it off, and the
 * file's title row says it is unmasked. A progress bar while the file is written; then the file is
 * saved (downloaded) and, where the phone can, offered to the share sheet. Links to "Import roster".
 */
import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { everyCampaign, everyRecord, useRecords, useRetentionStatus, useSession } from '../../data';
import { addDays, localDateOf } from '../../shared/local-date';
import { Banner } from '../../shared/ui/banner';
import { Button } from '../../shared/ui/button';
import { DayField } from '../../shared/ui/day-field';
import { PageLayout } from '../../shared/ui/page-layout';
import { DATED_REGISTERS, EXPORT_REGISTERS, type ExportRegister } from './export-model';
import { canShareFile, shareFile } from './save-file';
import { useLedgerExport, type ExportState } from './use-ledger-export';
import './ledger.css';

/** Registers a grid worker's phone holds (deliveries are the volunteers' and the secretary's). */
const WORKER_REGISTERS: readonly ExportRegister[] = ['householdRegister', 'visits', 'feverReports', 'checkpointLog', 'dailyReports', 'monitoring', 'testingCampaign'];

function Progress({ state }: { state: ExportState }) {
  const { t } = useTranslation('ledger');
  if (state.phase !== 'reading' && state.phase !== 'writing') return null;
  const percent = state.phase === 'writing' ? Math.round((state.done / Math.max(1, state.total)) * 100) : 0;
  return (
    <div>
      <progress className="gw-ledger-progress" aria-label={t('ledger:export.progress')} max={100} value={percent} />
      <p aria-live="polite">{state.phase === 'reading' ? t('ledger:export.reading') : t('ledger:export.writing', { percent })}</p>
    </div>
  );
}

function Result({ state }: { state: ExportState }) {
  const { t } = useTranslation('ledger');
  if (state.phase === 'failed') return <Banner tone="error">{t('ledger:export.failed')}</Banner>;
  if (state.phase !== 'done') return null;
  const sharable = canShareFile(state.file);
  return (
    <Banner
      tone="success"
      announce
      actions={
        sharable ? (
          <Button variant="secondary" onClick={() => void shareFile(state.file)}>
            {t('ledger:export.share')}
          </Button>
        ) : undefined
      }
    >
      {t('ledger:export.saved', { name: state.file.name, rows: state.rows })}
    </Banner>
  );
}

export function ExportScreen() {
  const { t } = useTranslation('ledger');
  const { user } = useSession();
  const secretary = user?.role === 'secretary' || user?.role === 'admin';
  const available = secretary ? EXPORT_REGISTERS : WORKER_REGISTERS;
  const today = localDateOf();
  const [registers, setRegisters] = useState<ReadonlySet<ExportRegister>>(() => new Set(['householdRegister']));
  const [from, setFrom] = useState(() => addDays(today, -6));
  const [to, setTo] = useState(today);
  const [mask, setMask] = useState(true);
  const checkpoints = useRecords(everyRecord('checkpoint'));
  const campaigns = useRecords(everyCampaign());
  const [chosenCampaign, setChosenCampaign] = useState<string | null>(null);
  const latestCampaign = campaigns?.reduce<(typeof campaigns)[number] | undefined>((latest, c) => (!latest || c.startDate >= latest.startDate ? c : latest), undefined);
  const campaignId = chosenCampaign ?? latestCampaign?.id;
  const [unchecked, setUnchecked] = useState<ReadonlySet<string>>(() => new Set());
  const { state, run } = useLedgerExport();
  const busy = state.phase === 'reading' || state.phase === 'writing';
  const dated = [...registers].some((register) => DATED_REGISTERS.has(register));
  const checkpointIds = useMemo(() => (checkpoints ?? []).map((c) => c.id).filter((id) => !unchecked.has(id)), [checkpoints, unchecked]);
  const maskHintId = useId();

  const toggle = (register: ExportRegister) =>
    setRegisters((current) => {
      const next = new Set(current);
      if (next.has(register)) next.delete(register);
      else next.add(register);
      return next;
    });
  const toggleCheckpoint = (id: string) =>
    setUnchecked((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const rangeWrong = dated && from > to;
  // The phone keeps visits, fever reports and gate entries for the server's retention window (issue 18).
  const retention = useRetentionStatus();
  const retentionDays = retention !== null && retention !== 'failed' ? retention.retentionDays : null;
  const keptSince = retentionDays === null ? null : addDays(today, -(retentionDays - 1));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (registers.size === 0 || rangeWrong) return;
    void run({ registers, range: { from, to }, checkpointIds, mask: secretary ? mask : true, ...(campaignId ? { campaignId } : {}) });
  };

  return (
    <PageLayout title={t('ledger:export.title')}>
      <nav className="gw-ledger-links" aria-label={t('ledger:export.more')}>
        <Link className="gw-button gw-button--secondary" to="/ledger/import">
          {t('ledger:import.title')}
        </Link>
      </nav>
      <form className="gw-ledger-form" onSubmit={submit} noValidate>
        <fieldset className="gw-ledger-checks">
          <legend>{t('ledger:export.registers')}</legend>
          {available.map((register) => (
            <label key={register}>
              <input type="checkbox" checked={registers.has(register)} onChange={() => toggle(register)} disabled={busy} />
              {t(`ledger:registers.${register}`)}
            </label>
          ))}
        </fieldset>
        {registers.size === 0 ? <p className="gw-hint">{t('ledger:export.chooseRegister')}</p> : null}
        {dated ? (
          <div className="gw-ledger-range">
            <DayField label={t('ledger:export.from')} value={from} max={today} onChange={setFrom} />
            <DayField label={t('ledger:export.to')} value={to} max={today} onChange={setTo} />
          </div>
        ) : null}
        {rangeWrong ? <p className="gw-field__error" role="alert">{t('ledger:export.rangeWrong')}</p> : null}
        {dated && keptSince !== null && from < keptSince ? (
          <p className="gw-hint" role="status">
            {t('ledger:export.beforeRetention', { days: retentionDays, since: keptSince })}
          </p>
        ) : null}
        {registers.has('checkpointLog') && checkpoints && checkpoints.length > 1 ? (
          <fieldset className="gw-ledger-checks">
            <legend>{t('ledger:export.checkpoints')}</legend>
            {checkpoints.map((checkpoint) => (
              <label key={checkpoint.id}>
                <input type="checkbox" checked={!unchecked.has(checkpoint.id)} onChange={() => toggleCheckpoint(checkpoint.id)} disabled={busy} />
                {checkpoint.name}
              </label>
            ))}
          </fieldset>
        ) : null}
        {registers.has('testingCampaign') && campaigns && campaigns.length > 1 ? (
          <label className="gw-field">
            <span className="gw-field__label">{t('ledger:export.campaign')}</span>
            <select className="gw-field__input" value={campaignId ?? ''} onChange={(event) => setChosenCampaign(event.target.value)} disabled={busy}>
              {campaigns.map((campaign) => (
                <option key={campaign.id} value={campaign.id}>
                  {campaign.name}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <label className="gw-ledger-check">
          <input
            type="checkbox"
            checked={secretary ? mask : true}
            disabled={!secretary || busy}
            aria-describedby={maskHintId}
            onChange={(event) => setMask(event.target.checked)}
          />
          {t('ledger:export.mask')}
        </label>
        <p id={maskHintId} className="gw-hint">
          {secretary ? t('ledger:export.maskHint') : t('ledger:export.maskRequired')}
        </p>
        {secretary && !mask ? (
          <Banner tone="warning" title={t('ledger:export.unmaskedTitle')}>
            {t('ledger:export.unmaskedBody')}
          </Banner>
        ) : null}
        <Button type="submit" block busy={busy} disabled={busy || registers.size === 0 || rangeWrong}>
          {t('ledger:export.submit')}
        </Button>
      </form>
      <Progress state={state} />
      <Result state={state} />
    </PageLayout>
  );
}
