import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalRecord } from '../../data';
import { hourRange, type Shift } from '../../domain/checkpoint/shift-tally';
import { RecordSyncBadge } from '../../shared/ui/record-sync-badge';
import { formatTemperature } from '../../shared/ui/temperature-field';
import { clockTime } from '../../shared/clock-time';

const DIRECTION_KEYS = { in: 'shift:current.in', out: 'shift:current.out' } as const;
const OUTCOME_KEYS = { allowed: 'shift:current.allowed', refused: 'shift:current.refused', referred: 'shift:current.referred' } as const;

/** The entries of the current shift, newest first, each with its sync state. */
export function ShiftEntryList({ entries, shift }: { entries: readonly LocalRecord<'checkpoint_entry'>[]; shift: Shift }) {
  const { t } = useTranslation('shift');
  const titleId = useId();
  return (
    <section className="gw-section" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('shift:current.title', { range: hourRange(shift.startHour, shift.endHour), n: entries.length })}</h2>
      {entries.length === 0 ? (
        <p className="gw-empty">{t('shift:current.empty')}</p>
      ) : (
        <ul className="gw-list gw-shift__entries" aria-labelledby={titleId}>
          {entries.map((entry) => {
            return (
              <li key={entry.id} className={`gw-shift__entry gw-shift__entry--${entry.outcome}`}>
                <span className="gw-shift__time">{clockTime(entry.at)}</span>
                <span className="gw-shift__name">{entry.name}</span>
                <span>{t(DIRECTION_KEYS[entry.direction])}</span>
                <span>{t('shift:current.temperature', { temperature: formatTemperature(entry.temperature) })}</span>
                <span className="gw-shift__outcome">{t(OUTCOME_KEYS[entry.outcome])}</span>
                <RecordSyncBadge state={entry._sync} />
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
