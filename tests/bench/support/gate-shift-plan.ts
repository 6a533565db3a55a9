/**
 * The scripted shift at the gate: who comes, in which order, how they are found and what happens to them.
 * Repeat residents (tapped in the "Recent" row) are the majority, as at a gate at shift change; the rest are
 * residents found by typing (pinyin initials or a room code), visitors, refusals and fever referrals.
 * Deterministic (a seeded PRNG), so two runs take the same shift. The repeat resident is chosen when their
 * turn comes, from the Recent row the screen shows then.
 */
import type { GateEntryKind } from './gate-timers';
import type { GateResident } from './gate-roster';

export type VisitorPurposeLabel = 'Courier' | 'Relative' | 'Worker' | 'Other';

export type PlannedEntry =
  | { kind: 'repeat'; temperature: string }
  | { kind: 'search'; resident: GateResident; query: string; temperature: string }
  | { kind: 'refused'; resident: GateResident; query: string; temperature: string; reason: string }
  | { kind: 'referred'; resident: GateResident; query: string; temperature: string }
  | { kind: 'visitor'; name: string; phone: string; purpose: VisitorPurposeLabel; temperature: string };

export interface ShiftMix {
  entries: number;
  visitors: number;
  refused: number;
  referred: number;
  /** Residents found by typing, besides those refused or referred. */
  searched: number;
}

/** 200 entries: 140 repeat residents, 44 found by typing, 10 visitors, 4 refusals, 2 referrals. */
export const GATE_SHIFT_MIX: ShiftMix = { entries: 200, visitors: 10, refused: 4, referred: 2, searched: 44 };

/** Entries taken before the first repeat resident: they fill the Recent row. */
const OPENING = 8;
const TEMPERATURES = ['36.2', '36.4', '36.5', '36.5', '36.6', '36.7', '36.8', '37.0'] as const;
const PURPOSES: readonly VisitorPurposeLabel[] = ['Courier', 'Courier', 'Courier', 'Worker', 'Relative', 'Other'];
const REASONS = ['No pass for leaving', 'Refused the temperature check', 'Health code not shown', 'Not a resident of this compound'] as const;

/** mulberry32: a small seeded PRNG, enough to shuffle a shift. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

/** Residents with distinct names spread over the roster, so two entries in a row never save the same name. */
function spreadResidents(roster: readonly GateResident[], count: number): GateResident[] {
  const seen = new Set<string>();
  const distinct = roster.filter((r) => !seen.has(r.name) && seen.add(r.name));
  if (distinct.length < count) throw new Error(`the worker's grid has ${distinct.length} distinct names, the shift needs ${count}`);
  const step = distinct.length / count;
  return Array.from({ length: count }, (_, i) => distinct[Math.floor(i * step)]!);
}

export function planShift(roster: readonly GateResident[], mix: ShiftMix = GATE_SHIFT_MIX, seed = 20200123): PlannedEntry[] {
  const random = seededRandom(seed);
  const temperature = () => pick(random, TEMPERATURES);
  const typed = spreadResidents(roster, mix.searched + mix.refused + mix.referred);
  // Alternate the ways of typing: pinyin initials (where they list the resident) and room codes.
  let typedCount = 0;
  const nextTyped = () => {
    const resident = typed.shift();
    if (!resident) throw new Error('no resident left to type');
    const query = typedCount++ % 2 === 0 && resident.initials ? resident.initials : resident.roomCode;
    return { resident, query };
  };

  const repeats = mix.entries - mix.visitors - mix.refused - mix.referred - mix.searched;
  if (repeats < 0) throw new Error('the shift mix has more special entries than entries');
  const rest: GateEntryKind[] = [
    ...Array<GateEntryKind>(repeats).fill('repeat'),
    ...Array<GateEntryKind>(mix.searched - Math.min(OPENING, mix.searched)).fill('search'),
    ...Array<GateEntryKind>(mix.visitors).fill('visitor'),
    ...Array<GateEntryKind>(mix.refused).fill('refused'),
    ...Array<GateEntryKind>(mix.referred).fill('referred'),
  ];
  for (let i = rest.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [rest[i], rest[j]] = [rest[j]!, rest[i]!];
  }
  const kinds: GateEntryKind[] = [...Array<GateEntryKind>(Math.min(OPENING, mix.searched)).fill('search'), ...rest];

  let visitors = 0;
  let refusals = 0;
  return kinds.map((kind): PlannedEntry => {
    switch (kind) {
      case 'repeat':
        return { kind, temperature: temperature() };
      case 'search':
        return { kind, ...nextTyped(), temperature: temperature() };
      case 'refused':
        return { kind, ...nextTyped(), temperature: temperature(), reason: REASONS[refusals++ % REASONS.length]! };
      case 'referred':
        return { kind, ...nextTyped(), temperature: pick(random, ['38.1', '38.4', '38.6']) };
      case 'visitor': {
        visitors++;
        const n = String(visitors).padStart(2, '0');
        return { kind, name: `访客${n}`, phone: `1370000${String(1000 + visitors)}`, purpose: pick(random, PURPOSES), temperature: temperature() };
      }
    }
  });
}
