import { useTranslation } from 'react-i18next';
import { CHECKPOINT_OUTCOMES } from '../../domain/entities/checkpoint-entry';
import { TextField } from '../../shared/ui/text-field';
import { GateRadios } from './gate-radios';
import type { Outcome } from './gate-entry';

export interface OutcomeFieldsProps {
  /** null: not chosen. */
  outcome: Outcome | null;
  /** A fever or red code: "Allowed" is off and a choice is asked for. */
  mustStop: boolean;
  reason: string;
  outcomeError: string | null;
  reasonError: string | null;
  onOutcome: (outcome: Outcome) => void;
  onReason: (reason: string) => void;
}

/** Allowed, refused (with a reason) or referred to the fever clinic. */
export function OutcomeFields({ outcome, mustStop, reason, outcomeError, reasonError, onOutcome, onReason }: OutcomeFieldsProps) {
  const { t } = useTranslation('checkpoint');
  const choices = CHECKPOINT_OUTCOMES.map((value) => ({ value, label: t(`checkpoint:outcome.${value}`), disabled: value === 'allowed' && mustStop }));
  return (
    <section className="gw-gate-outcome">
      {mustStop ? (
        <p className="gw-gate-stop" role="alert">
          {t('checkpoint:outcome.blocked')}
        </p>
      ) : null}
      <GateRadios<Outcome> legend={t('checkpoint:outcome.heading')} choices={choices} value={outcome} onChange={onOutcome} error={outcomeError} />
      {outcome === 'refused' ? (
        <TextField label={t('checkpoint:outcome.reason')} autoComplete="off" value={reason} onChange={(event) => onReason(event.target.value)} error={reasonError} />
      ) : null}
      {outcome === 'referred' ? <p className="gw-hint">{t('checkpoint:outcome.referredHint')}</p> : null}
    </section>
  );
}
