/**
 * Entries saved from this screen in the last few seconds, which may still be undone, with the fever
 * report a referral made alongside. The list shrinks by itself when each window closes.
 */
import { useCallback, useEffect, useState } from 'react';

const UNDO_WINDOW_MS = 10_000;

interface UndoableSave {
  entryId: string;
  feverReportId: string | null;
  savedAt: number;
}

export function useUndoWindow() {
  const [saves, setSaves] = useState<UndoableSave[]>([]);

  useEffect(() => {
    const [first] = saves;
    if (!first) return;
    const wait = Math.max(0, first.savedAt + UNDO_WINDOW_MS - Date.now());
    const timer = setTimeout(() => setSaves((list) => list.filter((save) => save.savedAt + UNDO_WINDOW_MS > Date.now())), wait);
    return () => clearTimeout(timer);
  }, [saves]);

  const add = useCallback((entryId: string, feverReportId: string | null) => {
    setSaves((list) => [...list, { entryId, feverReportId, savedAt: Date.now() }]);
  }, []);
  const remove = useCallback((entryId: string) => setSaves((list) => list.filter((save) => save.entryId !== entryId)), []);

  return { saves, add, remove };
}
