import { useTranslation } from 'react-i18next';
import { classNames } from './class-names';

export type RecordSyncBadgeState = 'synced' | 'pending' | 'rejected';

const SYMBOLS: Record<RecordSyncBadgeState, string> = { synced: '✓', pending: '↑', rejected: '!' };

function isRecordSyncBadgeState(value: unknown): value is RecordSyncBadgeState {
  return value === 'synced' || value === 'pending' || value === 'rejected';
}

/**
 * Whether one record is on the server: synced, pending (saved on this phone, not sent yet) or needs
 * attention (the server refused it). A symbol and a word, so it does not rely on colour.
 */
export function RecordSyncBadge({ state, className }: { state: unknown; className?: string }) {
  const { t } = useTranslation();
  const known: RecordSyncBadgeState = isRecordSyncBadgeState(state) ? state : 'pending';
  const word = t(`recordSync.${known}`);
  return (
    <span className={classNames('gw-sync-badge', `gw-sync-badge--${known}`, className)} title={t('recordSync.label', { state: word })}>
      <span aria-hidden="true">{SYMBOLS[known]} </span>
      {word}
    </span>
  );
}
