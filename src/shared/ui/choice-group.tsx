import { useId } from 'react';

export interface Choice<V extends string> {
  value: V;
  label: string;
  /** Language of the label, e.g. "en" for "English" inside a Chinese page. */
  lang?: string;
}

export interface ChoiceGroupProps<V extends string> {
  legend: string;
  choices: readonly Choice<V>[];
  value: V;
  onChange: (value: V) => void;
  /** A translated message shown under the choices; the group is described by it. */
  error?: string | null;
}

/** Radio buttons in a fieldset, each a full-width 48 px row that is easy to hit with a thumb. */
export function ChoiceGroup<V extends string>({ legend, choices, value, onChange, error }: ChoiceGroupProps<V>) {
  const name = useId();
  const errorId = `${name}-error`;
  return (
    <fieldset
      className={error ? 'gw-choices gw-choices--invalid' : 'gw-choices'}
      aria-describedby={error ? errorId : undefined}
    >
      <legend className="gw-choices__legend">{legend}</legend>
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
      {error ? (
        <p id={errorId} className="gw-field__error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
