/**
 * The response schemas bring zod with them. The API client is built on the app's first screen, so it
 * loads them on its first request (a separate chunk, precached by the service worker) and keeps them.
 */
import type * as ResponseReaders from '../../domain/api/response-readers';

export type ResponseReadersModule = typeof ResponseReaders;

let loading: Promise<ResponseReadersModule> | null = null;

export function loadResponseReaders(): Promise<ResponseReadersModule> {
  loading ??= import('../../domain/api/response-readers').catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}
