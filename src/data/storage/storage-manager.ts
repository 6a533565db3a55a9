/** The parts of navigator.storage the data layer uses (all optional: older browsers lack some). Loaded at start. */
export interface StorageManagerLike {
  persist?(): Promise<boolean>;
  persisted?(): Promise<boolean>;
  estimate?(): Promise<{ usage?: number; quota?: number }>;
}

export function browserStorageManager(): StorageManagerLike | null {
  return (globalThis.navigator as { storage?: StorageManagerLike } | undefined)?.storage ?? null;
}
