/**
 * The round in Chromium (issue 4 goals), through the real built app and server, signed in as the
 * secretary (scope: the whole community) after the first pull:
 * - search latency per keystroke (goal ≤ 16 ms p95),
 * - save-a-visit latency, tap to committed transaction (goal ≤ 20 ms p95),
 * - building screen first render with 2,000 households in one building (goal ≤ 100 ms).
 * Printed, nothing asserted. Each figure is skipped with its reason when its screen is not there.
 *
 * The scope: the demo community at scale 10 (~6,000 households, ~15,500 residents) plus one building
 * of 2,000 households (4 units × 50 floors × 10 rooms, ~5,000 residents) added for the bench only.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { chromiumAvailable } from '../e2e/support/browser';
import { requireBuild } from '../e2e/support/builds';
import { openRoundBenchSession, type RoundBenchScope } from './support/bench-session';
import { pullTraceLines } from './support/pull-trace';
import { measureBuildingRender } from './support/building-render';
import { reasonOf, skippedFigure, type LatencyFigure } from './support/latency-figure';
import { queriesOf, searchQuerySets } from './support/search-queries';
import { measureSearchLatency } from './support/search-latency';
import { householdsOf, measureSaveVisitLatency } from './support/visit-latency';

export const ROUND_BENCH_SCOPE: RoundBenchScope = {
  scale: 10,
  bigBuilding: { units: 4, floors: 50, roomsPerFloor: 10 },
};

export interface RoundBenchOptions {
  staticDir: string;
  scope?: RoundBenchScope;
  /** Query sets (5 queries each) typed into search. */
  querySets?: number;
  visitSamples?: number;
  buildingRuns?: number;
  /** More figures measured on the same page after the round's (e.g. the secretary's desk, desk-bench.ts). */
  after?: (page: Page, scopeLabel: string) => Promise<LatencyFigure[]>;
}

export interface RoundBenchReport {
  scopeLabel: string;
  /** `breakdown`: where the time went, as printable label and figure lines. */
  firstPull: { seconds: number; records: number; breakdown: [string, string][] };
  figures: LatencyFigure[];
  /** The `after` option's figures (none without it). */
  afterFigures: LatencyFigure[];
}

export function roundBenchAvailable(staticDir: string): boolean {
  return chromiumAvailable() && existsSync(path.join(staticDir, 'index.html')) && existsSync(path.join(staticDir, 'sw.js'));
}

const thousands = (n: number) => n.toLocaleString('en-US');

/** Runs one figure; a screen that is missing or behaves otherwise skips that figure, not the others. */
async function figure(label: string, measure: () => Promise<LatencyFigure>): Promise<LatencyFigure> {
  try {
    return await measure();
  } catch (error) {
    return skippedFigure(label, reasonOf(error));
  }
}

export async function benchRound(options: RoundBenchOptions): Promise<RoundBenchReport> {
  const scope = options.scope ?? ROUND_BENCH_SCOPE;
  const session = await openRoundBenchSession(requireBuild(options.staticDir), scope);
  try {
    const { page, server, bigBuilding, local } = session;
    const scopeLabel = `${thousands(local.resident)} residents / ${thousands(local.household)} households`;
    const figures: LatencyFigure[] = [];

    const searchLabel = `search per keystroke (${scopeLabel})`;
    figures.push(
      await figure(searchLabel, async () => {
        const sets = await searchQuerySets(server.db, options.querySets ?? 5, bigBuilding.id);
        return measureSearchLatency(page, sets.flatMap(queriesOf), searchLabel);
      }),
    );

    const visitLabel = 'save a visit, tap to committed transaction';
    figures.push(
      await figure(visitLabel, async () => {
        const walk = [...server.demo.buildings].filter((b) => !b.sealed).sort((a, b) => b.households - a.households)[0];
        if (!walk) throw new Error('no demo building to walk');
        return measureSaveVisitLatency(page, await householdsOf(server.db, walk.id), options.visitSamples ?? 60, visitLabel);
      }),
    );

    const buildingLabel = `building screen first render (${thousands(bigBuilding.households)} households in one building)`;
    figures.push(
      await figure(buildingLabel, () => measureBuildingRender(page, bigBuilding, options.buildingRuns ?? 7, buildingLabel)),
    );

    return {
      scopeLabel,
      firstPull: {
        seconds: session.firstPullSeconds,
        records: local.resident + local.household + local.building,
        breakdown: pullTraceLines(session.firstPullTrace, session.firstPullSeconds),
      },
      figures,
      afterFigures: options.after ? await options.after(page, scopeLabel) : [],
    };
  } finally {
    await session.close();
  }
}
