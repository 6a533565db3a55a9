/**
 * The secretary's offer on the "Positive pool": the buildings the positive tubes' people live in, each
 * not yet sealed with "Seal" (sealed from today, the reason naming its positive tubes), or all at once.
 * Sealing is the desk's own (client.sealBuilding: the seal period and the building's state together).
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDataClient, type LocalRecord } from '../../data';
import { localDateOf } from '../../shared/local-date';
import { Banner } from '../../shared/ui/banner';
import { Button } from '../../shared/ui/button';
import type { CampaignPool } from './positive-pool-list';

interface PoolBuilding {
  building: LocalRecord<'building'>;
  /** The positive tubes with someone living in it. */
  tubes: string[];
}

/** The buildings of the pools' people, in the pools' order, each with its positive tubes. */
export function poolBuildings(pools: readonly CampaignPool[]): PoolBuilding[] {
  const byId = new Map<string, PoolBuilding>();
  for (const pool of pools) {
    for (const person of pool.people) {
      const { building } = person;
      if (!building) continue;
      const entry = byId.get(building.id);
      if (!entry) byId.set(building.id, { building, tubes: [pool.tubeNumber] });
      else if (!entry.tubes.includes(pool.tubeNumber)) entry.tubes.push(pool.tubeNumber);
    }
  }
  return [...byId.values()];
}

export function SealOffer({ pools }: { pools: readonly CampaignPool[] }) {
  const { t } = useTranslation('testing');
  const client = useDataClient();
  const headingId = useId();
  const [sealedHere, setSealedHere] = useState<ReadonlySet<string>>(() => new Set());
  const [busy, setBusy] = useState<ReadonlySet<string>>(() => new Set());
  const [failed, setFailed] = useState<string[]>([]);
  const buildings = poolBuildings(pools);
  if (buildings.length === 0) return null;
  const isSealed = (entry: PoolBuilding) => entry.building.sealed || sealedHere.has(entry.building.id);
  const open = buildings.filter((entry) => !isSealed(entry));

  const seal = async (entries: readonly PoolBuilding[]) => {
    const ids = entries.map((entry) => entry.building.id);
    setBusy((current) => new Set([...current, ...ids]));
    setFailed([]);
    const startDate = localDateOf();
    for (const entry of entries) {
      try {
        await client.sealBuilding({ buildingId: entry.building.id, startDate, reason: t('testing:positive.sealReason', { tubes: entry.tubes.join('、') }) });
        setSealedHere((current) => new Set([...current, entry.building.id]));
      } catch (error) {
        console.error('seal failed', error);
        setFailed((current) => [...current, entry.building.name]);
      }
    }
    setBusy((current) => new Set([...current].filter((id) => !ids.includes(id))));
  };

  return (
    <section className="gw-card gw-positive-seal" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('testing:positive.buildings')}</h2>
      <ul className="gw-list" aria-labelledby={headingId}>
        {buildings.map((entry) => (
          <li key={entry.building.id} className="gw-positive-seal__building">
            {isSealed(entry) ? (
              <span>{t('testing:positive.sealed', { building: entry.building.name })}</span>
            ) : (
              <Button variant="danger" busy={busy.has(entry.building.id)} disabled={busy.has(entry.building.id)} onClick={() => void seal([entry])}>
                {t('testing:positive.seal', { building: entry.building.name })}
              </Button>
            )}
          </li>
        ))}
      </ul>
      {open.length > 1 ? (
        <Button variant="danger" block disabled={busy.size > 0} busy={busy.size > 0} onClick={() => void seal(open)}>
          {t('testing:positive.sealAll', { n: open.length })}
        </Button>
      ) : null}
      {failed.map((name) => (
        <Banner key={name} tone="error">
          {t('testing:positive.sealFailed', { building: name })}
        </Banner>
      ))}
    </section>
  );
}
