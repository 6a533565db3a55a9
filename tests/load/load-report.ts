/** The run's figures, computed from the phones, the HTTP timings and the phases' times, printed one per line like the bench's. */
import { summarize, type LatencySummary } from '../bench/support/bench-stats';
import type { HttpStats } from './load-http';
import type { LoadOptions } from './load-options';
import type { SeededWorld } from './load-seed';
import type { Check } from './load-verify';
import type { PhoneState } from './phone-run';

/** One timed phase: its length and how busy each process was meanwhile (0–1; CPU may exceed 1 with threads). */
export interface PhaseFigures {
  seconds: number;
  phonesLoop: number;
  phonesCpu: number;
  /** Null when the server runs in the phones' process. */
  serverLoop: number | null;
  serverCpu: number | null;
}

export interface LoadFigures {
  seedSeconds: number;
  /** Pulls ran while others pushed (LOAD_OVERLAP): `push` is then that phase, `pull` null. */
  overlap: boolean;
  signInPhase: PhaseFigures;
  pushPhase: PhaseFigures;
  pullPhase: PhaseFigures | null;
  /** From the first push to the end of the last (the push phase, unless overlapped). */
  pushSeconds: number;
  mutationsPerSecond: number;
  phones: number;
  phonesFailed: number;
  mutationsSent: number;
  applied: number;
  duplicate: number;
  rejected: number;
  conflicts: number;
  pushRequests: number;
  pullPages: number;
  changesPulled: number;
  httpErrors: number;
  errorSamples: string[];
  responses: number;
  encoded: string;
  /** The phones' time decoding answers (JSON.parse and zod), seconds. */
  parseSeconds: number;
  signIn: LatencySummary | null;
  push: LatencySummary | null;
  pullPage: LatencySummary | null;
}

export interface RunTimes {
  seedSeconds: number;
  overlap: boolean;
  signInPhase: PhaseFigures;
  pushPhase: PhaseFigures;
  pullPhase: PhaseFigures | null;
  pushSeconds: number;
}

export function computeFigures(states: PhoneState[], stats: HttpStats, times: RunTimes): LoadFigures {
  const results = states.flatMap((state) => [...state.results.values()]);
  const statusCount = (status: string) => results.filter((result) => result.status === status).length;
  const encoded = [...stats.encodedResponses].map(([encoding, n]) => `${n} ${encoding}`).join(', ');
  const mutationsSent = states.reduce((sum, state) => sum + state.plan.mutations.length, 0);
  return {
    ...times,
    mutationsPerSecond: times.pushSeconds > 0 ? mutationsSent / times.pushSeconds : 0,
    phones: states.length,
    phonesFailed: states.filter((state) => state.error !== null).length,
    mutationsSent,
    applied: statusCount('applied'),
    duplicate: statusCount('duplicate'),
    rejected: statusCount('rejected'),
    conflicts: results.reduce((sum, result) => sum + (result.conflicts?.length ?? 0), 0),
    pushRequests: stats.pushMs.length,
    pullPages: states.reduce((sum, state) => sum + state.pullPages, 0),
    changesPulled: states.reduce((sum, state) => sum + state.changesPulled, 0),
    httpErrors: stats.httpErrors,
    errorSamples: [...stats.errorSamples],
    responses: stats.responses,
    encoded: encoded || 'none',
    parseSeconds: stats.parseMs / 1000,
    signIn: summarize(stats.signInMs),
    push: summarize(stats.pushMs),
    pullPage: summarize(stats.pullPageMs),
  };
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const latency = (s: LatencySummary | null) => (s ? `p50 ${ms(s.medianMs)}  p95 ${ms(s.p95Ms)}  (n=${s.n})` : 'no samples');

const pct = (share: number | null) => (share === null ? '–' : `${(share * 100).toFixed(0)} %`);
const secs = (value: number) => `${value.toFixed(2)} s`;

/** Label and value of every figure, in print order. */
export function figureLines(f: LoadFigures, options: LoadOptions, world: SeededWorld, server: string): [string, string][] {
  const c = world.counts;
  const at = `${Math.min(options.concurrency, f.phones)} at once`;
  const phases = [f.signInPhase, f.pushPhase, ...(f.pullPhase ? [f.pullPhase] : [])];
  const names = f.overlap ? 'sign-in / push+pull' : 'sign-in / push / pull';
  const phonesProcess = f.signInPhase.serverLoop === null ? 'phones and server' : "phones' process";
  const busy = (pick: (p: PhaseFigures) => number | null) => phases.map((p) => pct(pick(p))).join(' / ');
  const pushLabel = f.overlap
    ? `push+pull phase (LOAD_OVERLAP: pull once pushed), ${at}`
    : `push phase: ${f.phones} phones × ${options.mutationsPerPhone} mutations, ${at}`;
  const lines: [string, string][] = [
    ['server', server],
    [`seed: ${c.communities} communities, ${c.grids} grids, ${c.households} households, ${c.residents} residents`, secs(f.seedSeconds)],
    [`sign-in phase: ${f.phones} phones, ${at} (not in mutations/s)`, secs(f.signInPhase.seconds)],
    ['sign-in latency', latency(f.signIn)],
    [pushLabel, secs(f.pushPhase.seconds)],
    [`mutations/s: mutations sent / ${f.overlap ? 'first push to last' : 'push phase'}`, `${f.mutationsSent} / ${secs(f.pushSeconds)} = ${f.mutationsPerSecond.toFixed(0)}/s`],
    [`push latency per request (batches of ${options.batchSize})`, latency(f.push)],
  ];
  if (f.pullPhase) lines.push([`pull phase: every phone pulls its scope to the end, ${at}`, secs(f.pullPhase.seconds)]);
  lines.push(
    [`pull page latency (limit ${options.pullLimit})`, latency(f.pullPage)],
    ['pull: pages / changes', `${f.pullPages} / ${f.changesPulled}`],
    ['errors: HTTP (non-200 answers, failures, timeouts)', String(f.httpErrors)],
    ['errors: rejected mutations', String(f.rejected)],
    ['errors: phones that did not finish', String(f.phonesFailed)],
    ['totals: mutations sent / applied / duplicate', `${f.mutationsSent} / ${f.applied} / ${f.duplicate}`],
    ['totals: push requests / conflicting fields (shared residents)', `${f.pushRequests} / ${f.conflicts}`],
    ['totals: responses / content-encoded', `${f.responses} / ${f.encoded}`],
    [`event loop busy, ${names}: ${phonesProcess}`, busy((p) => p.phonesLoop)],
    [`CPU, ${names}: ${phonesProcess}`, busy((p) => p.phonesCpu)],
  );
  if (f.signInPhase.serverLoop !== null) {
    lines.push([`event loop busy, ${names}: server process`, busy((p) => p.serverLoop)], [`CPU, ${names}: server process`, busy((p) => p.serverCpu)]);
  }
  lines.push(["phones' decoding of answers (JSON.parse + zod), all phases", secs(f.parseSeconds)]);
  return lines;
}

export function printFigures(database: string, lines: [string, string][], f: LoadFigures, print: (line: string) => void): void {
  for (const [label, value] of lines) print(`${database.padEnd(10)} ${label.padEnd(64)} ${value}`);
  for (const sample of f.errorSamples) print(`${''.padEnd(10)}   · ${sample}`);
}

export function printChecks(checks: Check[], print: (line: string) => void): void {
  for (const c of checks) print(`${c.ok ? 'PASS' : 'FAIL'} ${c.name}: ${c.detail}`);
}
