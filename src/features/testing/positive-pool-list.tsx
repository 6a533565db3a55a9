/**
 * One positive tube of the "Positive pool": its number and since when it is positive, and everyone in it,
 * all to be re-tested — name, building-unit-room, the others of their household, their own result (a
 * re-test's result stands over the pool's) and "Re-test": sampled again since, or not yet. People the
 * phone does not hold (another grid's, on a grid worker's phone) are counted, not named.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalRecord } from '../../data';
import { livesThere } from '../../domain/entities/resident';
import { addressOf } from '../../domain/testing/campaign-figures';
import { samplingsOfResident, type ResultRow, type SamplingRow } from '../../domain/testing/campaign-people';
import { residentResult, type PositivePool } from '../../domain/testing/campaign-tubes';
import { formatDateTime } from '../../shared/format-date-time';

export type CampaignPool = PositivePool<LocalRecord<'resident'>, LocalRecord<'household'>, LocalRecord<'building'>>;

export interface PoolContext {
  campaignId: string;
  samplings: readonly SamplingRow[];
  standing: ReadonlyMap<string, ResultRow>;
  /** The residents living in each household, by household id. */
  householdMembers: ReadonlyMap<string, readonly LocalRecord<'resident'>[]>;
}

/** The residents living in each household. */
export function membersByHousehold(residents: readonly LocalRecord<'resident'>[]): Map<string, LocalRecord<'resident'>[]> {
  const members = new Map<string, LocalRecord<'resident'>[]>();
  for (const resident of residents) {
    if (!livesThere(resident)) continue;
    const list = members.get(resident.householdId);
    if (list) list.push(resident);
    else members.set(resident.householdId, [resident]);
  }
  return members;
}

export function PositivePoolSection({ pool, context }: { pool: CampaignPool; context: PoolContext }) {
  const { t, i18n } = useTranslation('testing');
  const headingId = useId();
  const known = pool.people.filter((person) => person.resident);
  const unknown = pool.people.length - known.length;
  return (
    <section className="gw-card gw-positive-pool" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('testing:positive.tube', { tube: pool.tubeNumber })}</h2>
      <p className="gw-positive-pool__since">{t('testing:positive.since', { at: formatDateTime(pool.result.resultAt, i18n.language) })}</p>
      <p>{t('testing:positive.people', { n: pool.people.length })}</p>
      <ul className="gw-list" aria-labelledby={headingId}>
        {known.map((person) => {
          const { resident, household, building } = person;
          if (!resident) return null;
          const others = household ? (context.householdMembers.get(household.id) ?? []).filter((member) => member.id !== resident.id) : [];
          const result = residentResult(samplingsOfResident(context.samplings, context.campaignId, resident.id), context.standing);
          return (
            <li key={person.residentId} className="gw-positive-person">
              <strong>{resident.name}</strong>
              {household && building ? <span> · {addressOf(building, household)}</span> : null}
              <div>{others.length > 0 ? t('testing:positive.household', { names: others.map((member) => member.name).join('、') }) : t('testing:positive.livesAlone')}</div>
              <div>{t('testing:positive.result', { result: result === 'pending' ? t('testing:results.pending') : t(`testing:results.${result}`) })}</div>
              <div className={person.retestedAt ? 'gw-positive-person__retested' : 'gw-positive-person__retest'}>
                {person.retestedAt
                  ? t('testing:positive.retested', { at: formatDateTime(person.retestedAt, i18n.language) })
                  : t('testing:positive.notRetested')}
              </div>
            </li>
          );
        })}
      </ul>
      {unknown > 0 ? <p className="gw-hint">{t('testing:positive.unknownPeople', { n: unknown })}</p> : null}
    </section>
  );
}
