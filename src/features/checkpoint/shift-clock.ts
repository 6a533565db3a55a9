/** The shift view's clock: the time now (ticking, so the current shift turns over on an open screen) and how times read. */
import { useEffect, useState } from 'react';
import { localDateOf } from '../../shared/local-date';

/** The current time, renewed every `intervalMs`. */
export function useNow(intervalMs = 30_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}

/** "08:05" on the phone's clock; with the date in front when it is not `today`; '' for no time. */
export function clockTime(timestamp: string | undefined, today?: string): string {
  if (timestamp === undefined) return '';
  const at = new Date(timestamp);
  if (Number.isNaN(at.getTime())) return '';
  const time = `${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;
  const date = localDateOf(at);
  return today === undefined || date === today ? time : `${date} ${time}`;
}
