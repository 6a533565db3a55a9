/**
 * What a grid worker's phone holds of the gate log (issue 18): the entries at their community's
 * checkpoints whose time `at` is within the last 48 hours, plus every entry they recorded themselves;
 * the secretary keeps the full log. 48 hours always covers the phone's "today" (the gate's last entries
 * and "Recent") and yesterday (a night shift across midnight, the handover), in any time zone. The
 * server filters the pull by it (scope.ts), the phone purges others' older entries by it
 * (src/data/sync/gate-log-purge.ts).
 */

export const GATE_LOG_WINDOW_HOURS = 48;
const GATE_LOG_WINDOW_MS = GATE_LOG_WINDOW_HOURS * 60 * 60 * 1000;

/** The earliest `at` (epoch milliseconds) of another worker's entry a grid worker receives at `now`. */
export function gateLogWindowStart(now: number): number {
  return now - GATE_LOG_WINDOW_MS;
}

/** Whether an entry's time falls in the window at `now`; a time that does not parse counts as inside (kept). */
export function withinGateLogWindow(at: string, now: number): boolean {
  const time = Date.parse(at);
  return Number.isNaN(time) || time >= gateLogWindowStart(now);
}
