import { useId, useMemo, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalRecord, ResidentSearch } from '../../data';
import { livesThere } from '../../domain/entities/resident';
import { search } from '../../domain/search/search';
import { Button } from '../../shared/ui/button';
import { FieldShell } from '../../shared/ui/field-shell';
import { GateScanner } from './gate-scanner';
import { residentLabel } from './person-label';

type Resident = LocalRecord<'resident'>;

/** Matches listed for a query: a short list of big buttons. */
const HIT_LIMIT = 8;

export interface PersonPickerProps {
  gate: ResidentSearch;
  /** Residents who passed this checkpoint today, latest first. */
  recent: readonly Resident[];
  onResident: (resident: Resident) => void;
  onVisitor: () => void;
  findRef: RefObject<HTMLInputElement | null>;
}

function ResidentButtons({ residents, gate, onResident }: { residents: readonly Resident[]; gate: ResidentSearch; onResident: (r: Resident) => void }) {
  const { t } = useTranslation('checkpoint');
  return (
    <ul className="gw-gate-picks">
      {residents.map((resident) => (
        <li key={resident.id}>
          <Button variant="secondary" block className="gw-gate-pick" onClick={() => onResident(resident)}>
            {residentLabel(t, resident, gate.records)}
          </Button>
        </li>
      ))}
    </ul>
  );
}

/** Find the person at the gate: search box, today's recent residents, a household QR code, or a visitor. */
export function PersonPicker({ gate, recent, onResident, onVisitor, findRef }: PersonPickerProps) {
  const { t } = useTranslation('checkpoint');
  const id = useId();
  const [query, setQuery] = useState('');
  const [scanning, setScanning] = useState(false);
  const [scannedHousehold, setScannedHousehold] = useState<string | null>(null);
  const { records } = gate;
  const index = gate.prepared?.index ?? null;
  // The index holds everyone in the register; the gate offers only those who still live here.
  const hits = useMemo(() => {
    if (!index) return [];
    return search(index, query, HIT_LIMIT * 3)
      .filter((hit) => hit.entry.kind === 'resident')
      .map((hit) => records.residents.get(hit.entry.id))
      .filter((resident): resident is Resident => resident !== undefined && livesThere(resident))
      .slice(0, HIT_LIMIT);
  }, [index, records, query]);
  const householdResidents = useMemo(
    () => (scannedHousehold ? [...records.residents.values()].filter((r) => r.householdId === scannedHousehold && livesThere(r)) : []),
    [records, scannedHousehold],
  );
  const blank = query.trim() === '';

  return (
    <div className="gw-gate-person">
      <FieldShell id={id} label={t('checkpoint:person.find')} hint={t('checkpoint:person.findHint')}>
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
      {!blank && index === null ? <p className="gw-loading">{t('checkpoint:person.preparing')}</p> : null}
      {!blank && index !== null && hits.length === 0 ? (
        <p className="gw-empty" role="status">
          {t('checkpoint:person.noMatch')}
        </p>
      ) : null}
      {!blank && hits.length > 0 ? (
        <section aria-label={t('checkpoint:person.results')}>
          <ResidentButtons residents={hits} gate={gate} onResident={onResident} />
        </section>
      ) : null}
      {blank && recent.length > 0 ? (
        <section className="gw-gate-recent" aria-labelledby={`${id}-recent`}>
          <h2 id={`${id}-recent`} className="gw-gate-subhead">
            {t('checkpoint:person.recent')}
          </h2>
          <ResidentButtons residents={recent} gate={gate} onResident={onResident} />
        </section>
      ) : null}
      {scannedHousehold ? (
        <section aria-labelledby={`${id}-household`}>
          <h2 id={`${id}-household`} className="gw-gate-subhead">
            {t('checkpoint:person.householdResidents')}
          </h2>
          {householdResidents.length === 0 ? <p className="gw-empty">{t('checkpoint:person.householdEmpty')}</p> : null}
          <ResidentButtons residents={householdResidents} gate={gate} onResident={onResident} />
        </section>
      ) : null}
      {scanning ? (
        <GateScanner
          onHousehold={(householdId) => {
            setScanning(false);
            setScannedHousehold(householdId);
          }}
          onCancel={() => setScanning(false)}
        />
      ) : null}
      <div className="gw-actions gw-gate-person__ways">
        <Button variant="secondary" onClick={() => setScanning(true)} disabled={scanning}>
          {t('checkpoint:person.scan')}
        </Button>
        <Button variant="secondary" onClick={onVisitor}>
          {t('checkpoint:person.visitor')}
        </Button>
      </div>
    </div>
  );
}
