import { useTranslation } from 'react-i18next';
import { ROOM_STATUSES, type RoomStatus } from '../../domain/round/day-status';

/** Each status has a colour AND a symbol, so the grid does not rely on colour alone. */
export const STATUS_SYMBOLS: Record<RoomStatus, string> = {
  not_visited: '○',
  visited: '✓',
  not_home: '–',
  refused: '✕',
  fever: '▲',
};

export const SYNC_MARKS = { pending: '↑', rejected: '!' } as const;
export type SyncMark = keyof typeof SYNC_MARKS;

/** Ids of the legend's words; room buttons point at them with aria-describedby. */
export function statusWordId(base: string, status: RoomStatus): string {
  return `${base}-status-${status}`;
}

export function syncWordId(base: string, mark: SyncMark): string {
  return `${base}-sync-${mark}`;
}

/** The legend: every status (and sync mark) with its symbol and word. */
export function RoomLegend({ idBase }: { idBase: string }) {
  const { t } = useTranslation('round');
  return (
    <section className="gw-room-legend" aria-labelledby={`${idBase}-legend`}>
      <h2 id={`${idBase}-legend`} className="gw-room-legend__title">
        {t('round:building.legendTitle')}
      </h2>
      <ul className="gw-room-legend__list">
        {ROOM_STATUSES.map((status) => (
          <li key={status}>
            <span className={`gw-room-swatch gw-room--${status}`} aria-hidden="true">
              {STATUS_SYMBOLS[status]}
            </span>
            <span id={statusWordId(idBase, status)}>{t(`round:status.${status}`)}</span>
          </li>
        ))}
        {(Object.keys(SYNC_MARKS) as SyncMark[]).map((mark) => (
          <li key={mark}>
            <span className={`gw-room-swatch gw-room-swatch--sync gw-room__sync--${mark}`} aria-hidden="true">
              {SYNC_MARKS[mark]}
            </span>
            <span id={syncWordId(idBase, mark)}>{t(`round:sync.${mark}`)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
