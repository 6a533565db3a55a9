/**
 * Who may move a help request where (judged by the server on every push, and by the phone before it
 * saves, so an offline phone never queues a change the server must refuse for its own reasons):
 * - a grid worker or the secretary creates a request open (their own word needs no confirmation);
 *   a resident's request through a unit poster arrives unconfirmed;
 * - a grid worker or the secretary confirms (unconfirmed → open), rejects an unconfirmed one, or
 *   cancels one not yet delivered, and edits what is needed while nobody has claimed it;
 * - an assigned volunteer claims an open request for themself, releases their own claim, and marks
 *   their own claim delivered (claim and delivery may reach the server together); a request another
 *   volunteer claimed first is `claimed_by_other`.
 * Zod-free: the phone's screens use it without loading zod.
 */
import { isDeskRole } from '../sync-roles';
import type { UserRole } from '../sync-protocol';

type State = 'unconfirmed' | 'open' | 'claimed' | 'delivered' | 'cancelled' | 'rejected';

/** The fields of a help request these rules read. */
export interface HelpRequestFacts {
  state: State;
  claimedBy?: string | undefined;
  askedBy: 'grid_worker' | 'secretary' | 'resident';
  [field: string]: unknown;
}

export interface RequestActor {
  role: UserRole;
  userId: string;
}

/** A refused change: the field it is about and the message key (validation:<key>). */
export interface RuleProblem {
  field: string;
  key: string;
}

/** The fields a volunteer writes: the claim and the state. */
export const CLAIM_FIELDS = ['state', 'claimedBy', 'claimedByName', 'claimedAt'] as const;
/** What the asker said: changeable while nobody has claimed the request. */
const REQUEST_FIELDS = ['kind', 'needs', 'urgent', 'contactName', 'contactPhone'] as const;

const CLOSED: readonly State[] = ['cancelled', 'rejected'];
const TAKEN: readonly State[] = ['claimed', 'delivered'];

/** The asker a desk or grid role writes as. */
export function askerOf(role: UserRole): 'grid_worker' | 'secretary' | null {
  if (role === 'grid_worker') return 'grid_worker';
  if (isDeskRole(role)) return 'secretary';
  return null;
}

/** A new request as its writer may create it (residents' requests come through the public page only). */
export function helpRequestCreateProblem(actor: RequestActor, request: HelpRequestFacts): RuleProblem | null {
  const asker = askerOf(actor.role);
  if (asker === null) return { field: 'state', key: 'request_not_yours' };
  if (request.askedBy !== asker) return { field: 'askedBy', key: 'asked_by_invalid' };
  if (request.state !== 'open') return { field: 'state', key: 'state_transition_invalid' };
  if (request.claimedBy !== undefined) return { field: 'claimedBy', key: 'claimed_by_invalid' };
  return null;
}

function changed(before: HelpRequestFacts, after: HelpRequestFacts, field: string): boolean {
  return JSON.stringify(before[field] ?? null) !== JSON.stringify(after[field] ?? null);
}

/** A change of a stored request (before) into the patched one (after) by this actor. */
export function helpRequestChangeProblem(actor: RequestActor, before: HelpRequestFacts, after: HelpRequestFacts): RuleProblem | null {
  return actor.role === 'volunteer' ? volunteerProblem(actor, before, after) : deskProblem(before, after);
}

function volunteerProblem(actor: RequestActor, before: HelpRequestFacts, after: HelpRequestFacts): RuleProblem | null {
  const other = Object.keys({ ...before, ...after }).find(
    (field) => !(CLAIM_FIELDS as readonly string[]).includes(field) && changed(before, after, field),
  );
  if (other !== undefined) return { field: other, key: 'request_not_yours' };
  if (TAKEN.includes(before.state) && before.claimedBy !== actor.userId) return { field: 'state', key: 'claimed_by_other' };
  if (CLOSED.includes(before.state)) return { field: 'state', key: 'request_closed' };
  if (before.state === after.state) {
    // A claim's name and time are written on one's own claim only (an open request shows no claimer).
    const claim = CLAIM_FIELDS.find((field) => changed(before, after, field));
    if (claim === undefined || (claim !== 'claimedBy' && before.claimedBy === actor.userId)) return null;
    return { field: claim, key: 'claimed_by_invalid' };
  }
  switch (after.state) {
    case 'claimed':
    case 'delivered':
      if (before.state === 'unconfirmed' || (before.state === 'delivered' && after.state === 'claimed')) {
        return { field: 'state', key: 'state_transition_invalid' };
      }
      return after.claimedBy === actor.userId ? null : { field: 'claimedBy', key: 'claimed_by_invalid' };
    case 'open': {
      // Releasing one's own claim: the whole claim goes with it.
      if (before.state !== 'claimed') return { field: 'state', key: 'state_transition_invalid' };
      const kept = CLAIM_FIELDS.find((field) => field !== 'state' && after[field] !== undefined);
      return kept === undefined ? null : { field: kept, key: 'claimed_by_invalid' };
    }
    default:
      return { field: 'state', key: 'state_transition_invalid' };
  }
}

const DESK_MOVES: Record<State, readonly State[]> = {
  unconfirmed: ['open', 'rejected', 'cancelled'],
  open: ['cancelled'],
  claimed: ['cancelled'],
  delivered: [],
  cancelled: [],
  rejected: [],
};

/** Whether a grid worker or the secretary may move a request in state `from` to `to` (confirm, reject, cancel). */
export function deskMayMove(from: State, to: State): boolean {
  return DESK_MOVES[from].includes(to);
}

function deskProblem(before: HelpRequestFacts, after: HelpRequestFacts): RuleProblem | null {
  const claim = CLAIM_FIELDS.find((field) => field !== 'state' && changed(before, after, field));
  if (claim !== undefined) return { field: claim, key: 'claim_is_volunteers' };
  if (before.state !== after.state && !DESK_MOVES[before.state].includes(after.state)) {
    return { field: 'state', key: before.state === 'claimed' || before.state === 'delivered' ? 'claimed_by_other' : 'state_transition_invalid' };
  }
  if (before.state !== 'unconfirmed' && before.state !== 'open') {
    const edited = REQUEST_FIELDS.find((field) => changed(before, after, field));
    if (edited !== undefined) return { field: edited, key: 'request_taken' };
  }
  return null;
}
