/** How times read on lists of the day (the gate's shift, the sampling site; the ticking clock is useNow in src/shared/ui/use-now.ts). */
import { localDateOf } from './local-date';

/** "08:05" on the phone's clock; with the date in front when it is not `today`; '' for no time. */
export function clockTime(timestamp: string | undefined, today?: string): string {
  if (timestamp === undefined) return '';
  const at = new Date(timestamp);
  if (Number.isNaN(at.getTime())) return '';
  const time = `${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;
  const date = localDateOf(at);
  return today === undefined || date === today ? time : `${date} ${time}`;
}
