/** Time left as shown: whole seconds under a minute, else whole minutes (rounded up); nothing when unknown or done. */
export function timeLeft(seconds: number | null): { unit: 'seconds' | 'minutes'; n: number } | null {
  if (seconds === null || seconds <= 0) return null;
  return seconds < 60 ? { unit: 'seconds', n: Math.ceil(seconds) } : { unit: 'minutes', n: Math.ceil(seconds / 60) };
}
