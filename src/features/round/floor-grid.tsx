import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { LocalRecord } from '../../data';
import type { RoomStatus } from '../../domain/round/day-status';
import type { BuildingGrid, FloorRow } from '../../domain/round/building-grid';
import { SelectField } from '../../shared/ui/select-field';
import { STATUS_SYMBOLS, SYNC_MARKS, statusWordId, syncWordId, type SyncMark } from './room-legend';
import { rowOffsets, rowsAround, visibleRows, type RowRange } from './visible-rows';

/** Every floor row is one line of 48 px buttons plus the gap (see round.css). */
const FLOOR_ROW_HEIGHT = 56;
/** Width one room takes in a unit column (button and gap). */
const ROOM_SLOT = 68;
const OVERSCAN = 6;

interface RowProps {
  row: FloorRow<LocalRecord<'household'>>;
  index: number;
  label: string;
  columns: string;
  statuses: ReadonlyMap<string, RoomStatus>;
  idBase: string;
  onOpen: (householdId: string) => void;
}

function syncMarkOf(record: LocalRecord<'household'>): SyncMark | null {
  return record._sync === 'pending' || record._sync === 'rejected' ? record._sync : null;
}

const FloorRowView = memo(function FloorRowView({ row, index, label, columns, statuses, idBase, onOpen }: RowProps) {
  const { t } = useTranslation('round');
  return (
    <div className="gw-floor-row" role="group" aria-label={label} data-row={index} style={{ gridTemplateColumns: columns }}>
      <span className="gw-floor-row__label" aria-hidden="true">
        {row.floor === null ? '…' : row.floor}
      </span>
      {row.cells.map((rooms, unit) => (
        <div className="gw-floor-row__cell" key={unit}>
          {rooms.map((household) => {
            const status = statuses.get(household.id) ?? 'not_visited';
            const sync = syncMarkOf(household);
            const { room } = household;
            const describedBy = sync ? `${statusWordId(idBase, status)} ${syncWordId(idBase, sync)}` : statusWordId(idBase, status);
            return (
              <button
                key={household.id}
                type="button"
                className={`gw-room gw-room--${status}`}
                aria-label={t('round:place', { unit: household.unit, room })}
                aria-describedby={describedBy}
                onClick={() => onOpen(household.id)}
              >
                <span className="gw-room__number">{room}</span>
                <span className="gw-room__mark" aria-hidden="true">
                  {STATUS_SYMBOLS[status]}
                </span>
                {sync ? (
                  <span className={`gw-room__sync gw-room__sync--${sync}`} aria-hidden="true">
                    {SYNC_MARKS[sync]}
                  </span>
                ) : null}
              </button>
            );
          })}
        </div>
      ))}
    </div>
  );
});

interface FloorGridProps {
  grid: BuildingGrid<LocalRecord<'household'>>;
  statuses: ReadonlyMap<string, RoomStatus>;
  /** Id prefix of the legend the rooms are described by. */
  idBase: string;
}

function viewportHeight(): number {
  return typeof window === 'undefined' ? 800 : window.innerHeight || 800;
}

/**
 * The floor × unit grid, top floor first. Only the floor rows near the viewport are rendered
 * (the page itself scrolls; spacers keep its height); "Go to floor" jumps straight to any floor.
 */
export function FloorGrid({ grid, statuses, idBase }: FloorGridProps) {
  const { t } = useTranslation('round');
  const navigate = useNavigate();
  const rowsRef = useRef<HTMLDivElement>(null);
  const offsets = useMemo(() => rowOffsets(grid.rows.map(() => FLOOR_ROW_HEIGHT)), [grid.rows]);
  const [view, setView] = useState(() => ({ top: 0, height: viewportHeight() }));
  const [jump, setJump] = useState<number | null>(null);

  useLayoutEffect(() => {
    let frame = 0;
    function measure(scrolled: boolean) {
      frame = 0;
      // Once the page has scrolled (to a jumped-to floor, or by hand) the scroll position decides again.
      if (scrolled) setJump(null);
      const element = rowsRef.current;
      if (!element) return;
      const top = -element.getBoundingClientRect().top;
      const height = viewportHeight();
      setView((current) => (current.top === top && current.height === height ? current : { top, height }));
    }
    function onScroll() {
      if (!frame) frame = requestAnimationFrame(() => measure(true));
    }
    measure(false);
    window.addEventListener('scroll', onScroll, { passive: true, capture: true });
    window.addEventListener('resize', onScroll);
    return () => {
      window.removeEventListener('scroll', onScroll, { capture: true });
      window.removeEventListener('resize', onScroll);
      if (frame) cancelAnimationFrame(frame);
    };
  }, []);

  useEffect(() => {
    if (jump === null) return;
    const row = rowsRef.current?.querySelector(`[data-row="${jump}"]`);
    if (row && typeof row.scrollIntoView === 'function') row.scrollIntoView({ block: 'start' });
  }, [jump]);

  const onOpen = useCallback((householdId: string) => void navigate(`/households/${encodeURIComponent(householdId)}`), [navigate]);
  const rowCount = grid.rows.length;
  const range: RowRange =
    jump === null ? visibleRows(view.top, view.height, offsets, OVERSCAN) : rowsAround(jump, rowCount, Math.ceil(view.height / FLOOR_ROW_HEIGHT) + OVERSCAN);
  const columns = `3rem ${grid.unitWidths.map((rooms) => `${rooms * ROOM_SLOT}px`).join(' ')}`;
  const labels = useMemo(
    () => grid.rows.map((row) => (row.floor === null ? t('round:building.otherRooms') : t('round:building.floor', { n: row.floor }))),
    [grid.rows, t],
  );
  const total = offsets[rowCount] ?? 0;
  const before = offsets[range.start] ?? 0;
  const after = total - (offsets[range.end] ?? total);

  return (
    <>
      {rowCount > 1 ? (
        <SelectField
          label={t('round:building.goToFloor')}
          name="floor"
          placeholder="—"
          options={labels.map((label, index) => ({ value: String(index), label }))}
          value={jump === null ? '' : String(jump)}
          onChange={(event) => setJump(event.target.value === '' ? null : Number(event.target.value))}
        />
      ) : null}
      <div className="gw-floor-grid">
        <div className="gw-floor-row gw-floor-row--head" aria-hidden="true" style={{ gridTemplateColumns: columns }}>
          <span />
          {grid.units.map((unit) => (
            <span key={unit} className="gw-floor-row__unit">
              {t('round:building.unit', { unit })}
            </span>
          ))}
        </div>
        <div ref={rowsRef} style={{ paddingTop: before, paddingBottom: after }}>
          {grid.rows.slice(range.start, range.end).map((row, offset) => {
            const index = range.start + offset;
            return (
              <FloorRowView
                key={row.floor ?? 'other'}
                row={row}
                index={index}
                label={labels[index] ?? ''}
                columns={columns}
                statuses={statuses}
                idBase={idBase}
                onOpen={onOpen}
              />
            );
          })}
        </div>
      </div>
    </>
  );
}
