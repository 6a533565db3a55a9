import { useId, type InputHTMLAttributes } from 'react';
import { Button } from './button';
import { describedByIds, FieldShell } from './field-shell';

/** One decimal, the way a thermometer shows it: 36.5. */
export function formatTemperature(value: number): string {
  return value.toFixed(1);
}

/**
 * The number a worker typed as a temperature: null when nothing is typed, NaN when it is not a
 * number. A comma counts as the decimal point ("36,5"), and three digits without a point are read
 * with one decimal ("365" → 36.5), since a numeric keypad makes the point easy to miss. Range and
 * precision are the caller's rule to check.
 */
export function readTemperature(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return null;
  if (/^\d{3}$/.test(trimmed)) return Number(trimmed) / 10;
  return /^\d+(\.\d*)?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/** The usual readings at a door, one tap each (the visit's and the home monitoring check's quick buttons). */
export const DOOR_QUICK_TEMPERATURES = [36.2, 36.5, 36.8, 37.0] as const;

export interface TemperatureFieldProps {
  label: string;
  /** The text as typed (kept as text so "36." survives while typing). */
  value: string;
  onChange: (text: string) => void;
  /** A translated message shown below the field; marks the input invalid. */
  error?: string | null;
  hint?: string;
  /** One-tap values shown under the input, e.g. [36.2, 36.5, 36.8, 37.0]. */
  quickValues?: readonly number[];
  /** The accessible name of a quick button, e.g. "36.5 °C for 张三" (the caller translates it). */
  quickLabel?: (value: string) => string;
  name?: string;
  /** The keypad's Enter key label: 'next' (default) inside a longer form, 'go' where Enter saves. */
  enterKeyHint?: InputHTMLAttributes<HTMLInputElement>['enterKeyHint'];
}

/**
 * A temperature in °C: a decimal keypad on phones, quick buttons for the usual readings, and the
 * error in plain words right below. Three typed digits are shown with their point when the field
 * is left ("365" → "36.5").
 */
export function TemperatureField({ label, value, onChange, error, hint, quickValues = [], quickLabel, name, enterKeyHint = 'next' }: TemperatureFieldProps) {
  const id = useId();
  const { describedBy } = describedByIds(id, hint, error);
  const current = readTemperature(value);
  function tidy() {
    if (current !== null && Number.isFinite(current) && /^\d{3}$/.test(value.trim())) onChange(formatTemperature(current));
  }
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} className="gw-temperature">
      <input
        id={id}
        name={name}
        className="gw-field__input"
        type="text"
        inputMode="decimal"
        autoComplete="off"
        enterKeyHint={enterKeyHint}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onBlur={tidy}
      />
      {quickValues.length > 0 ? (
        <div className="gw-actions gw-temperature__quick">
          {quickValues.map((quick) => {
            const text = formatTemperature(quick);
            return (
              <Button
                key={text}
                variant="secondary"
                aria-label={quickLabel ? quickLabel(text) : undefined}
                aria-pressed={current === quick}
                onClick={() => onChange(text)}
              >
                {text}
              </Button>
            );
          })}
        </div>
      ) : null}
    </FieldShell>
  );
}
