/**
 * How a volunteer sees requests before claiming one: the contact's name shortened (张**) and the phone
 * masked (138****1234: maskPhone, in src/domain/phone.ts since the ledger masks phones too); and the
 * order of their list (medicine and medical first, then urgent, then oldest). The server masks what it
 * sends (src/server/sync/projection.ts); the phone orders. Zod-free.
 */

/** 张三丰 → 张**; a one-character name → *. */
export function shortenName(name: string): string {
  const chars = Array.from(name.trim());
  if (chars.length <= 1) return '*';
  return chars[0] + '*'.repeat(chars.length - 1);
}

interface Orderable {
  kind: string;
  urgent: boolean;
  createdAt?: string | undefined;
  id: string;
}

const MEDICAL_KINDS: readonly string[] = ['medicine', 'medical'];

/** Medicine and medical first, then urgent, then oldest. */
export function compareForVolunteer(a: Orderable, b: Orderable): number {
  const medical = Number(MEDICAL_KINDS.includes(b.kind)) - Number(MEDICAL_KINDS.includes(a.kind));
  if (medical !== 0) return medical;
  const urgent = Number(b.urgent) - Number(a.urgent);
  if (urgent !== 0) return urgent;
  return (a.createdAt ?? '').localeCompare(b.createdAt ?? '') || a.id.localeCompare(b.id);
}

/** An open (or unconfirmed) request waiting longer than this is marked in the delivery ledger. */
export const WAITING_TOO_LONG_MS = 4 * 60 * 60 * 1000;

export function isWaitingTooLong(request: { state: string; createdAt?: string | undefined }, now: number): boolean {
  if (request.state !== 'open' && request.state !== 'unconfirmed') return false;
  const created = request.createdAt ? Date.parse(request.createdAt) : NaN;
  return Number.isFinite(created) && now - created > WAITING_TOO_LONG_MS;
}
