/**
 * The validation module brings zod and every domain schema with it. Loading it on the first write
 * (a separate chunk, precached by the service worker) keeps zod out of the app's first screen.
 */
import type * as Validation from './validation';

export type ValidationModule = typeof Validation;

let loading: Promise<ValidationModule> | null = null;

export function loadValidation(): Promise<ValidationModule> {
  loading ??= import('./validation').catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}
