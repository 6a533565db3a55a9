/**
 * The app lock in front of the signed-in user's app (issue 18): "Set PIN" until a PIN is set, "Locked"
 * until it (or the password) unlocks, then the role's app, watched for idleness and the background.
 * The two screens are chunks of their own; while locked, the role's app is not rendered at all.
 */
import { Suspense, useCallback, type ReactNode } from 'react';
import { useAppLock, useDataClient } from '../data';
import { useAutoLock } from '../features/lock/use-auto-lock';
import { lazyScreen } from './lazy-screen';
import { RouteLoading } from './route-loading';

const SetPinScreen = lazyScreen(() => import('../features/lock/set-pin-screen'), 'SetPinScreen');
const LockScreen = lazyScreen(() => import('../features/lock/lock-screen'), 'LockScreen');

function Unlocked({ idleMinutes, children }: { idleMinutes: number; children: ReactNode }) {
  const client = useDataClient();
  const lock = useCallback(() => client.lock(), [client]);
  useAutoLock(idleMinutes, lock);
  return children;
}

export function LockGate({ children }: { children: ReactNode }) {
  const lock = useAppLock();
  if (lock.status === 'unlocked') return <Unlocked idleMinutes={lock.idleMinutes}>{children}</Unlocked>;
  if (lock.status === 'loading') return <RouteLoading />;
  return <Suspense fallback={<RouteLoading />}>{lock.status === 'no_pin' ? <SetPinScreen /> : <LockScreen />}</Suspense>;
}
