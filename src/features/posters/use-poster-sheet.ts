/**
 * A building's poster sheet, read from the server (online only): loading, the sheet, or why it failed
 * (NETWORK: posters need a connection). A replaced unit code takes its place in the sheet.
 */
import { useCallback, useEffect, useState } from 'react';
import { useDataClient } from '../../data';
import type { PosterSheet, UnitPoster } from '../../domain/api/posters';
import { CodedError } from '../../shared/write-failure';

export type SheetView = { state: 'loading' } | { state: 'ready'; sheet: PosterSheet } | { state: 'failed'; code: string | null };

export interface PosterSheetState {
  view: SheetView;
  reload: () => void;
  /** Replaces a unit's code on the server; resolves with the new one (already in the sheet). */
  replace: (unit: string) => Promise<UnitPoster>;
}

export function usePosterSheet(buildingId: string, online: boolean): PosterSheetState {
  const client = useDataClient();
  const [view, setView] = useState<SheetView>({ state: 'loading' });
  const [version, setVersion] = useState(0);

  useEffect(() => {
    if (!online) return undefined;
    let current = true;
    setView({ state: 'loading' });
    client.getPosterSheet(buildingId).then(
      (sheet) => {
        if (current) setView({ state: 'ready', sheet });
      },
      (error: unknown) => {
        if (current) setView({ state: 'failed', code: error instanceof CodedError ? error.code : null });
      },
    );
    return () => {
      current = false;
    };
  }, [client, buildingId, online, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  const replace = useCallback(
    async (unit: string) => {
      const poster = await client.replacePosterCode(buildingId, unit);
      setView((currentView) =>
        currentView.state === 'ready'
          ? { state: 'ready', sheet: { ...currentView.sheet, units: currentView.sheet.units.map((u) => (u.unit === poster.unit ? poster : u)) } }
          : currentView,
      );
      return poster;
    },
    [client, buildingId],
  );
  return { view, reload, replace };
}
