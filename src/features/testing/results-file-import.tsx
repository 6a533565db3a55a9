/**
 * "Import results" from the lab's spreadsheet (.xlsx or .csv), read, matched and previewed as the
 * roster import does (the shared spreadsheet pieces): the header row found past title rows, the tube
 * number, result and time columns matched by header and re-matchable, every row checked against the
 * campaign's tubes on this phone and the results standing (New, Updated, Unchanged, Wrong with reasons).
 * "Import" writes the new and updated results in batches; the same file again writes nothing.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { checkLabRows, resultsToWrite, type LabCheck, type LabReason } from '../../domain/testing/result-check';
import { readLabRows, RESULT_FIELDS, RESULT_SHEET } from '../../domain/testing/result-sheet';
import { missingFieldsOf, overrideColumns } from '../../shared/spreadsheet/header-match';
import { Banner } from '../../shared/ui/banner';
import { Button } from '../../shared/ui/button';
import { ColumnMappingFields } from '../../shared/ui/column-mapping-fields';
import { ImportTotals, WrongRowList } from '../../shared/ui/import-preview';
import { SpreadsheetPickFields } from '../../shared/ui/spreadsheet-pick-fields';
import { useSheetImport } from '../../shared/ui/use-sheet-import';
import type { CampaignResultsData } from './results-model';
import { useResultWrites, type ResultWriteState } from './use-result-writes';

/** Wrong rows listed on the screen. */
const SHOWN_WRONG_ROWS = 200;

function useLabReasonText(): (reason: LabReason) => string {
  const { t } = useTranslation('testing');
  return (reason) =>
    t('testing:results.reason', {
      field: t(`testing:results.fields.${reason.field}`),
      message: t(`testing:results.errors.${reason.key}`, { tube: reason.tube ?? '', row: reason.firstRow ?? '' }),
    });
}

function LabPreview({ check }: { check: LabCheck }) {
  const { t } = useTranslation('testing');
  const reasonText = useLabReasonText();
  const { totals } = check;
  const figures = (['new', 'updated', 'unchanged', 'wrong'] as const).map((key) => ({ key, label: t(`testing:results.totals.${key}`), value: totals[key] }));
  const wrong = check.rows.flatMap((checked) =>
    checked.status === 'wrong'
      ? [
          {
            rowNumber: checked.row.rowNumber,
            title: t('testing:results.rowNumber', { row: checked.row.rowNumber }),
            detail: checked.row.tubeText ? ` · ${checked.row.tubeText}` : '',
            reasons: checked.reasons.map(reasonText),
          },
        ]
      : [],
  );
  return (
    <>
      <ImportTotals heading={t('testing:results.previewTitle', { rows: totals.rows })} figures={figures} />
      <WrongRowList
        heading={t('testing:results.wrongTitle', { rows: wrong.length })}
        rows={wrong}
        shown={SHOWN_WRONG_ROWS}
        more={t('testing:results.moreWrong', { rows: wrong.length - SHOWN_WRONG_ROWS })}
      />
    </>
  );
}

function WriteProgress({ state }: { state: ResultWriteState }) {
  const { t } = useTranslation('testing');
  if (state.phase === 'writing') {
    return (
      <div>
        <progress className="gw-results-progress" aria-label={t('testing:results.progress')} max={Math.max(1, state.total)} value={state.done} />
        <p aria-live="polite">{t('testing:results.writing', { done: state.done, total: state.total })}</p>
      </div>
    );
  }
  if (state.phase === 'done') {
    return (
      <Banner tone="success" announce>
        {t('testing:results.done', { n: state.written })}
      </Banner>
    );
  }
  if (state.phase === 'failed') return <Banner tone="error">{t('testing:results.failed')}</Banner>;
  return null;
}

export function ResultsFileImport({ data }: { data: CampaignResultsData }) {
  const { t } = useTranslation('testing');
  const writes = useResultWrites();
  const sheetImport = useSheetImport(RESULT_SHEET, writes.reset);
  const { layout, sheet, changes, onMapping } = sheetImport;
  const mapping = useMemo(() => (layout ? overrideColumns(RESULT_SHEET, layout.auto, changes) : null), [layout, changes]);
  const missing = mapping ? missingFieldsOf(RESULT_SHEET, mapping) : [];
  const check = useMemo(() => {
    if (!sheet || !layout || !mapping || missingFieldsOf(RESULT_SHEET, mapping).length > 0) return null;
    return checkLabRows(readLabRows(sheet.rows, layout.headerIndex, mapping), { tubes: data.tubes, standing: data.standing, now: Date.now() });
  }, [sheet, layout, mapping, data.tubes, data.standing]);
  const toWrite = check ? check.totals.new + check.totals.updated : 0;
  const writing = writes.state.phase === 'writing';
  const written = writes.state.phase === 'done';

  const submit = () => {
    if (!check) return;
    void writes.run(resultsToWrite(check, data.campaignId, new Date().toISOString()));
  };

  return (
    <section className="gw-results-import" aria-labelledby="gw-results-file">
      <h2 id="gw-results-file">{t('testing:results.title')}</h2>
      <p className="gw-hint">{t('testing:results.intro')}</p>
      <SpreadsheetPickFields
        words={{
          file: t('testing:results.file'),
          reading: (name) => t('testing:results.reading', { name }),
          failed: (code, name) => t(`testing:results.fileErrors.${code}`, { name }),
          sheet: t('testing:results.sheet'),
          headerRow: (row, name) => t('testing:results.headerRow', { row, sheet: name }),
        }}
        pick={sheetImport}
        disabled={writing}
      />
      {sheet && layout && mapping ? (
        <ColumnMappingFields
            fields={RESULT_FIELDS.map((field) => ({ field, label: t(`testing:results.fields.${field}`), required: RESULT_SHEET.required.includes(field) }))}
            headerCells={sheet.rows[layout.headerIndex] ?? []}
            mapping={mapping}
            missing={missing}
            onChange={onMapping}
            words={{
              summary: t('testing:results.columns'),
              hint: t('testing:results.columnsHint'),
              notInFile: t('testing:results.notInFile'),
              required: (field) => t('testing:results.requiredField', { field }),
              missing: t('testing:results.fieldMissing'),
            }}
          />
      ) : null}
      {check ? (
        <>
          <LabPreview check={check} />
          {toWrite === 0 && !written ? <p className="gw-empty">{t('testing:results.nothing')}</p> : null}
          <Button block disabled={writing || written || toWrite === 0} busy={writing} onClick={submit}>
            {t('testing:results.submit')}
          </Button>
        </>
      ) : null}
      <WriteProgress state={writes.state} />
    </section>
  );
}
