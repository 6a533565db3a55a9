/**
 * "One by one": a tube number and its result typed on the results screen (a lab's phone call, a single
 * late tube). Checked as a file's row is (result-check.ts): the tube must be one of the campaign's on this
 * phone; the same result already standing saves nothing; a different one is saved as the new standing result.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDataClient } from '../../data';
import { TEST_RESULTS, type TestResultValue } from '../../domain/entities/test-result';
import { checkLabRows, type LabReason } from '../../domain/testing/result-check';
import { readTubeNumber } from '../../domain/testing/result-sheet';
import { Banner } from '../../shared/ui/banner';
import { Button } from '../../shared/ui/button';
import { ChoiceGroup } from '../../shared/ui/choice-group';
import { TextField } from '../../shared/ui/text-field';
import type { CampaignResultsData } from './results-model';

type Outcome = { kind: 'saved' | 'already'; tube: string; result: TestResultValue } | { kind: 'failed' } | null;

export function ResultForm({ data }: { data: CampaignResultsData }) {
  const { t } = useTranslation('testing');
  const client = useDataClient();
  const [tubeText, setTubeText] = useState('');
  const [result, setResult] = useState<TestResultValue | ''>('');
  const [reasons, setReasons] = useState<LabReason[]>([]);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);

  const messageOf = (field: LabReason['field']) => {
    const reason = reasons.find((r) => r.field === field);
    return reason ? t(`testing:results.errors.${reason.key}`, { tube: reason.tube ?? '', row: reason.firstRow ?? '' }) : null;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const text = tubeText.trim();
    const row = { rowNumber: 1, tubeText: text, tubeNumber: readTubeNumber(text), resultText: result, result: result === '' ? null : result, timeText: '', resultAt: null };
    const [checked] = checkLabRows([row], { tubes: data.tubes, standing: data.standing, now: Date.now() }).rows;
    setOutcome(null);
    if (!checked || checked.status === 'wrong') {
      setReasons(checked?.status === 'wrong' ? checked.reasons : []);
      return;
    }
    setReasons([]);
    if (checked.status === 'unchanged') {
      setOutcome({ kind: 'already', tube: checked.tubeNumber, result: checked.result });
      return;
    }
    setBusy(true);
    try {
      await client.create('test_result', { campaignId: data.campaignId, tubeNumber: checked.tubeNumber, result: checked.result, resultAt: new Date().toISOString() });
      setOutcome({ kind: 'saved', tube: checked.tubeNumber, result: checked.result });
      setTubeText('');
      setResult('');
    } catch (error) {
      console.error('result not saved', error);
      setOutcome({ kind: 'failed' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="gw-card gw-results-form" aria-labelledby="gw-results-one" onSubmit={(event) => void submit(event)} noValidate>
      <h2 id="gw-results-one">{t('testing:results.oneByOne')}</h2>
      <TextField
        label={t('testing:results.tubeNumber')}
        autoCapitalize="characters"
        autoComplete="off"
        value={tubeText}
        error={messageOf('tubeNumber')}
        onChange={(event) => {
          setTubeText(event.target.value);
          setReasons((current) => current.filter((r) => r.field !== 'tubeNumber'));
        }}
      />
      <ChoiceGroup
        legend={t('testing:results.result')}
        className="gw-choices--row"
        choices={TEST_RESULTS.map((value) => ({ value, label: t(`testing:results.${value}`) }))}
        value={result}
        error={messageOf('result')}
        onChange={(value) => {
          setResult(value);
          setReasons((current) => current.filter((r) => r.field !== 'result'));
        }}
      />
      {outcome?.kind === 'saved' ? (
        <Banner tone="success" announce>
          {t('testing:results.saved', { tube: outcome.tube, result: t(`testing:results.${outcome.result}`) })}
        </Banner>
      ) : null}
      {outcome?.kind === 'already' ? (
        <Banner tone="info" announce>
          {t('testing:results.already', { tube: outcome.tube, result: t(`testing:results.${outcome.result}`) })}
        </Banner>
      ) : null}
      {outcome?.kind === 'failed' ? <Banner tone="error">{t('testing:results.saveFailed')}</Banner> : null}
      <Button type="submit" block busy={busy} disabled={busy}>
        {busy ? t('testing:results.saving') : t('testing:results.save')}
      </Button>
    </form>
  );
}
