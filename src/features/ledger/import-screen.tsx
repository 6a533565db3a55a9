/**
 * /ledger/import, "Import roster": the community's old roster (花名册) from an .xlsx or .csv, checked
 * row by row against the register on this phone before anything is written. Columns are matched by
 * their headers and can be re-matched; the preview counts new, updated, unchanged and wrong rows and
 * lists each wrong row by number with its reasons; "Rows with errors" gives them back as .xlsx with a
 * reason column; buildings the register lacks are offered to create (the secretary's). "Import"
 * writes through the outbox (offline too) with a progress bar; the same file again changes nothing.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { everyRecord, useRecords, useSession } from '../../data';
import { buildingKey } from '../../domain/ledger/roster-check';
import { ROSTER_SHEET } from '../../domain/ledger/roster-columns';
import { planRosterImport, planSize } from '../../domain/ledger/roster-plan';
import { localDateOf } from '../../shared/local-date';
import { Banner } from '../../shared/ui/banner';
import { Button } from '../../shared/ui/button';
import { PageLayout } from '../../shared/ui/page-layout';
import { SpreadsheetPickFields } from '../../shared/ui/spreadsheet-pick-fields';
import { useSheetImport } from '../../shared/ui/use-sheet-import';
import { ColumnMappingFields } from './column-mapping';
import { NewBuildingForm } from './new-building-form';
import { newBuildingDefaults, previewRoster, rowsWithErrorsTable } from './roster-import-model';
import { RosterTotals, useReasonText, WrongRows } from './roster-preview';
import { downloadFile, xlsxFile } from './save-file';
import { useTemplateDownload } from './use-template-download';
import { useRosterRegister, useRosterWrites, type ImportState } from './use-roster-import';
import { writeTableWorkbook } from './xlsx/write-table-workbook';
import './ledger.css';

function ImportProgress({ state }: { state: ImportState }) {
  const { t } = useTranslation('ledger');
  if (state.phase === 'writing') {
    const percent = Math.round((state.done / Math.max(1, state.total)) * 100);
    return (
      <div>
        <progress className="gw-ledger-progress" aria-label={t('ledger:import.progress')} max={100} value={percent} />
        <p aria-live="polite">{t('ledger:import.writing', { done: state.done, total: state.total })}</p>
      </div>
    );
  }
  if (state.phase === 'done') {
    return (
      <Banner tone="success" announce>
        {t('ledger:import.done', { ...state.result })}
      </Banner>
    );
  }
  if (state.phase === 'failed') return <Banner tone="error">{t('ledger:import.failed')}</Banner>;
  return null;
}

export function ImportScreen() {
  const { t } = useTranslation('ledger');
  const { user } = useSession();
  const secretary = user?.role === 'secretary' || user?.role === 'admin';
  const { register, refresh } = useRosterRegister();
  const grids = useRecords(everyRecord('grid'));
  const writes = useRosterWrites(refresh);
  const template = useTemplateDownload();
  const reasonText = useReasonText();
  const sheetImport = useSheetImport(ROSTER_SHEET, writes.reset);
  const { file, layout, sheet, changes, onMapping } = sheetImport;
  const today = localDateOf();
  const preview = useMemo(
    () => (sheet && layout && register ? previewRoster(sheet, layout, changes, register, today) : null),
    [sheet, layout, changes, register, today],
  );
  const check = preview?.check ?? null;
  const plan = useMemo(() => (check ? planRosterImport(check.rows) : null), [check]);
  const writing = writes.state.phase === 'writing';


  const downloadWrongRows = async () => {
    if (!sheet || !layout || !check) return;
    const table = rowsWithErrorsTable(sheet, layout, check, { sheetName: t('ledger:import.wrongSheet'), rowNumber: t('ledger:import.rowColumn'), reasons: t('ledger:import.reasonColumn') }, reasonText);
    const base = file.phase === 'read' ? file.name.replace(/\.[^.]*$/, '') : 'roster';
    downloadFile(xlsxFile(await writeTableWorkbook(table), t('ledger:import.wrongFileName', { name: base })));
  };

  return (
    <PageLayout title={t('ledger:import.title')}>
      <nav className="gw-ledger-links" aria-label={t('ledger:export.more')}>
        <Link className="gw-button gw-button--quiet" to="/ledger">
          {t('ledger:export.title')}
        </Link>
        <Button variant="secondary" onClick={() => void template.download()} busy={template.busy}>
          {t('ledger:import.template')}
        </Button>
      </nav>
      <p className="gw-hint">{secretary ? t('ledger:import.introSecretary') : t('ledger:import.introWorker')}</p>
      <SpreadsheetPickFields
        words={{
          file: t('ledger:import.file'),
          reading: (name) => t('ledger:import.reading', { name }),
          failed: (code, name) => t(`ledger:import.errors.${code}`, { name }),
          sheet: t('ledger:import.sheet'),
          headerRow: (row, name) => t('ledger:import.headerRow', { row, sheet: name }),
        }}
        pick={sheetImport}
        disabled={writing}
      />
      {sheet && layout && preview ? (
        <ColumnMappingFields headerCells={sheet.rows[layout.headerIndex] ?? []} mapping={preview.mapping} missing={preview.missing} onChange={onMapping} />
      ) : null}
      {sheet && !register ? <p className="gw-loading">{t('app.loading')}</p> : null}
      {check && plan ? (
        <>
          <RosterTotals check={check} />
          {check.unknownBuildings.length > 0 ? (
            <section aria-labelledby="gw-roster-buildings">
              <h2 id="gw-roster-buildings">{t('ledger:import.unknownBuildings', { n: check.unknownBuildings.length })}</h2>
              {secretary && grids ? (
                check.unknownBuildings.map((name) => (
                  <NewBuildingForm key={buildingKey(name)} name={name} grids={grids} defaults={newBuildingDefaults(check, name)} onCreated={refresh} />
                ))
              ) : (
                <p className="gw-hint">{t('ledger:import.askSecretary', { names: check.unknownBuildings.join('、') })}</p>
              )}
            </section>
          ) : null}
          <WrongRows check={check} />
          {check.totals.wrong > 0 ? (
            <Button variant="secondary" block onClick={() => void downloadWrongRows()}>
              {t('ledger:import.wrongRows')}
            </Button>
          ) : null}
          {planSize(plan) === 0 && writes.state.phase !== 'done' ? <p className="gw-empty">{t('ledger:import.nothing')}</p> : null}
          <Button block disabled={writing || planSize(plan) === 0} busy={writing} onClick={() => void writes.run(plan)}>
            {t('ledger:import.submit')}
          </Button>
        </>
      ) : null}
      <ImportProgress state={writes.state} />
    </PageLayout>
  );
}
