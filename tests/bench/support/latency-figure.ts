/** One Chromium figure of the round benchmarks: samples summarised, or why it could not be measured. */
import { summarize, type LatencySummary } from './bench-stats';

export interface LatencyFigure {
  label: string;
  summary: LatencySummary | null;
  /** Each run in order, when the figure is a median of a few runs. */
  runsMs?: number[];
  /** How it was measured, or why it was skipped. */
  notes: string[];
}

export function latencyFigure(label: string, samples: readonly number[], notes: string[] = [], runs = false): LatencyFigure {
  return { label, summary: summarize(samples), notes, ...(runs ? { runsMs: [...samples] } : {}) };
}

export function skippedFigure(label: string, reason: string): LatencyFigure {
  return { label, summary: null, notes: [reason] };
}

/** Its message, for a skipped figure's reason. */
export function reasonOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0] ?? text;
}

/** Runs one step of a measurement; its failure says which step (e.g. which control was missing). */
export async function step<T>(description: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw new Error(`${description}: ${reasonOf(error)}`, { cause: error });
  }
}
