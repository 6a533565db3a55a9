/** One trend: its title, the chart, and the table with the same figures beside it (below it on a phone). */
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChartSpec } from './chart-options';
import { TrendChart } from './trend-chart';

export function TrendSection({ title, spec, children }: { title: string; spec: ChartSpec; children: ReactNode }) {
  const { t } = useTranslation('trends');
  const titleId = useId();
  return (
    <section aria-labelledby={titleId} className="gw-trend">
      <h2 id={titleId}>{title}</h2>
      <div className="gw-trend__body">
        <TrendChart label={t('trends:chart', { title })} spec={spec} />
        {children}
      </div>
    </section>
  );
}
