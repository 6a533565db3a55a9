/**
 * Same-field conflicts as cards: the record (its kind, a readable name, a link to its screen), the
 * field, the earlier and the later value (the one the record holds now marked), who made the later
 * change and when; "Keep this value" under each value and "Seen". Presentational: the records and the
 * two actions come from the caller (src/data's useConflicts… and useConflictActions), so the
 * Conflicts screen and a record's own screen show the same cards.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../format-date-time';
import { Banner } from './banner';
import { Button } from './button';
import './conflict-list.css';

/** What a card needs of a conflict entry (src/data's ConflictEntry has this shape). */
export interface ConflictListEntry {
  conflict: {
    id: string;
    entity: string;
    recordId: string;
    field: string;
    serverValue?: unknown;
    clientValue?: unknown;
    userName?: string;
    at: string;
    seenAt?: string;
    kept?: 'earlier' | 'later';
  };
  record: { id: string } | null;
  current: unknown;
  holds: 'earlier' | 'later' | 'neither' | 'missing';
  canKeep: boolean;
  building: { id: string; name: string } | null;
  household: { id: string; unit: string; room: string } | null;
}

export interface ConflictListProps {
  entries: readonly ConflictListEntry[];
  onKeep(conflictId: string, side: 'earlier' | 'later'): Promise<unknown>;
  onSeen(conflictId: string): Promise<unknown>;
  /** The list's accessible name. */
  label: string;
}

type Translate = ReturnType<typeof useTranslation>['t'];

/** A field's value as a person reads it: null or missing as "empty", yes/no, lists joined. */
function readable(value: unknown, t: Translate): string {
  if (value === null || value === undefined || value === '') return t('conflicts:empty');
  if (typeof value === 'boolean') return value ? t('conflicts:yes') : t('conflicts:no');
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.length === 0 ? t('conflicts:empty') : value.map((item) => readable(item, t)).join(', ');
  return JSON.stringify(value);
}

function fieldName(field: string, t: Translate, exists: (key: string) => boolean): string {
  const key = `attention:fields.${field}`;
  return exists(key) ? t(key) : field;
}

/** The record's name and its screen: a building, a household (its building, unit and room), a resident (in its household). */
function recordName(entry: ConflictListEntry, t: Translate): { name: string; to: string | null } {
  const { conflict, record, building, household } = entry;
  const fields: Record<string, unknown> | null = record;
  const place = household ? [building?.name, t('conflicts:room', { unit: household.unit, room: household.room })].filter(Boolean).join(' ') : null;
  if (conflict.entity === 'building' && building) return { name: building.name, to: `/buildings/${encodeURIComponent(building.id)}` };
  if (conflict.entity === 'household' && household && place) return { name: place, to: `/households/${encodeURIComponent(household.id)}` };
  if (conflict.entity === 'resident' && fields && typeof fields.name === 'string') {
    return { name: place ? `${fields.name} · ${place}` : fields.name, to: household ? `/households/${encodeURIComponent(household.id)}` : null };
  }
  if (fields && typeof fields.name === 'string') return { name: fields.name, to: null };
  return { name: conflict.recordId, to: null };
}

function ConflictValue({ entry, side, onKeep, busy }: { entry: ConflictListEntry; side: 'earlier' | 'later'; onKeep: () => void; busy: boolean }) {
  const { t } = useTranslation('conflicts');
  const labelId = useId();
  const value = side === 'earlier' ? entry.conflict.serverValue : entry.conflict.clientValue;
  const holds = entry.holds === side;
  const unseen = entry.conflict.seenAt === undefined;
  return (
    <div role="group" aria-labelledby={labelId} className={holds ? 'gw-conflict__value gw-conflict__value--held' : 'gw-conflict__value'}>
      <span id={labelId} className="gw-hint">
        {side === 'earlier' ? t('conflicts:earlier') : entry.holds === 'later' ? t('conflicts:later') : t('conflicts:laterOnly')}
      </span>
      <span className="gw-conflict__text">{readable(value, t)}</span>
      {holds && side === 'earlier' ? <span className="gw-hint">{t('conflicts:holdsNow')}</span> : null}
      {unseen && entry.canKeep ? (
        <Button variant="secondary" block disabled={busy} busy={busy} onClick={onKeep}>
          {t('conflicts:keep')}
        </Button>
      ) : null}
    </div>
  );
}

