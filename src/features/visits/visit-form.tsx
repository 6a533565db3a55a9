import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDataClient, type LocalRecord } from '../../data';
import { VISIT_OUTCOMES, type VisitCheck, type VisitOutcome } from '../../domain/entities/visit';
import { checkTemperature } from '../../domain/temperature';
import { validationKeys } from '../../shared/i18n/message-keys';
import { Button } from '../../shared/ui/button';
import { ChoiceGroup } from '../../shared/ui/choice-group';
import { FormFailure } from '../../shared/ui/form-failure';
import { NotesField } from '../../shared/ui/notes-field';
import { readTemperature } from '../../shared/ui/temperature-field';
import { useFormSubmit } from '../../shared/ui/use-form-submit';
import { useUnsavedInput } from '../../shared/ui/use-unsaved-input';
import { EMPTY_ENTRY, entryIsEmpty, ResidentCheckFields, type CheckEntry } from './resident-check-fields';

export interface VisitFormProps {
  householdId: string;
  /** The residents who still live there, in display order. */
  residents: readonly LocalRecord<'resident'>[];
  /** The open home monitorings of residents, by resident id: a check of theirs is saved as their follow-up too. */
  monitorings?: ReadonlyMap<string, { id: string; day: number; total: number }>;
  /** Called once the visit is stored on this phone. */
  onSaved: (visitId: string, visit: { outcome: VisitOutcome; checks: VisitCheck[] }) => void;
}

type Errors = Record<string, string[]>;

/** The checks to save, or the error keys per resident id; residents left empty are not at home. */
function buildChecks(residents: readonly LocalRecord<'resident'>[], entries: Record<string, CheckEntry>): { checks: VisitCheck[]; errors: Errors } {
  const checks: VisitCheck[] = [];
  const errors: Errors = {};
  for (const resident of residents) {
    const entry = entries[resident.id] ?? EMPTY_ENTRY;
    if (entryIsEmpty(entry)) continue;
    const temperature = readTemperature(entry.temperature);
    if (temperature !== null) {
      const problem = Number.isNaN(temperature) ? 'temperature_range' : checkTemperature(temperature);
      if (problem) {
        errors[resident.id] = validationKeys(problem);
        continue;
      }
    }
    checks.push({ residentId: resident.id, ...(temperature === null ? {} : { temperature }), symptoms: entry.symptoms });
  }
  return { checks, errors };
}

/** The form's field a wrong field of a failed create belongs to: the resident for a check, else the top field. */
function fieldOfPath(path: string, checks: readonly VisitCheck[]): string {
  const match = /^checks\.(\d+)\./.exec(path);
  const residentId = match ? checks[Number(match[1])]?.residentId : undefined;
  return residentId ?? path.split('.')[0] ?? path;
}

/**
 * Outcome, each resident's temperature and symptoms, notes; "Save visit" stores it in one tap
 * (checks run in memory, then one create).
 */
export function VisitForm({ householdId, residents, monitorings, onSaved }: VisitFormProps) {
  const { t } = useTranslation('visit');
  const client = useDataClient();
  const residentsTitleId = useId();
  const [outcome, setOutcome] = useState<VisitOutcome>('visited');
  const [entries, setEntries] = useState<Record<string, CheckEntry>>({});
  const [notes, setNotes] = useState('');
  // The checks of the last save: a refused one's path (checks.2.temperature) names its resident.
  const sentChecks = useRef<readonly VisitCheck[]>([]);
  const form = useFormSubmit({
    fixKey: 'visit:form.fixErrors',
    fieldOf: (path) => fieldOfPath(path, sentChecks.current),
    shownFields: ['outcome', 'checks', 'notes', ...residents.map((resident) => resident.id)],
  });
  const [saved, setSaved] = useState(false);
  const typed = outcome !== 'visited' || notes.trim() !== '' || Object.values(entries).some((entry) => !entryIsEmpty(entry));
  useUnsavedInput(typed && !saved);

  async function submit() {
    const built = outcome === 'visited' ? buildChecks(residents, entries) : { checks: [], errors: {} };
    if (Object.keys(built.errors).length > 0) {
      form.fail(['visit:form.fixErrors'], built.errors);
      return;
    }
    sentChecks.current = built.checks;
    let id = '';
    const stored = await form.run(async () => {
      const visitedAt = new Date().toISOString();
      const visit = { householdId, visitedAt, outcome, checks: built.checks, notes: notes.trim() === '' ? undefined : notes };
      // Residents under home monitoring checked with a temperature: their follow-up from the same reading, in the same write.
      const followUps = built.checks.flatMap((check) => {
        const monitoring = monitorings?.get(check.residentId);
        return monitoring && check.temperature !== undefined ? [{ monitoringId: monitoring.id, residentId: check.residentId }] : [];
      });
      id = followUps.length > 0 ? await client.recordVisit({ visit, followUps }) : await client.create('visit', visit);
    });
    if (!stored) return;
    setSaved(true);
    onSaved(id, { outcome, checks: built.checks });
  }

  const message = (key: string) => {
    const keys = form.fieldError(key);
    return keys ? t(keys) : null;
  };
  const outcomeChoices = VISIT_OUTCOMES.map((value) => ({ value, label: t(`visit:outcome.${value}`) }));

  return (
    <form className="gw-form" onSubmit={form.handle(submit)} noValidate>
      <FormFailure form={form} />
      <ChoiceGroup<VisitOutcome> legend={t('visit:outcome.legend')} choices={outcomeChoices} value={outcome} onChange={setOutcome} error={message('outcome')} />
      {outcome === 'visited' ? (
        <section className="gw-section" aria-labelledby={residentsTitleId}>
          <h2 id={residentsTitleId}>{t('visit:form.residents')}</h2>
          {residents.length === 0 ? (
            <p className="gw-empty">{t('visit:form.noResidents')}</p>
          ) : (
            <>
              <p className="gw-hint">{t('visit:form.residentsHint')}</p>
              <ul className="gw-list">
                {residents.map((resident) => (
                  <ResidentCheckFields
                    key={resident.id}
                    name={resident.name}
                    entry={entries[resident.id] ?? EMPTY_ENTRY}
                    onChange={(entry) => setEntries((all) => ({ ...all, [resident.id]: entry }))}
                    error={message(resident.id)}
                    monitoring={(() => {
                      const open = monitorings?.get(resident.id);
                      return open ? t('visit:form.underMonitoring', { n: open.day, total: open.total }) : undefined;
                    })()}
                  />
                ))}
              </ul>
            </>
          )}
          {message('checks') ? <p className="gw-field__error">{message('checks')}</p> : null}
        </section>
      ) : null}
      <NotesField label={t('visit:form.notes')} rows={2} value={notes} onChange={setNotes} error={message('notes')} />
      <Button type="submit" block disabled={form.busy} busy={form.busy}>
        {form.busy ? t('visit:form.saving') : t('visit:form.save')}
      </Button>
    </form>
  );
}
