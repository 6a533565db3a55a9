/**
 * "Record check" for one person under home monitoring: the temperature (the visit's keypad and quick
 * buttons: a normal reading is one tap plus "Save check") and symptoms, saved with the time. A fever
 * (≥ 37.3 °C) or a symptom then opens the fever report at once, prefilled with the person and the reading
 * and linked to the check (?check=); once submitted it leads back to this monitoring.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useDataClient, type LocalRecord } from '../../data';
import { SYMPTOMS, type Symptom } from '../../domain/fields';
import { checkTemperature, isFever } from '../../domain/temperature';
import { Banner } from '../../shared/ui/banner';
import { Button } from '../../shared/ui/button';
import { CheckboxGroup } from '../../shared/ui/choice-group';
import { FormFailure } from '../../shared/ui/form-failure';
import { DOOR_QUICK_TEMPERATURES, readTemperature, TemperatureField } from '../../shared/ui/temperature-field';
import { useFormSubmit } from '../../shared/ui/use-form-submit';

export interface SavedCheck {
  id: string;
  temperature: number;
  symptoms: Symptom[];
}

/**
 * The fever report's address for a check that found a fever or symptoms: prefilled and naming the check
 * (the query the fever report screen reads: visits/fever-flow.ts, readFeverQuery).
 */
export function feverReportFor(monitoring: LocalRecord<'home_monitoring'>, check: SavedCheck): string {
  const query = new URLSearchParams({ household: monitoring.householdId, resident: monitoring.residentId, temperature: check.temperature.toFixed(1) });
  if (check.symptoms.length > 0) query.set('symptoms', check.symptoms.join(','));
  query.set('check', check.id);
  return `/fever-reports/new?${query.toString()}`;
}

export function RecordCheckForm({ monitoring }: { monitoring: LocalRecord<'home_monitoring'> }) {
  const { t } = useTranslation(['monitoring', 'visit', 'validation']);
  const client = useDataClient();
  const navigate = useNavigate();
  const [temperature, setTemperature] = useState('');
  const [symptoms, setSymptoms] = useState<Symptom[]>([]);
  const [saved, setSaved] = useState(false);
  const form = useFormSubmit({ fixKey: 'monitoring:start.fixErrors', shownFields: ['temperature', 'symptoms'] });
  const temperatureError = form.fieldError('temperature');

  async function save() {
    const value = readTemperature(temperature);
    if (value === null) return form.fail([], { temperature: ['validation:temperature_required'] });
    const problem = checkTemperature(value);
    if (problem) return form.fail([], { temperature: [`validation:${problem}`] });
    let id = '';
    const ok = await form.run(async () => {
      id = await client.create('monitoring_check', {
        monitoringId: monitoring.id,
        residentId: monitoring.residentId,
        householdId: monitoring.householdId,
        checkedAt: new Date().toISOString(),
        temperature: value,
        symptoms,
      });
    });
    if (!ok) return;
    if (isFever(value) || symptoms.length > 0) {
      void navigate(feverReportFor(monitoring, { id, temperature: value, symptoms }));
      return;
    }
    setSaved(true);
    setTemperature('');
    setSymptoms([]);
  }

  return (
    <>
      {saved ? (
        <Banner tone="success" announce>
          {t('monitoring:check.saved')}
        </Banner>
      ) : null}
      <form className="gw-monitoring__form" aria-label={t('monitoring:check.title')} onSubmit={form.handle(save)} noValidate>
        <FormFailure form={form} ns="monitoring" />
        <TemperatureField
          label={t('monitoring:check.temperature')}
          name="temperature"
          value={temperature}
          onChange={(text) => {
            setTemperature(text);
            form.clearField('temperature');
          }}
          error={temperatureError ? t(temperatureError) : null}
          quickValues={DOOR_QUICK_TEMPERATURES}
          quickLabel={(value) => t('monitoring:check.quickLabel', { value })}
          enterKeyHint="go"
        />
        <CheckboxGroup<Symptom>
          legend={t('monitoring:check.symptoms')}
          choices={SYMPTOMS.map((symptom) => ({ value: symptom, label: t(`visit:symptom.${symptom}`) }))}
          value={symptoms}
          onChange={setSymptoms}
        />
        <Button type="submit" block busy={form.busy} disabled={form.busy}>
          {t('monitoring:check.submit')}
        </Button>
      </form>
    </>
  );
}
