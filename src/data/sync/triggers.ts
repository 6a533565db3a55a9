/**
 * The browser events that start a sync run: `online`, the page becoming visible; `offline` only
 * updates the status. Targets are injected so the engine also runs in Node, where there are none.
 */
export interface EventTargetLike {
  addEventListener(type: string, listener: () => void): void;
  removeEventListener(type: string, listener: () => void): void;
}

export interface VisibilityTargetLike extends EventTargetLike {
  readonly visibilityState: string;
}

export interface TriggerEnv {
  /** `window` in the browser: online / offline events. */
  window?: EventTargetLike | null;
  /** `document` in the browser: visibilitychange. */
  document?: VisibilityTargetLike | null;
}

export interface TriggerHandlers {
  online(): void;
  offline(): void;
  visible(): void;
}

/** The real window and document when they exist. */
export function browserTriggerEnv(): TriggerEnv {
  return {
    window: typeof window === 'undefined' ? null : window,
    document: typeof document === 'undefined' ? null : document,
  };
}

/** Adds the listeners; returns the function that removes them. */
export function bindTriggers(env: TriggerEnv, handlers: TriggerHandlers): () => void {
  const onVisibility = () => {
    if (env.document?.visibilityState === 'visible') handlers.visible();
  };
  const onOnline = () => handlers.online();
  const onOffline = () => handlers.offline();
  env.window?.addEventListener('online', onOnline);
  env.window?.addEventListener('offline', onOffline);
  env.document?.addEventListener('visibilitychange', onVisibility);
  return () => {
    env.window?.removeEventListener('online', onOnline);
    env.window?.removeEventListener('offline', onOffline);
    env.document?.removeEventListener('visibilitychange', onVisibility);
  };
}

/** navigator.onLine where it exists; true elsewhere (Node), where only a failed request says offline. */
export function browserIsOnline(): boolean {
  const nav = globalThis.navigator as { onLine?: boolean } | undefined;
  return nav?.onLine !== false;
}