function ConflictCard({ entry, onKeep, onSeen }: { entry: ConflictListEntry } & Pick<ConflictListProps, 'onKeep' | 'onSeen'>) {
  const { t, i18n } = useTranslation(['conflicts', 'attention']);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const { conflict } = entry;
  const { name, to } = recordName(entry, t);
  const kind = t(`attention:entity.${conflict.entity}`);
  const run = (write: () => Promise<unknown>) => {
    setBusy(true);
    setFailed(false);
    write().then(
      () => setBusy(false),
      () => {
        setBusy(false);
        setFailed(true);
      },
    );
  };
  const unseen = conflict.seenAt === undefined;
  return (
    <li className="gw-card gw-conflict">
      <p className="gw-lead">
        <span className="gw-conflict__kind">{kind}</span> {to ? <Link to={to}>{name}</Link> : name}
      </p>
      <p>
        <span className="gw-hint">{t('conflicts:field')}:</span> {fieldName(conflict.field, t, (key) => i18n.exists(key))}
      </p>
      <div className="gw-conflict__values">
        <ConflictValue entry={entry} side="earlier" busy={busy} onKeep={() => run(() => onKeep(conflict.id, 'earlier'))} />
        <ConflictValue entry={entry} side="later" busy={busy} onKeep={() => run(() => onKeep(conflict.id, 'later'))} />
      </div>
      {entry.holds === 'neither' ? <Banner tone="warning">{t('conflicts:changedSince', { value: readable(entry.current, t) })}</Banner> : null}
      {entry.holds === 'missing' && unseen ? <p className="gw-hint">{t('conflicts:missing')}</p> : null}
      <p className="gw-hint">{t('conflicts:changedBy', { name: conflict.userName ?? t('conflicts:someone'), time: formatDateTime(conflict.at, i18n.language) })}</p>
      {unseen ? (
        <Button variant="quiet" block disabled={busy} onClick={() => run(() => onSeen(conflict.id))}>
          {t('conflicts:seen')}
        </Button>
      ) : (
        <p className="gw-hint">
          {t('conflicts:seenAt', { time: formatDateTime(conflict.seenAt ?? '', i18n.language) })}
          {conflict.kept !== undefined
            ? ` · ${t('conflicts:kept', { value: readable(conflict.kept === 'earlier' ? conflict.serverValue : conflict.clientValue, t) })}`
            : null}
        </p>
      )}
      {failed ? <Banner tone="error">{t('conflicts:failed')}</Banner> : null}
    </li>
  );
}

export function ConflictList({ entries, onKeep, onSeen, label }: ConflictListProps) {
  return (
    <ul className="gw-list gw-conflicts" aria-label={label}>
      {entries.map((entry) => (
        <ConflictCard key={entry.conflict.id} entry={entry} onKeep={onKeep} onSeen={onSeen} />
      ))}
    </ul>
  );
}

/** A record screen's section of unseen conflicts ("Conflicts" and the cards); nothing when there is none. */
export function ConflictSection({ entries, onKeep, onSeen }: Omit<ConflictListProps, 'label'>) {
  const { t } = useTranslation(['conflicts', 'attention']);
  const titleId = useId();
  if (entries.length === 0) return null;
  return (
    <section className="gw-section" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('conflicts:title')}</h2>
      <ConflictList entries={entries} onKeep={onKeep} onSeen={onSeen} label={t('conflicts:title')} />
    </section>
  );
}
