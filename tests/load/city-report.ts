/** The city run's figures: the seed, a block per morning (one per process count), and a table of them side by side. */
import type { LatencySummary } from '../bench/support/bench-stats';
import type { CpuFigures } from './city-cpu';
import type { CityMorning, MorningPhase } from './city-morning';

const ms = (value: number) => `${value.toFixed(1)} ms`;
const latency = (s: LatencySummary | null) => (s ? `p50 ${ms(s.medianMs)}  p95 ${ms(s.p95Ms)}  (n=${s.n})` : 'no samples');
const cpus = (value: number) => value.toFixed(2);

export function seedLines(counts: Map<string, number>, seconds: number, reused: boolean, schema: string): [string, string][] {
  const rows = [...counts].map(([kind, n]) => `${n.toLocaleString('en-US')} ${kind}`).join(', ');
  return [
    [reused ? `seed: reused kept schema ${schema} (LOAD_KEEP_CITY)` : `seed: bulk SQL into schema ${schema}, indexes rebuilt, ANALYZE`, `${seconds.toFixed(1)} s`],
    ['seed: rows', rows],
  ];
}

export function morningLines(m: CityMorning, concurrency: number, batchSize: number, pullLimit: number): [string, string][] {
  const f = m.figures;
  const phases: MorningPhase[] = [m.phases.signIn, m.phases.push, m.phases.pull];
  const each = (pick: (cpu: CpuFigures) => number) => phases.map((p) => cpus(pick(p.cpu))).join(' / ');
  const at = `${Math.min(concurrency, f.phones)} at once`;
  return [
    [`sign-in phase: ${f.phones} phones, ${at}`, `${m.phases.signIn.figures.seconds.toFixed(2)} s`],
    ['sign-in latency', latency(f.signIn)],
    [`push phase: ${f.phones} phones, their round (visits, checks, fever reports…)`, `${f.pushPhase.seconds.toFixed(2)} s`],
    ['mutations/s: mutations sent / push phase', `${f.mutationsSent} / ${f.pushSeconds.toFixed(2)} s = ${f.mutationsPerSecond.toFixed(0)}/s`],
    [`push latency per request (batches of ${batchSize})`, latency(f.push)],
    [`pull phase: every phone pulls its scope from the start, ${at}`, `${m.phases.pull.figures.seconds.toFixed(2)} s`],
    [`pull page latency (limit ${pullLimit})`, latency(f.pullPage)],
    ['pull: pages / changes', `${f.pullPages} / ${f.changesPulled}`],
    ['errors: HTTP / rejected mutations / phones that did not finish', `${f.httpErrors} / ${f.rejected} / ${f.phonesFailed}`],
    ['totals: applied / duplicate / conflicting fields', `${f.applied} / ${f.duplicate} / ${f.conflicts}`],
    [`street officers: ${m.officers.officers}, sign-in latency`, latency(m.officers.signIn)],
    ['street officers: pull page latency (from the start while workers push, then on)', latency(m.officers.pullPage)],
    ['street officers: pages / changes / HTTP errors / did not finish', `${m.officers.pages} / ${m.officers.changes} / ${m.officers.httpErrors} / ${m.officers.failed}`],
    ['CPU (CPUs busy), sign-in / push / pull: server processes', each((c) => c.server)],
    ['CPU, sign-in / push / pull: PostgreSQL backends of the server', each((c) => c.postgresBackends)],
    ['CPU, sign-in / push / pull: all postgres processes (machine)', each((c) => c.postgresAll)],
    ["CPU, sign-in / push / pull: phones' process (this one)", phases.map((p) => cpus(p.figures.phonesCpu)).join(' / ')],
    [`machine busy (${phases[0]?.cpu.cpus ?? '?'} CPUs), sign-in / push / pull`, phases.map((p) => `${(p.cpu.machine * 100).toFixed(0)} %`).join(' / ')],
    // What the machine spent beyond this run's processes: other users' work shares the CPUs (the figures are then a floor).
    ['CPU, sign-in / push / pull: everything else on the machine', phases.map((p) => cpus(Math.max(0, p.cpu.machine * p.cpu.cpus - p.cpu.server - p.cpu.postgresAll - p.figures.phonesCpu))).join(' / ')],
  ];
}

/** One line per morning: the figures to compare across process counts. */
export function summaryLines(mornings: CityMorning[]): string[] {
  const header = 'WORKERS  mutations/s  push p50/p95 ms   pull page p50/p95 ms  officer page p50/p95  errors  push CPU: server / pg backends / pg all / machine';
  return [
    header,
    ...mornings.map((m) => {
      const f = m.figures;
      const c = m.phases.push.cpu;
      const pair = (s: LatencySummary | null) => (s ? `${s.medianMs.toFixed(0)} / ${s.p95Ms.toFixed(0)}` : '–');
      const errors = f.httpErrors + f.rejected + f.phonesFailed + m.officers.httpErrors + m.officers.failed;
      return `${String(m.workers).padEnd(9)}${f.mutationsPerSecond.toFixed(0).padEnd(13)}${pair(f.push).padEnd(18)}${pair(f.pullPage).padEnd(22)}${pair(m.officers.pullPage).padEnd(22)}${String(errors).padEnd(8)}${cpus(c.server)} / ${cpus(c.postgresBackends)} / ${cpus(c.postgresAll)} / ${(c.machine * 100).toFixed(0)} %`;
    }),
  ];
}
