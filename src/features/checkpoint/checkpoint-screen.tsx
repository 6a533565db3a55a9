import { useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { everyRecord, useDataClient, useRecords, useResidentSearch, type LocalRecord } from '../../data';
import { errorKeys } from '../../shared/i18n/message-keys';
import { describeWriteFailure } from '../../shared/write-failure';
import { Banner } from '../../shared/ui/banner';
import { PageLayout } from '../../shared/ui/page-layout';
import { useGateChoice } from './gate-choice-store';
import { GateChoiceFields } from './gate-choice-fields';
import { GateEntryForm } from './gate-entry-form';
import { LastEntries } from './last-entries';
import { recentResidents, useTodayEntries } from './use-today-entries';
import { useUndoWindow } from './use-undo-window';
import './checkpoint.css';

/** Residents offered in the "Recent" row. */
const RECENT_LIMIT = 8;

/**
 * The gate register (/checkpoint): choose the checkpoint and direction once, then take one person after
 * another (who, the four checks, the outcome), each saved in one local write; the last entries below, with
 * an undo for a few seconds.
 */
export function CheckpointScreen() {
  const { t } = useTranslation('checkpoint');
  const client = useDataClient();
  const checkpoints = useRecords(everyRecord('checkpoint'));
  const { checkpointId: storedId, direction, setCheckpoint, setDirection } = useGateChoice();
  const known = checkpoints?.some((checkpoint) => checkpoint.id === storedId) ?? false;
  const checkpointId = known ? storedId : '';
  const gate = useResidentSearch();
  const entries = useTodayEntries(checkpointId);
  const recent = useMemo(() => recentResidents(entries ?? [], gate.records.residents, RECENT_LIMIT), [entries, gate.records]);
  const undo = useUndoWindow();
  const undoable = useMemo(() => new Set(undo.saves.map((save) => save.entryId)), [undo.saves]);
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState<string | null>(null);

  async function undoEntry(entry: LocalRecord<'checkpoint_entry'>) {
    const save = undo.saves.find((candidate) => candidate.entryId === entry.id);
    if (!save) return;
    const reason = t('checkpoint:last.undoReason');
    try {
      // The referral's report first: a failure then leaves the entry and its report both standing, and the
      // undo stays offered to try again (voiding a record twice does nothing).
      if (save.feverReportId) await client.voidRecord('fever_report', save.feverReportId, reason);
      await client.voidRecord('checkpoint_entry', entry.id, reason);
      undo.remove(entry.id);
      setFailure(null);
    } catch (error) {
      const described = describeWriteFailure(error);
      setFailure(t(described.kind === 'failed' ? errorKeys(described.code) : errorKeys(null)));
    }
  }

  return (
    <PageLayout title={t('checkpoint:title')} className="gw-gate">
      <GateChoiceFields
        checkpoints={checkpoints ?? []}
        checkpointId={checkpointId}
        direction={direction}
        onCheckpoint={setCheckpoint}
        onDirection={setDirection}
      />
      {checkpoints && checkpoints.length === 0 ? <p className="gw-empty">{t('checkpoint:noCheckpoints')}</p> : null}
      <p className="gw-gate-status" role="status" aria-live="polite">
        {status}
      </p>
      {failure ? <Banner tone="error">{failure}</Banner> : null}
      {checkpointId ? (
        <>
          <GateEntryForm
            checkpointId={checkpointId}
            direction={direction}
            gate={gate}
            recent={recent}
            onSaved={(entryId, feverReportId, name) => {
              undo.add(entryId, feverReportId);
              // Empty the live region first, so the same name saved twice in a row is announced again.
              flushSync(() => setStatus(''));
              setStatus(t('checkpoint:saved', { name }));
            }}
          />
          <LastEntries entries={entries ?? []} undoable={undoable} onUndo={(entry) => void undoEntry(entry)} />
        </>
      ) : null}
      <Link className="gw-button gw-button--quiet" to="/checkpoint/shift">
        {t('checkpoint:shiftView')}
      </Link>
    </PageLayout>
  );
}
