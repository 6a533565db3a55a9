/** A day to look at (YYYY-MM-DD), not after `max`: a cleared or half-typed date keeps the last full one. */
import { parseIsoDate } from '../local-date';
import { TextField } from './text-field';

export interface DayFieldProps {
  label: string;
  value: string;
  max: string;
  className?: string;
  onChange: (date: string) => void;
}

export function DayField({ label, value, max, className, onChange }: DayFieldProps) {
  return (
    <TextField
      type="date"
      label={label}
      value={value}
      max={max}
      className={className}
      onChange={(event) => {
        if (parseIsoDate(event.target.value)) onChange(event.target.value);
      }}
    />
  );
}
