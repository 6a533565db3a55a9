/**
 * The campaign's figures per grid (by name) and, in each, per building with a link to the building's
 * "Not tested": from campaignOverview over the buildings the campaign covers on this phone.
 */
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LocalRecord } from '../../data';
import type { GridFigures } from '../../domain/testing/campaign-figures';
import { CampaignCountsLine } from './campaign-counts';

const collator = new Intl.Collator('zh-CN', { numeric: true });

function GridSection({ campaignId, grid, name }: { campaignId: string; grid: GridFigures<LocalRecord<'building'>>; name: string }) {
  const headingId = useId();
  return (
    <section className="gw-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{name}</h3>
      <p>
        <CampaignCountsLine counts={grid.counts} />
      </p>
      <ul className="gw-campaign__rows" aria-labelledby={headingId}>
        {grid.buildings.map(({ building, counts }) => (
          <li key={building.id} className="gw-campaign__row">
            <Link to={`/campaigns/${encodeURIComponent(campaignId)}/buildings/${encodeURIComponent(building.id)}`}>{building.name}</Link>
            <CampaignCountsLine counts={counts} />
          </li>
        ))}
      </ul>
    </section>
  );
}

export interface CampaignGridsProps {
  campaignId: string;
  grids: readonly GridFigures<LocalRecord<'building'>>[];
  gridRecords: readonly LocalRecord<'grid'>[];
}

export function CampaignGrids({ campaignId, grids, gridRecords }: CampaignGridsProps) {
  const { t } = useTranslation('testing');
  const named = useMemo(() => {
    const names = new Map(gridRecords.map((grid) => [grid.id, grid.name]));
    return grids
      .map((grid) => ({ grid, name: names.get(grid.gridId) ?? t('testing:overview.otherGrid') }))
      .sort((a, b) => collator.compare(a.name, b.name) || a.grid.gridId.localeCompare(b.grid.gridId));
  }, [grids, gridRecords, t]);
  if (named.length === 0) return <p className="gw-empty">{t('testing:overview.noBuildings')}</p>;
  return (
    <>
      {named.map(({ grid, name }) => (
        <GridSection key={grid.gridId} campaignId={campaignId} grid={grid} name={name} />
      ))}
    </>
  );
}
