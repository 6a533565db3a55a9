/** The words the volunteer's screens share: a request's place, how long it has waited, and "Claimed by another volunteer". */
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { timeAgo, type HelpRequestRecord } from './request-facts';
import type { BuildingRecord } from './use-volunteer-records';

/** "1栋, unit 2, room 501" (zh-CN: 1栋 2单元 501). */
export function placeLabel(t: TFunction, request: Pick<HelpRequestRecord, 'unit' | 'room'>, building: BuildingRecord | undefined | null): string {
  return t('volunteer:card.place', { building: building?.name ?? t('volunteer:requests.unknownBuilding'), unit: request.unit, room: request.room });
}

/** "12 min ago"; empty without a time. */
export function agoLabel(t: TFunction, timestamp: string | undefined, now: number): string {
  const ago = timeAgo(timestamp, now);
  return ago ? t(ago.key, { count: ago.count }) : '';
}

/** Kind and "Urgent", the request's badges. */
export function RequestBadges({ request }: { request: Pick<HelpRequestRecord, 'kind' | 'urgent'> }) {
  const { t } = useTranslation('requests');
  return (
    <>
      <span className={`gw-volunteer-kind gw-volunteer-kind--${request.kind}`}>{t(`requests:kind.${request.kind}`)}</span>
      {request.urgent ? <span className="gw-volunteer-urgent">{t('requests:urgent')}</span> : null}
    </>
  );
}

/**
 * "Claimed by another volunteer"; when it was this phone's own claim or delivery the server refused,
 * why, and the way to Needs attention (what was delivered is kept there and shown to the secretary).
 */
export function ClaimedByOther({ refused }: { refused: boolean }) {
  const { t } = useTranslation('volunteer');
  return (
    <div className="gw-volunteer-other">
      <p className="gw-volunteer-other__label">{t('volunteer:other.label')}</p>
      {refused ? (
        <>
          <p className="gw-hint">{t('volunteer:other.refused')}</p>
          <Link to="/attention">{t('volunteer:other.attention')}</Link>
        </>
      ) : null}
    </div>
  );
}
