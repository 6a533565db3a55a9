/** The three trends of the screen, each a chart with its table: fever reports by action, households visited by grid, gate entries by hour. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalRecord } from '../../data';
import { FEVER_ACTIONS, type FeverAction } from '../../domain/entities/fever-report';
import type { FeverDay, GateHour, HouseholdsVisitedPerDay } from '../../domain/trends/trend-counts';
import { CHART_COLOURS, CHART_DASHES, type ChartSpec } from './chart-options';
import { TrendSection } from './trend-section';
import { TrendTable } from './trend-table';

const ACTION_COLOURS: Record<FeverAction, string> = { fever_clinic: '#b3261e', home_isolation: '#8a5300', observation: '#0b5cad' };
const ACTION_DASHES: Record<FeverAction, number[] | undefined> = { fever_clinic: undefined, home_isolation: [8, 4], observation: [2, 3] };

/** 2026-11-30 → 11-30 under the chart (the table keeps the whole date). */
function shortDate(date: string): string {
  return date.slice(5);
}

export function FeverTrend({ days }: { days: readonly FeverDay[] }) {
  const { t } = useTranslation('trends');
  const actionLabel = (action: FeverAction) => t(`trends:fevers.action.${action}`);
  const spec = useMemo<ChartSpec>(
    () => ({
      kind: 'lines',
      xTitle: t('trends:date'),
      xLabels: days.map((day) => shortDate(day.date)),
      series: FEVER_ACTIONS.map((action) => ({
        label: t(`trends:fevers.action.${action}`),
        values: days.map((day) => day.byAction[action]),
        colour: ACTION_COLOURS[action],
        dash: ACTION_DASHES[action],
      })),
    }),
    [days, t],
  );
  return (
    <TrendSection title={t('trends:fevers.title')} spec={spec}>
      <TrendTable
        caption={t('trends:fevers.caption')}
        rowHeader={t('trends:date')}
        columns={[...FEVER_ACTIONS.map(actionLabel), t('trends:total')]}
        rows={days.map((day) => ({ label: day.date, values: [...FEVER_ACTIONS.map((action) => day.byAction[action]), day.total] }))}
      />
    </TrendSection>
  );
}

export function VisitsTrend({ visits, grids }: { visits: HouseholdsVisitedPerDay; grids: readonly LocalRecord<'grid'>[] }) {
  const { t } = useTranslation('trends');
  const names = useMemo(() => {
    const byId = new Map(grids.map((grid) => [grid.id, grid.name]));
    return visits.grids.map((grid) => byId.get(grid.gridId) ?? grid.gridId);
  }, [grids, visits]);
  const spec = useMemo<ChartSpec>(
    () => ({
      kind: 'lines',
      xTitle: t('trends:date'),
      xLabels: visits.dates.map(shortDate),
      series: visits.grids.map((grid, index) => ({
        label: names[index] ?? grid.gridId,
        values: grid.perDay,
        colour: CHART_COLOURS[index % CHART_COLOURS.length]!,
        dash: CHART_DASHES[index % CHART_DASHES.length],
      })),
    }),
    [visits, names, t],
  );
  return (
    <TrendSection title={t('trends:visits.title')} spec={spec}>
      {visits.grids.length === 0 ? <p className="gw-empty">{t('trends:visits.noGrids')}</p> : null}
      <TrendTable
        caption={t('trends:visits.caption')}
        rowHeader={t('trends:date')}
        columns={[...names, t('trends:visits.allGrids')]}
        rows={visits.dates.map((date, index) => ({
          label: date,
          values: [...visits.grids.map((grid) => grid.perDay[index] ?? 0), visits.totals[index] ?? 0],
        }))}
      />
    </TrendSection>
  );
}

const twoDigits = (hour: number) => String(hour).padStart(2, '0');

export function GateTrend({ hours, date }: { hours: readonly GateHour[]; date: string }) {
  const { t } = useTranslation('trends');
  const spec = useMemo<ChartSpec>(
    () => ({
      kind: 'bars',
      xTitle: t('trends:gate.hour'),
      xLabels: hours.map((slot) => t('trends:gate.hourShort', { hour: twoDigits(slot.hour) })),
      series: [{ label: t('trends:gate.entries'), values: hours.map((slot) => slot.total), colour: CHART_COLOURS[0] }],
    }),
    [hours, t],
  );
  return (
    <TrendSection title={t('trends:gate.title')} spec={spec}>
      <TrendTable
        caption={t('trends:gate.caption', { date })}
        rowHeader={t('trends:gate.hour')}
        columns={[t('trends:gate.in'), t('trends:gate.out'), t('trends:total')]}
        rows={hours.map((slot) => ({
          label: t('trends:gate.hourRange', { from: twoDigits(slot.hour), to: twoDigits(slot.hour + 1) }),
          values: [slot.byDirection.in, slot.byDirection.out, slot.total],
        }))}
      />
    </TrendSection>
  );
}
