/**
 * The gate in Chromium (issue 5 goals), through the real built app and server, signed in as worker1 in
 * English on a phone-sized page: a scripted shift of 200 entries (gate-shift-plan.ts) on the gate screen.
 * - "Save entry" (a click, or Enter in the Temperature field) to the cleared screen, timed in the page,
 *   over all entries and over repeat residents alone (goal ≤ 50 ms p95);
 * - taps per repeat-resident entry (goal: at most 4 plus typing the temperature);
 * - the checkpoint entries (and referrals' fever reports) the phone holds after the shift, and the server
 *   after the push, to show none was lost.
 * Printed, nothing asserted.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromiumAvailable } from '../e2e/support/browser';
import { requireBuild } from '../e2e/support/builds';
import { summarize } from './support/bench-stats';
import { CHECKS } from '../e2e/pages/gate-page';
import { gateRoster } from './support/gate-roster';
import { openGateBenchSession, type GateBenchSession } from './support/gate-session';
import { runShift, type ShiftRun } from './support/gate-shift';
import { GATE_SHIFT_MIX, planShift, type ShiftMix } from './support/gate-shift-plan';
import { gateSamples, type GateSample } from './support/gate-timers';
import { latencyFigure, type LatencyFigure } from './support/latency-figure';
import { localCount } from './support/local-data';

export interface GateBenchOptions {
  staticDir: string;
  /** Demo seed scale: 1 is the demo community (~500 residents in worker1's grid). */
  scale?: number;
  mix?: ShiftMix;
}

export interface GateBenchReport {
  figures: LatencyFigure[];
  /** Further figures as label and value. */
  lines: [string, string][];
}

const SYNC_TIMEOUT_MS = 60_000;

export function gateBenchAvailable(staticDir: string): boolean {
  return chromiumAvailable() && existsSync(path.join(staticDir, 'index.html')) && existsSync(path.join(staticDir, 'sw.js'));
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

function part(label: string, values: readonly number[]): string {
  const summary = summarize(values);
  return summary ? `${label} median ${ms(summary.medianMs)} p95 ${ms(summary.p95Ms)}` : `${label} –`;
}

/** Where the time goes: to the committed write, to the cleared DOM (before its frame). */
function domNote(samples: readonly GateSample[]): string {
  const commits = samples.flatMap((s) => (s.commitMs === null ? [] : [s.commitMs]));
  return `${part('to the committed write:', commits)}; ${part('to the cleared DOM (before its frame):', samples.map((s) => s.domMs))}`;
}

function tapsLine(run: ShiftRun): string {
  const counts = [...new Set(run.repeatTaps)].sort((a, b) => a - b);
  const taps = counts.length === 1 ? String(counts[0]) : counts.join('–');
  const enter = run.repeatSaves.click === 0;
  let line = `${taps} (Recent, ${CHECKS.join(', ')}) + temperature typed + ${enter ? 'Enter' : 'Save entry'}`;
  const entries = run.repeatTaps.length;
  const really = entries > 0 ? run.repeatClicks / entries : 0;
  if (!enter || run.prePressed > 0) {
    line += `; this build: ${really.toFixed(2)} taps made on average, ${run.prePressed} toggles found pressed, ${run.repeatSaves.click} saved by a click (no form)`;
  }
  return line;
}

async function serverCount(session: GateBenchSession, entity: string): Promise<number> {
  const { rows } = await session.server.db.query<{ n: number | string }>(
    'SELECT count(*) AS n FROM records WHERE entity = $1 AND created_by = $2',
    [entity, session.workerId],
  );
  return Number(rows[0]?.n ?? 0);
}

export async function benchGate(options: GateBenchOptions): Promise<GateBenchReport> {
  const mix = options.mix ?? GATE_SHIFT_MIX;
  const session = await openGateBenchSession(requireBuild(options.staticDir), options.scale ?? 1);
  try {
    const { page, shell } = session;
    const roster = await gateRoster(session.server.db, session.gridId);
    const plan = planShift(roster, mix);
    const before = { entries: await localCount(page, 'checkpoint_entry'), reports: await localCount(page, 'fever_report') };

    const started = performance.now();
    const run = await runShift(page, plan);
    const shiftSeconds = (performance.now() - started) / 1000;
    const samples = await gateSamples(page);
    const entries = (await localCount(page, 'checkpoint_entry')) - before.entries;
    const reports = (await localCount(page, 'fever_report')) - before.reports;

    const synced = await shell.syncStatus
      .filter({ hasText: 'Pending: 0' })
      .waitFor({ timeout: SYNC_TIMEOUT_MS })
      .then(() => true, () => false);
    const onServer = synced
      ? `server after the push: ${await serverCount(session, 'checkpoint_entry')} / ${await serverCount(session, 'fever_report')}`
      : `not all pushed within ${SYNC_TIMEOUT_MS / 1000} s`;

    const repeats = samples.filter((s) => s.kind === 'repeat');
    const { saved, typedBy } = run;
    const first = samples[0];
    const figures = [
      latencyFigure(`gate: Save entry → cleared screen (${samples.length} entries)`, samples.map((s) => s.ms), [
        `${saved.repeat} repeat residents (Recent); ${typedBy.initials + typedBy.room} residents found by typing (${typedBy.initials} pinyin initials, ${typedBy.room} room codes): ${saved.search} allowed, ${saved.refused} refused, ${saved.referred} referred (fever); ${saved.visitor} visitors`,
        `${roster.length} residents on the phone; the shift scripted in ${shiftSeconds.toFixed(0)} s`,
        domNote(samples),
        `first save (loads the writer) ${first ? ms(first.ms) : '–'}; goal ≤ 50 ms p95`,
      ]),
      latencyFigure(`gate: Save entry → cleared screen, repeat residents`, repeats.map((s) => s.ms), [
        domNote(repeats),
        `saved by Enter in Temperature ${run.repeatSaves.enter}×, by a click on Save entry ${run.repeatSaves.click}×`,
      ]),
    ];
    const lines: [string, string][] = [
      ['gate: taps per repeat-resident entry', tapsLine(run)],
      [
        'gate: records on the phone after the shift',
        `${entries} checkpoint_entry (+${reports} fever_report, the referrals'); ${onServer}`,
      ],
    ];
    return { figures, lines };
  } finally {
    await session.close();
  }
}
