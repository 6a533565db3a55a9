import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeWriteFailure, type LocalRecord } from '../../data/data-client';
import { useDataClient } from '../../data/hooks/data-client-context';
import { VISIT_OUTCOMES, type VisitCheck, type VisitOutcome } from '../../domain/entities/visit';
import { checkTemperature } from '../../domain/temperature';
import { errorKeys, validationKeys } from '../../shared/i18n/message-keys';
import { Banner } from '../../shared/ui/banner';
import { Button } from '../../shared/ui/button';
import { ChoiceGroup } from '../../shared/ui/choice-group';
import { readTemperature } from '../../shared/ui/temperature-field';
import { TextField } from '../../shared/ui/text-field';
import { useUnsavedInput } from '../../shared/ui/use-unsaved-input';
import { textOf } from '../../shared/text-of';
import { EMPTY_ENTRY, entryIsEmpty, ResidentCheckFields, type CheckEntry } from './resident-check-fields';

export interface VisitFormProps {
  householdId: string;
  /** The residents who still live there, in display order. */
  residents: readonly LocalRecord[];
  /** Called once the visit is stored on this phone. */
  onSaved: (visitId: string, visit: { outcome: VisitOutcome; checks: VisitCheck[] }) => void;
}

type Errors = Record<string, string[]>;

/** The checks to save, or the error keys per resident id; residents left empty are not at home. */
function buildChecks(residents: readonly LocalRecord[], entries: Record<string, CheckEntry>): { checks: VisitCheck[]; errors: Errors } {
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

/** Field errors of a failed create, keyed like the form's own: resident id for a check, else the field. */
function errorsFromFields(fields: Record<string, string>, checks: readonly VisitCheck[]): Errors {
  const errors: Errors = {};
  for (const [path, key] of Object.entries(fields)) {
    const match = /^checks\.(\d+)\./.exec(path);
    const residentId = match ? checks[Number(match[1])]?.residentId : undefined;
    errors[residentId ?? path.split('.')[0] ?? path] ??= validationKeys(key);
  }
  return errors;
}

/**
 * Outcome, each resident's temperature and symptoms, notes; "Save visit" stores it in one tap
 * (checks run in memory, then one create).
 */
export function VisitForm({ householdId, residents, onSaved }: VisitFormProps) {
  const { t } = useTranslation('visit');
  const client = useDataClient();
  const residentsTitleId = useId();
  const [outcome, setOutcome] = useState<VisitOutcome>('visited');
  const [entries, setEntries] = useState<Record<string, CheckEntry>>({});
  const [notes, setNotes] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const typed = outcome !== 'visited' || notes.trim() !== '' || Object.values(entries).some((entry) => !entryIsEmpty(entry));
  useUnsavedInput(typed && !saved);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const built = outcome === 'visited' ? buildChecks(residents, entries) : { checks: [], errors: {} };
    if (Object.keys(built.errors).length > 0) {
      setErrors(built.errors);
      setFailure(['visit:form.fixErrors']);
      return;
    }
    const data: Record<string, unknown> = { householdId, visitedAt: new Date().toISOString(), outcome, checks: built.checks };
    if (notes.trim() !== '') data.notes = notes;
    setBusy(true);
    try {
      const id = await client.create('visit', data);
      setSaved(true);
      onSaved(id, { outcome, checks: built.checks });
    } catch (error) {
      const described = describeWriteFailure(error);
      if (described.kind === 'invalid') {
        const next = errorsFromFields(described.fields, built.checks);
        setErrors(next);
        // A field the form does not show (e.g. the time) is said in the banner itself.
        const shown = new Set(['outcome', 'checks', 'notes', ...residents.map((resident) => resident.id)]);
        const hidden = Object.entries(next).find(([key]) => !shown.has(key));
        setFailure(hidden ? hidden[1] : ['visit:form.fixErrors']);
      } else {
        setFailure(errorKeys(described.code));
      }
      setBusy(false);
    }
  }

  const message = (key: string) => {
    const keys = errors[key];
    return keys ? t(keys) : null;
  };
  const outcomeChoices = VISIT_OUTCOMES.map((value) => ({ value, label: t(`visit:outcome.${value}`) }));

  return (
    <form className="gw-form" onSubmit={(event) => void submit(event)} noValidate>
      {failure ? <Banner tone="error">{t(failure)}</Banner> : null}
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
                    name={textOf(resident.name)}
                    entry={entries[resident.id] ?? EMPTY_ENTRY}
                    onChange={(entry) => setEntries((all) => ({ ...all, [resident.id]: entry }))}
                    error={message(resident.id)}
                  />
                ))}
              </ul>
            </>
          )}
          {message('checks') ? <p className="gw-field__error">{message('checks')}</p> : null}
        </section>
      ) : null}
      <TextField label={t('visit:form.notes')} name="notes" autoComplete="off" value={notes} onChange={(event) => setNotes(event.target.value)} error={message('notes')} />
      <Button type="submit" block disabled={busy} busy={busy}>
        {busy ? t('visit:form.saving') : t('visit:form.save')}
      </Button>
    </form>
  );
}
