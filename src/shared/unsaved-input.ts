/**
 * Which forms on the page hold input the user has not saved yet. Forms report it through
 * useUnsavedInput (src/shared/ui/use-unsaved-input.ts); the app asks before anything reloads the
 * page (a new version, another tab's upgrade) while some input would be lost.
 */
import { createStore } from 'zustand/vanilla';

interface UnsavedInputState {
  /** One token per form that currently has unsaved input. */
  dirty: ReadonlySet<symbol>;
}

export const unsavedInputStore = createStore<UnsavedInputState>(() => ({ dirty: new Set() }));

/** Marks (or clears) one form's unsaved input. */
export function setUnsavedInput(token: symbol, dirty: boolean): void {
  const current = unsavedInputStore.getState().dirty;
  if (current.has(token) === dirty) return;
  const next = new Set(current);
  if (dirty) next.add(token);
  else next.delete(token);
  unsavedInputStore.setState({ dirty: next });
}

export function hasUnsavedInput(): boolean {
  return unsavedInputStore.getState().dirty.size > 0;
}
