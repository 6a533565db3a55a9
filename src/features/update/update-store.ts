/**
 * UI state of the app update: whether a new version waits, and how to switch to it. The app's
 * service worker registration (src/app/pwa) offers the update; the banner reads it.
 */
import { create } from 'zustand';

interface UpdateState {
  available: boolean;
  /** Switches to the new version (tells the waiting worker to take over, then reloads). */
  apply: (() => void) | null;
}

export const useUpdateStore = create<UpdateState>(() => ({ available: false, apply: null }));

export function offerUpdate(apply: () => void): void {
  useUpdateStore.setState({ available: true, apply });
}

export function clearUpdate(): void {
  useUpdateStore.setState({ available: false, apply: null });
}
