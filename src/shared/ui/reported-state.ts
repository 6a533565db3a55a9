/**
 * The router state a submitted fever report hands to the screen it leads to (the saved visit, the home
 * monitoring it was made from, the next report), so that screen can say the report was saved.
 */
export interface ReportedState {
  reportedFor: string;
}

/** The name the report was saved for, or null when the state says nothing of one. */
export function reportedForOf(state: unknown): string | null {
  if (typeof state !== 'object' || state === null || !('reportedFor' in state)) return null;
  const name = state.reportedFor;
  return typeof name === 'string' && name !== '' ? name : null;
}
