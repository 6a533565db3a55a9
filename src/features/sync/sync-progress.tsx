import { lazy, Suspense } from 'react';
import { useSyncProgress } from '../../data';
import type { SyncProgressViewProps } from './sync-progress-view';

// Its own chunk: the first screen does not pay for a bar that only a large sync shows.
const SyncProgressView = lazy(() => import('./sync-progress-view').then((m) => ({ default: m.SyncProgressView })));

/** The progress of a large pull or push while one runs (nothing otherwise). */
export function SyncProgressBar({ variant }: Pick<SyncProgressViewProps, 'variant'>) {
  const progress = useSyncProgress();
  if (!progress) return null;
  return (
    <Suspense fallback={null}>
      <SyncProgressView progress={progress} variant={variant} />
    </Suspense>
  );
}
