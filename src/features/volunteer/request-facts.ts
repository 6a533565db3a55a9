/**
 * What the volunteer's screens read off a help request: where it is, how long it has waited, whether
 * its contact is still masked, and where it stands for this volunteer (open to claim, theirs, another
 * volunteer's, or theirs refused by the server because another volunteer's claim reached it first).
 */
import type { LocalRecord, OutboxEntry } from '../../data';

export type HelpRequestRecord = LocalRecord<'help_request'>;

/** The server masks an unclaimed request's phone (138****1234); the full one comes after the claim syncs. */
export function isMasked(phone: string): boolean {
  return phone.includes('*');
}

/** How long ago, as a message key of the 'volunteer' namespace and its count; null without a time. */
export function timeAgo(timestamp: string | undefined, now: number): { key: string; count: number } | null {
  const at = timestamp ? Date.parse(timestamp) : NaN;
  if (!Number.isFinite(at)) return null;
  const minutes = Math.max(0, Math.floor((now - at) / 60_000));
  if (minutes < 1) return { key: 'volunteer:ago.justNow', count: 0 };
  if (minutes < 60) return { key: 'volunteer:ago.minutes', count: minutes };
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return { key: 'volunteer:ago.hours', count: hours };
  return { key: 'volunteer:ago.days', count: Math.floor(hours / 24) };
}

const CLAIMED_BY_OTHER = 'claimed_by_other';

/**
 * The requests whose claim or delivery from this phone the server refused because another volunteer
 * claimed them first: a refused change of the request itself, or of a delivery naming it.
 */
export function refusedRequestIds(rejected: readonly OutboxEntry[]): Set<string> {
  const ids = new Set<string>();
  for (const entry of rejected) {
    if (!Object.values(entry.error?.fields ?? {}).includes(CLAIMED_BY_OTHER)) continue;
    if (entry.entity === 'help_request') ids.add(entry.recordId);
    const named = entry.data.helpRequestId;
    if (entry.entity === 'delivery' && typeof named === 'string') ids.add(named);
  }
  return ids;
}

/**
 * Where a request stands for this volunteer:
 * - refused: their claim or delivery was refused, another volunteer's claim came first;
 * - other: claimed or delivered by another volunteer;
 * - open: theirs to claim;
 * - mine: claimed by them, not delivered yet;
 * - delivered: delivered by them;
 * - closed: cancelled, rejected or not confirmed (nothing to do).
 */
export type RequestStanding = 'refused' | 'other' | 'open' | 'mine' | 'delivered' | 'closed';

export function standingOf(request: HelpRequestRecord, userId: string | undefined, refused: ReadonlySet<string>): RequestStanding {
  if (refused.has(request.id)) return 'refused';
  const taken = request.state === 'claimed' || request.state === 'delivered';
  if (taken && request.claimedBy !== userId) return 'other';
  if (request.state === 'open') return 'open';
  if (request.state === 'claimed') return 'mine';
  if (request.state === 'delivered') return 'delivered';
  return 'closed';
}
