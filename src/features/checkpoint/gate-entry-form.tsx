import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDataClient, type LocalRecord, type ResidentSearch } from '../../data';
import { errorKeys, validationKeys } from '../../shared/i18n/message-keys';
import { Banner } from '../../shared/ui/banner';
import { Button } from '../../shared/ui/button';
import { FormFailure } from '../../shared/ui/form-failure';
import { useFormSubmit } from '../../shared/ui/use-form-submit';
import { describeWriteFailure } from '../../shared/write-failure';
import { FourChecks, TEMPERATURE_INPUT_NAME } from './four-checks';
import type { Direction } from './gate-choice-store';
import {
  detailsRecorded,
  effectiveOutcome,
  EMPTY_ENTRY,
  EMPTY_VISITOR,
  entryData,
  fourChecksDone,
  mustStop,
  referralReport,
  temperatureProblem,
  visitorComplete,
  validTemperature,
  type GateEntryState,
} from './gate-entry';
import { OutcomeFields } from './outcome-fields';
import { residentLabel } from './person-label';
import { PersonPicker } from './person-picker';
import { VisitorFields } from './visitor-fields';

export interface GateEntryFormProps {
  checkpointId: string;
  direction: Direction;
  gate: ResidentSearch;
  recent: readonly LocalRecord<'resident'>[];
  /** After the entry (and a referral's fever report) is stored. */
  onSaved: (entryId: string, feverReportId: string | null, name: string) => void;
}

/** What still stands between the entry and Save, as translation keys. */
function missingChecks(entry: GateEntryState, details: boolean): string[] {
  const missing: string[] = [];
  if (entry.person.kind === 'none') missing.push('checkpoint:person.heading');
  if (!entry.idChecked) missing.push('checkpoint:checks.identity');
  if (!details) missing.push('checkpoint:checks.details');
  if (!entry.maskWorn) missing.push('checkpoint:checks.mask');
  if (validTemperature(entry.temperature) === null) missing.push('checkpoint:checks.temperature');
  return missing;
}

/**
 * Enter saves only from the Temperature field (its keypad key reads "Go"), the last thing typed for a
 * resident. In the search boxes, visitor fields and the reason it does nothing: the worker may be
 * mid-way, and the typed text stays. Buttons keep their own Enter; an input method's Enter is left alone.
 */
function enterSavesOnlyFromTemperature(event: KeyboardEvent<HTMLFormElement>) {
  if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
  const { target } = event;
  if (target instanceof HTMLInputElement && target.name !== TEMPERATURE_INPUT_NAME) event.preventDefault();
}

/**
 * One person at the gate: who, the four checks, the outcome; saved in one write, then cleared for the next.
 *
 * The entry is one <form> whose only submit button is "Save entry" (disabled until the four checks are
 * answered), so a repeat resident takes 4 taps plus typing the temperature: their name under "Recent" (1),
 * "Identity asked" (2), "Details recorded" (3), "Mask worn" (4), then the temperature and the keypad's
 * Go/Enter, which submits. No check is ever pressed for the worker: each toggle is pressed only by a tap.
 */
