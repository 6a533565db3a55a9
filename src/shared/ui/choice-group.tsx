import { useId, type ReactNode } from 'react';
import { classNames } from './class-names';

export interface Choice<V extends string> {
  value: V;
  label: string;
  /** Language of the label, e.g. "en" for "English" inside a Chinese page. */
  lang?: string;
}

interface GroupProps<V extends string> {
  legend: string;
  choices: readonly Choice<V>[];
  /** A translated message shown under the choices; the group is described by it. */
  error?: string | null;
  /** Extra classes on the fieldset, e.g. 'gw-choices--row' for two short choices side by side. */
  className?: string;
}

export interface ChoiceGroupProps<V extends string> extends GroupProps<V> {
  value: V;
  onChange: (value: V) => void;
}

export interface CheckboxGroupProps<V extends string> extends GroupProps<V> {
  value: readonly V[];
  /** The checked values, always in the order of `choices` (so an unchanged set never looks changed). */
  onChange: (value: V[]) => void;
}

/** The fieldset both groups share: legend, one 48 px row per choice, the error under them. */
function ChoicesFrame({ legend, error, className, errorId, children }: { legend: string; error?: string | null; className?: string; errorId: string; children: ReactNode }) {
  return (
    <fieldset className={classNames('gw-choices', error && 'gw-choices--invalid', className)} aria-describedby={error ? errorId : undefined}>
      <legend className="gw-choices__legend">{legend}</legend>
      {children}
      {error ? (
        <p id={errorId} className="gw-field__error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

/** Radio buttons in a fieldset, each a full-width 48 px row that is easy to hit with a thumb. */
export function ChoiceGroup<V extends string>({ legend, choices, value, onChange, error, className }: ChoiceGroupProps<V>) {
  const name = useId();
  return (
    <ChoicesFrame legend={legend} error={error} className={className} errorId={`${name}-error`}>
      {choices.map((choice) => (
        <label key={choice.value} className="gw-choice">
          <input
            type="radio"
            className="gw-choice__input"
            name={name}
            value={choice.value}
            checked={choice.value === value}
            onChange={() => onChange(choice.value)}
          />
          <span lang={choice.lang}>{choice.label}</span>
        </label>
      ))}
    </ChoicesFrame>
  );
}

/** Checkboxes in a fieldset, each a full-width 48 px row: any number of the choices. */
export function CheckboxGroup<V extends string>({ legend, choices, value, onChange, error, className }: CheckboxGroupProps<V>) {
  const id = useId();
  function toggle(changed: V, on: boolean) {
    onChange(choices.map((choice) => choice.value).filter((candidate) => (candidate === changed ? on : value.includes(candidate))));
  }
  return (
    <ChoicesFrame legend={legend} error={error} className={className} errorId={`${id}-error`}>
      {choices.map((choice) => (
        <label key={choice.value} className="gw-choice">
          <input
            type="checkbox"
            className="gw-choice__input"
            checked={value.includes(choice.value)}
            onChange={(event) => toggle(choice.value, event.target.checked)}
          />
          <span lang={choice.lang}>{choice.label}</span>
        </label>
      ))}
    </ChoicesFrame>
  );
}
