import { maskIdNumber } from '../../domain/id-number';
import { useTranslation } from 'react-i18next';
import type { LocalRecord } from '../../data';
import { Button } from '../../shared/ui/button';
import { classNames } from '../../shared/ui/class-names';
import { RecordSyncBadge } from '../../shared/ui/record-sync-badge';
import { formatTemperature } from '../../shared/ui/temperature-field';
import { clockTime } from '../../shared/clock-time';

/** How many of today's entries the list shows. */
const LAST_ENTRIES_SHOWN = 20;

export interface LastEntriesProps {
  /** Today's entries at this checkpoint, latest first. */
  entries: readonly LocalRecord<'checkpoint_entry'>[];
  /** Entry ids still within their undo window. */
  undoable: ReadonlySet<string>;
  onUndo: (entry: LocalRecord<'checkpoint_entry'>) => void;
}

/**
 * The latest entries at this checkpoint today: time, name (a visitor's ID number too), direction,
 * temperature, outcome, sync state. The ID number always shows masked (110102********053X): enough to
 * tell two visitors of one name apart on a screen others can see; the phone holds the worker's own in full
 * and another worker's masked (issue 18: the server masks them).
 */
export function LastEntries({ entries, undoable, onUndo }: LastEntriesProps) {
  const { t } = useTranslation('checkpoint');
  return (
    <section className="gw-gate-last" aria-labelledby="gw-gate-last-heading">
      <h2 id="gw-gate-last-heading">{t('checkpoint:last.heading')}</h2>
      {entries.length === 0 ? <p className="gw-empty">{t('checkpoint:last.empty')}</p> : null}
      <ul className="gw-list gw-gate-last__list">
        {entries.slice(0, LAST_ENTRIES_SHOWN).map((entry) => {
          const voided = entry.voidedAt !== undefined;
          const { name, outcome } = entry;
          const temperature = t('checkpoint:last.temperature', { value: formatTemperature(entry.temperature) });
          return (
            <li key={entry.id} className={classNames('gw-gate-last__item', voided && 'gw-gate-last__item--voided', `gw-gate-last__item--${outcome}`)}>
              <span className="gw-gate-last__line">
                <span className="gw-gate-last__time">{clockTime(entry.at)}</span>
                <span className="gw-gate-last__name">{voided ? <s>{name}</s> : name}</span>
                {entry.idNumber !== undefined ? <span className="gw-gate-last__id">{t('checkpoint:last.idNumber', { value: maskIdNumber(entry.idNumber) })}</span> : null}
                <span>{t(`checkpoint:${entry.direction}`)}</span>
                <span>{temperature}</span>
                <span className="gw-gate-last__outcome">{t(`checkpoint:outcome.${outcome}`)}</span>
              </span>
              <span className="gw-gate-last__marks">
                {voided ? <span className="gw-gate-last__voided">{t('checkpoint:last.voided')}</span> : null}
                <RecordSyncBadge state={entry._sync} />
                {!voided && undoable.has(entry.id) ? (
                  <Button variant="danger" onClick={() => onUndo(entry)}>
                    {t('checkpoint:last.undo', { name })}
                  </Button>
                ) : null}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
