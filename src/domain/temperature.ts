/** Body temperature in °C as measured at the door or the gate. */
export const MIN_TEMPERATURE = 34.0;
export const MAX_TEMPERATURE = 43.0;
/** 37.3 °C and above is a fever (发热). */
export const FEVER_THRESHOLD = 37.3;

export type TemperatureError = 'temperature_range' | 'temperature_precision';

export function checkTemperature(value: number): TemperatureError | null {
  if (!Number.isFinite(value) || value < MIN_TEMPERATURE || value > MAX_TEMPERATURE) return 'temperature_range';
  if (Math.abs(Math.round(value * 10) - value * 10) > 1e-6) return 'temperature_precision';
  return null;
}

export function isFever(value: number): boolean {
  return value >= FEVER_THRESHOLD - 1e-9;
}
