/**
 * Finding a resident who is here now, as the gate does: the search box (name, pinyin initials, phone, ID
 * number or its last digits, room code), or their door's QR code scanned, then a tap on them. The screen
 * gives the search (find) and the household's residents; what it shows on a blank box (the gate's Recent)
 * and its other ways (the gate's Visitor) are its own. Words of the 'checkpoint' namespace.
 */
import { useId, useMemo, useState, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './button';
import type { CodeJudge } from './code-reader';
import { FieldShell } from './field-shell';
import { LazyCodeScanner } from './lazy-code-scanner';
import './resident-finder.css';

/** Matches listed for a query: a short list of big buttons. */
export const FINDER_HIT_LIMIT = 8;

interface Pickable {
  id: string;
}

export interface PickButtonsProps<R extends Pickable> {
  residents: readonly R[];
  label: (resident: R) => string;
  onResident: (resident: R) => void;
}

/** Residents as big buttons, one tap picks. */
export function PickButtons<R extends Pickable>({ residents, label, onResident }: PickButtonsProps<R>) {
  return (
    <ul className="gw-finder__picks">
      {residents.map((resident) => (
        <li key={resident.id}>
          <Button variant="secondary" block className="gw-finder__pick" onClick={() => onResident(resident)}>
            {label(resident)}
          </Button>
        </li>
      ))}
    </ul>
  );
}

export interface ResidentFinderProps<R extends Pickable> extends Omit<PickButtonsProps<R>, 'residents'> {
  /** The residents a query finds (at most FINDER_HIT_LIMIT); null while the search is being prepared. */
  find: (query: string) => readonly R[] | null;
  /** The residents living in a household whose door code was scanned. */
  householdResidents: (householdId: string) => readonly R[];
  /** A scanned text's household id (this app's household link), or null. */
  readHousehold: CodeJudge;
  findRef: RefObject<HTMLInputElement | null>;
  /** The search box's hint, when the screen says it its own way. */
  hint?: string;
  /** Shown under an empty box (the gate's Recent). */
  blank?: ReactNode;
  /** More ways beside "Scan QR code" (the gate's Visitor). */
  actions?: ReactNode;
}

export function ResidentFinder<R extends Pickable>({ find, householdResidents, readHousehold, label, onResident, findRef, hint, blank, actions }: ResidentFinderProps<R>) {
  const { t } = useTranslation('checkpoint');
  const id = useId();
  const [query, setQuery] = useState('');
  const [scanning, setScanning] = useState(false);
  const [scannedHousehold, setScannedHousehold] = useState<string | null>(null);
  const hits = useMemo(() => find(query), [find, query]);
  const inHousehold = useMemo(() => (scannedHousehold ? householdResidents(scannedHousehold) : []), [householdResidents, scannedHousehold]);
  const empty = query.trim() === '';

  return (
    <div className="gw-finder">
      <FieldShell id={id} label={t('checkpoint:person.find')} hint={hint ?? t('checkpoint:person.findHint')}>
        <input
          id={id}
          ref={findRef}
          className="gw-field__input"
          type="search"
          autoComplete="off"
          autoCapitalize="off"
          autoCorrect="off"
          spellCheck={false}
          enterKeyHint="search"
          aria-describedby={`${id}-hint`}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
      </FieldShell>
      {!empty && hits === null ? <p className="gw-loading">{t('checkpoint:person.preparing')}</p> : null}
      {!empty && hits !== null && hits.length === 0 ? (
        <p className="gw-empty" role="status">
          {t('checkpoint:person.noMatch')}
        </p>
      ) : null}
      {!empty && hits !== null && hits.length > 0 ? (
        <section aria-label={t('checkpoint:person.results')}>
          <PickButtons residents={hits} label={label} onResident={onResident} />
        </section>
      ) : null}
      {empty ? blank : null}
      {scannedHousehold ? (
        <section aria-labelledby={`${id}-household`}>
          <h2 id={`${id}-household`} className="gw-finder__subhead">
            {t('checkpoint:person.householdResidents')}
          </h2>
          {inHousehold.length === 0 ? <p className="gw-empty">{t('checkpoint:person.householdEmpty')}</p> : null}
          <PickButtons residents={inHousehold} label={label} onResident={onResident} />
        </section>
      ) : null}
      {scanning ? (
        <LazyCodeScanner
          formats={['qr_code']}
          judge={readHousehold}
          onFound={(householdId) => {
            setScanning(false);
            setScannedHousehold(householdId);
          }}
          onCancel={() => setScanning(false)}
          loading={t('checkpoint:person.scanLoading')}
          failed={t('checkpoint:person.scanUnavailable')}
          close={t('common.cancel')}
          words={{
            camera: t('checkpoint:scanner.camera'),
            starting: t('checkpoint:scanner.starting'),
            aim: t('checkpoint:scanner.aim'),
            foreign: t('checkpoint:scanner.notHousehold'),
            unavailable: t('checkpoint:scanner.unavailable'),
            cancel: t('checkpoint:scanner.cancel'),
          }}
        />
      ) : null}
      <div className="gw-actions gw-finder__ways">
        <Button variant="secondary" onClick={() => setScanning(true)} disabled={scanning}>
          {t('checkpoint:person.scan')}
        </Button>
        {actions}
      </div>
    </div>
  );
}
