/**
 * useUnsavedInput(dirty): a form calls it with whether it holds unsaved input; the mark is cleared
 * when the form unmounts. useHasUnsavedInput() tells whether any form on the page is dirty.
 */
import { useEffect, useState, useSyncExternalStore } from 'react';
import { setUnsavedInput, unsavedInputStore } from '../unsaved-input';

export function useUnsavedInput(dirty: boolean): void {
  const [token] = useState(() => Symbol('unsaved-input'));
  useEffect(() => {
    setUnsavedInput(token, dirty);
  }, [token, dirty]);
  useEffect(() => () => setUnsavedInput(token, false), [token]);
}

const hasDirty = () => unsavedInputStore.getState().dirty.size > 0;

export function useHasUnsavedInput(): boolean {
  return useSyncExternalStore(unsavedInputStore.subscribe, hasDirty, hasDirty);
}
