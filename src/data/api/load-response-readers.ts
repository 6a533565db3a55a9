/**
 * The response schemas bring zod with them. The API client is built on the app's first screen, so it
 * loads them on its first request (a separate chunk, precached by the service worker) and keeps them.
 */
import { lazyLoad } from '../lazy-load';

export const loadResponseReaders = lazyLoad(() => import('../../domain/api/response-readers'));
