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
}

/** Radio buttons in a fieldset, each a full-width 48 px row that is easy to hit with a thumb. */
export function ChoiceGroup<V extends string>({ legend, choices, value, onChange }: ChoiceGroupProps<V>) {
  const name = useId();
  return (
    <fieldset className="gw-choices">
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
    </fieldset>
  );
}
