/** "Sealed buildings": every building sealed now in the street's communities, with the day its seal began. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SealedBuilding } from './use-street-view';

export function StreetSealed({ sealed }: { sealed: readonly SealedBuilding[] }) {
  const { t } = useTranslation('street');
  const titleId = useId();
  return (
    <section className="gw-section" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('street:sealed.title')}</h2>
      {sealed.length === 0 ? (
        <p className="gw-empty">{t('street:sealed.none')}</p>
      ) : (
        <ul className="gw-street__sealed" aria-labelledby={titleId}>
          {sealed.map(({ building, communityName }) => (
            <li key={building.id}>
              {t('street:sealed.item', { community: communityName, building: building.name })}
              {building.sealedSince ? `, ${t('street:sealed.since', { date: building.sealedSince })}` : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
