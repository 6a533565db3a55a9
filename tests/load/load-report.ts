/** The run's figures, computed from the phones and the HTTP timings, printed one per line like the bench's. */
import { summarize, type LatencySummary } from '../bench/support/bench-stats';
import type { HttpStats } from './load-http';
import type { LoadOptions } from './load-options';
import type { SeededWorld } from './load-seed';
import type { Check } from './load-verify';
import type { PhoneState } from './phone-run';

export interface LoadFigures {
  seedSeconds: number;
  runSeconds: number;
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
  /** Share of the run the process's event loop was busy: the server and the phones share it. */
  eventLoopBusy: number;
  signIn: LatencySummary | null;
  push: LatencySummary | null;
  pullPage: LatencySummary | null;
}

export interface RunTimes {
  seedSeconds: number;
  runSeconds: number;
  eventLoopBusy: number;
}

export function computeFigures(states: PhoneState[], stats: HttpStats, { seedSeconds, runSeconds, eventLoopBusy }: RunTimes): LoadFigures {
  const results = states.flatMap((state) => [...state.results.values()]);
  const statusCount = (status: string) => results.filter((result) => result.status === status).length;
  const encoded = [...stats.encodedResponses].map(([encoding, n]) => `${n} ${encoding}`).join(', ');
  return {
    seedSeconds,
    runSeconds,
    phones: states.length,
    phonesFailed: states.filter((state) => state.error !== null).length,
    mutationsSent: states.reduce((sum, state) => sum + state.plan.mutations.length, 0),
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
    eventLoopBusy,
    signIn: summarize(stats.signInMs),
    push: summarize(stats.pushMs),
    pullPage: summarize(stats.pullPageMs),
  };
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const latency = (s: LatencySummary | null) => (s ? `p50 ${ms(s.medianMs)}  p95 ${ms(s.p95Ms)}  (n=${s.n})` : 'no samples');

/** Label and value of every figure, in print order. */
export function figureLines(f: LoadFigures, options: LoadOptions, world: SeededWorld): [string, string][] {
  const c = world.counts;
  const perSecond = f.runSeconds > 0 ? (f.applied + f.duplicate) / f.runSeconds : 0;
  return [
    [`seed: ${c.communities} communities, ${c.grids} grids, ${c.households} households, ${c.residents} residents`, `${f.seedSeconds.toFixed(2)} s`],
    [`mutations/s overall: ${f.phones} phones × ${options.mutationsPerPhone}, ${options.concurrency} at once, sign-in to pull`, `${f.runSeconds.toFixed(2)} s  ${perSecond.toFixed(0)}/s`],
    ['sign-in latency', latency(f.signIn)],
    [`push latency per request (batches of ${options.batchSize})`, latency(f.push)],
    [`pull page latency (limit ${options.pullLimit})`, latency(f.pullPage)],
    ['errors: HTTP (non-200 answers, failures, timeouts)', String(f.httpErrors)],
    ['errors: rejected mutations', String(f.rejected)],
    ['errors: phones that did not finish', String(f.phonesFailed)],
    ['totals: mutations sent / applied / duplicate', `${f.mutationsSent} / ${f.applied} / ${f.duplicate}`],
    ['totals: push requests / pull pages / changes pulled', `${f.pushRequests} / ${f.pullPages} / ${f.changesPulled}`],
    ['totals: conflicting fields reported (shared residents)', String(f.conflicts)],
    ['totals: responses / content-encoded', `${f.responses} / ${f.encoded}`],
    ['event loop busy (server and phones share this process)', `${(f.eventLoopBusy * 100).toFixed(0)} %`],
  ];
}

export function printFigures(database: string, lines: [string, string][], f: LoadFigures, print: (line: string) => void): void {
  for (const [label, value] of lines) print(`${database.padEnd(10)} ${label.padEnd(64)} ${value}`);
  for (const sample of f.errorSamples) print(`${''.padEnd(10)}   · ${sample}`);
}

export function printChecks(checks: Check[], print: (line: string) => void): void {
  for (const c of checks) print(`${c.ok ? 'PASS' : 'FAIL'} ${c.name}: ${c.detail}`);
}
