/**
 * What a trend chart shows, and the uPlot options that draw it: x positions 0…n-1 labelled by the
 * caller (dates, hours), whole-number counts from 0 up, colours that stand out on white (each ≥ 4.5:1)
 * and, for lines, a dash of their own so the series differ without colour too.
 */
import type uPlot from 'uplot';

export interface ChartSeries {
  /** The translated series name (legend). */
  label: string;
  values: readonly number[];
  colour: string;
  dash?: number[];
}

export interface ChartSpec {
  /** The translated name of the x axis (e.g. Date, Hour). */
  xTitle: string;
  /** One label per x position. */
  xLabels: readonly string[];
  series: readonly ChartSeries[];
  kind: 'lines' | 'bars';
}

/** Dark enough on white for lines and text (WCAG contrast ≥ 4.5:1 each). */
export const CHART_COLOURS = ['#0b5cad', '#b3261e', '#8a5300', '#1b6e35', '#6b3fa0', '#00626b', '#454c57', '#9c1f6e'] as const;
export const CHART_DASHES: readonly (number[] | undefined)[] = [undefined, [8, 4], [2, 3], [12, 4, 2, 4]];

const AXIS_STROKE = '#14181f';
const GRID_STROKE = '#d5dae1';
/** Whole steps only: a count of households is never 2.5. */
const WHOLE_STEPS = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1_000, 2_000, 5_000, 10_000, 20_000, 50_000];

/** Height of the plot for a container width: shorter on a phone. */
export function chartHeight(width: number): number {
  return width < 600 ? 220 : 300;
}

/** The aligned data uPlot draws: the x positions, then each series' values. */
export function chartData(spec: ChartSpec): uPlot.AlignedData {
  return [spec.xLabels.map((_, index) => index), ...spec.series.map((series) => [...series.values])];
}

export function chartOptions(spec: ChartSpec, width: number, paths: uPlot.Series.PathBuilderFactories): uPlot.Options {
  const label = (value: number | null) => (value === null ? '' : (spec.xLabels[value] ?? ''));
  const bars = spec.kind === 'bars' ? paths.bars?.({ size: [0.7, 48] }) : undefined;
  return {
    width,
    height: chartHeight(width),
    scales: {
      // Half a bar (a third of a step for lines) beyond the first and last position, so neither is cut off.
      x: { time: false, range: (_u, min, max) => (spec.kind === 'bars' ? [min - 0.5, max + 0.5] : [min - 0.3, max + 0.3]) },
      y: { range: (_u, _min, max) => [0, Math.max(1, Math.ceil(max * 1.1))] },
    },
    axes: [
      {
        stroke: AXIS_STROKE,
        grid: { stroke: GRID_STROKE, width: 1 },
        ticks: { stroke: GRID_STROKE },
        incrs: [1, 2, 3, 4, 6, 12],
        space: 44,
        values: (_u, splits) => splits.map((split) => label(split)),
      },
      {
        stroke: AXIS_STROKE,
        grid: { stroke: GRID_STROKE, width: 1 },
        ticks: { stroke: GRID_STROKE },
        incrs: WHOLE_STEPS,
        values: (_u, splits) => splits.map((split) => String(split)),
      },
    ],
    series: [
      { label: spec.xTitle, value: (_u, value) => label(value) },
      ...spec.series.map((series): uPlot.Series => ({
        label: series.label,
        stroke: series.colour,
        width: 2,
        ...(bars ? { paths: bars, fill: series.colour, points: { show: false } } : { dash: series.dash, points: { show: true, size: 6, fill: series.colour } }),
      })),
    ],
    legend: { show: true },
    cursor: { drag: { x: false, y: false } },
  };
}