export function GateEntryForm({ checkpointId, direction, gate, recent, onSaved }: GateEntryFormProps) {
  const { t } = useTranslation('checkpoint');
  const client = useDataClient();
  const [entry, setEntry] = useState<GateEntryState>(EMPTY_ENTRY);
  // A second Enter or tap while a save runs does nothing (the hook's run is taken at once), so no entry is stored twice.
  const form = useFormSubmit({ fixKey: 'checkpoint:fixErrors' });
  const [referralFailure, setReferralFailure] = useState<string | null>(null);
  const [showVisitorErrors, setShowVisitorErrors] = useState(false);
  const [served, setServed] = useState(0);
  const findRef = useRef<HTMLInputElement>(null);
  const missingId = useId();
  const update = (changes: Partial<GateEntryState>) => setEntry((was) => ({ ...was, ...changes }));

  useEffect(() => {
    if (served > 0) findRef.current?.focus();
  }, [served]);

  const { person } = entry;
  const stop = mustStop(entry);
  const outcome = effectiveOutcome(entry);
  const details = detailsRecorded(entry);
  const ready = fourChecksDone(entry);

  function pressDetails() {
    if (person.kind === 'visitor' && !visitorComplete(person.visitor)) {
      // Shown unpressed: not pressed now, and no earlier press comes back once the fields are fixed.
      setShowVisitorErrors(true);
      update({ infoRecorded: false });
      return;
    }
    update({ infoRecorded: !details });
  }

  /** The entry is stored: an empty form for the next person (checkpoint and direction stay). */
  function clearForNext(entryId: string, feverReportId: string | null, name: string) {
    setEntry(EMPTY_ENTRY);
    setShowVisitorErrors(false);
    setServed((n) => n + 1);
    onSaved(entryId, feverReportId, name);
  }

  async function save() {
    if (form.busy || !ready) return;
    setReferralFailure(null);
    if (outcome === null) {
      form.fail([], { outcome: ['checkpoint:outcome.choose'] });
      return;
    }
    const data = entryData(entry, checkpointId, direction, outcome, new Date().toISOString());
    if (!data) return;
    let entryId = '';
    let reportId: string | null = null;
    let reportFailure: unknown = null;
    const stored = await form.run(async () => {
      entryId = await client.create('checkpoint_entry', data);
      if (outcome !== 'referred') return;
      try {
        reportId = await client.create('fever_report', referralReport(data, entryId, new Date().toISOString()));
      } catch (error) {
        // The entry is stored; only the referral's fever report failed. Do not store the entry twice.
        reportFailure = error;
      }
    });
    if (!stored) return;
    clearForNext(entryId, reportId, data.name);
    if (reportFailure !== null) {
      const described = describeWriteFailure(reportFailure);
      setReferralFailure(t('checkpoint:referralFailed', { reason: t(described.kind === 'failed' ? errorKeys(described.code) : 'checkpoint:fixErrors') }));
    }
  }

  const message = (field: string): string | null => {
    const keys = form.fieldError(field);
    return keys ? t(keys) : null;
  };
  const typedTemperatureError = temperatureProblem(entry.temperature);
  const temperatureError = typedTemperatureError ? t(validationKeys(typedTemperatureError)) : message('temperature');

  return (
    <form className="gw-gate-form" noValidate onSubmit={form.handle(save)} onKeyDown={enterSavesOnlyFromTemperature}>
      <FormFailure form={form} />
      {referralFailure ? <Banner tone="error">{referralFailure}</Banner> : null}
      <section className="gw-gate-who" aria-label={t('checkpoint:person.heading')}>
        {person.kind === 'none' ? (
          <PersonPicker
            key={served}
            gate={gate}
            recent={recent}
            findRef={findRef}
            onResident={(resident) => update({ person: { kind: 'resident', resident }, infoRecorded: false })}
            onVisitor={() => update({ person: { kind: 'visitor', visitor: EMPTY_VISITOR }, infoRecorded: false })}
          />
        ) : (
          <div className="gw-card gw-gate-card">
            <p className="gw-gate-card__name">
              {person.kind === 'resident' ? residentLabel(t, person.resident, gate.records) : t('checkpoint:visitor.heading')}
            </p>
            <Button
              variant="secondary"
              onClick={() => {
                setShowVisitorErrors(false);
                update({ person: { kind: 'none' }, infoRecorded: false });
              }}
            >
              {t('checkpoint:person.change')}
            </Button>
          </div>
        )}
        {person.kind === 'visitor' ? (
          <VisitorFields
            visitor={person.visitor}
            onChange={(visitor) => update({ person: { kind: 'visitor', visitor } })}
            gate={gate}
            showAll={showVisitorErrors}
            saveErrors={form.fieldErrors}
          />
        ) : null}
      </section>
      <FourChecks
        idChecked={entry.idChecked}
        infoRecorded={details}
        maskWorn={entry.maskWorn}
        temperature={entry.temperature}
        healthCode={entry.healthCode}
        temperatureError={temperatureError}
        detailsHint={person.kind === 'visitor' && !details ? t('checkpoint:checks.detailsVisitor') : null}
        onIdChecked={() => update({ idChecked: !entry.idChecked })}
        onInfoRecorded={pressDetails}
        onMaskWorn={() => update({ maskWorn: !entry.maskWorn })}
        onTemperature={(temperature) => update({ temperature })}
        onHealthCode={(healthCode) => update({ healthCode })}
      />
      <OutcomeFields
        outcome={outcome}
        mustStop={stop}
        reason={entry.reason}
        outcomeError={message('outcome')}
        reasonError={message('reason')}
        onOutcome={(chosen) => {
          update({ outcome: chosen });
          form.clearField('outcome');
        }}
        onReason={(reason) => update({ reason })}
      />
      <Button type="submit" block className="gw-gate-save" disabled={!ready || form.busy} busy={form.busy} aria-describedby={ready ? undefined : missingId}>
        {t('checkpoint:save')}
      </Button>
      {ready ? null : (
        <p id={missingId} className="gw-hint gw-gate-missing">
          {t('checkpoint:missing', { list: missingChecks(entry, details).map((key) => t(key)).join(t('checkpoint:listSeparator')) })}
        </p>
      )}
    </form>
  );
}
