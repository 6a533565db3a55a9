/**
 * The validation module brings zod and every domain schema with it. Loading it on the first write
 * (a separate chunk, precached by the service worker) keeps zod out of the app's first screen.
 */
import { lazyLoad } from '../lazy-load';

export const loadValidation = lazyLoad(() => import('./validation'));
