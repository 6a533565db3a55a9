import { useId } from 'react';
import { classNames } from '../../shared/ui/class-names';

export interface GateRadio<V extends string> {
  value: V;
  label: string;
  disabled?: boolean;
}

export interface GateRadiosProps<V extends string> {
  legend: string;
  choices: readonly GateRadio<V>[];
  /** null: none chosen. */
  value: V | null;
  onChange: (value: V) => void;
  /** A translated message under the group. */
  error?: string | null;
  className?: string;
}

/** Radios side by side as big tiles (a gloved thumb), any of which can be disabled. */
export function GateRadios<V extends string>({ legend, choices, value, onChange, error, className }: GateRadiosProps<V>) {
  const name = useId();
  const errorId = `${name}-error`;
  return (
    <fieldset className={classNames('gw-gate-radios', className)} aria-describedby={error ? errorId : undefined}>
      <legend className="gw-choices__legend">{legend}</legend>
      <div className="gw-gate-radios__row">
        {choices.map((choice) => (
          <label key={choice.value} className={classNames('gw-gate-radio', `gw-gate-radio--${choice.value}`)}>
            <input
              type="radio"
              className="gw-choice__input"
              name={name}
              value={choice.value}
              checked={choice.value === value}
              disabled={choice.disabled}
              onChange={() => onChange(choice.value)}
            />
            <span>{choice.label}</span>
          </label>
        ))}
      </div>
      {error ? (
        <p id={errorId} className="gw-field__error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
