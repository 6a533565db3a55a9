/** Open returns (returned or resubmitted records) per grid: how many, and the age of the oldest. */
import type { TFunction } from 'i18next';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useNow } from '../../shared/ui/use-now';
import type { Places } from './review-places';
import { ageInDays, type OpenReturns } from './review-queue';

export function ageText(days: number, t: TFunction): string {
  if (days === 0) return t('review:age.today');
  if (days === 1) return t('review:age.oneDay');
  return t('review:age.days', { n: days });
}

export function OpenReturnsSection({ groups, places }: { groups: readonly OpenReturns[]; places: Places }) {
  const { t } = useTranslation('review');
  const now = useNow();
  const titleId = useId();
  return (
    <section className="gw-section" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('review:openReturns.title')}</h2>
      {groups.length === 0 ? (
        <p className="gw-empty">{t('review:openReturns.none')}</p>
      ) : (
        <ul className="gw-list gw-review-open">
          {groups.map((group) => (
            <li key={group.gridId ?? ''} className="gw-card">
              <p className="gw-review-open__grid">{group.gridId ? (places.grids.get(group.gridId)?.name ?? t('review:openReturns.unknownGrid')) : t('review:openReturns.noGrid')}</p>
              <p>
                {t('review:openReturns.count', { n: group.count })} · {t('review:openReturns.oldest', { age: ageText(ageInDays(group.oldest, now), t) })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
