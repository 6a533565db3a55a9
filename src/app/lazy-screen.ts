import { lazy, type ComponentType } from 'react';

/** A screen as its own chunk: `lazyScreen(() => import('…/x-screen'), 'XScreen')`. */
export function lazyScreen<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(() => load().then((m) => ({ default: m[name] })));
}
