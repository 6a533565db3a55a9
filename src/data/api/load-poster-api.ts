/** The poster calls' module, loaded on first use (a chunk that cannot load counts as NETWORK: posters need a connection). */
import { lazyLoad } from '../lazy-load';
import { ApiError } from './api-error';
import type * as PosterApi from './poster-api';

const load = lazyLoad(() => import('./poster-api'));

export function loadPosterApi(): Promise<typeof PosterApi> {
  return load().catch((error: unknown) => Promise.reject(new ApiError(0, 'NETWORK', error instanceof Error ? error.message : 'network error')));
}
