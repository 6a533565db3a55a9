/**
 * Imported first by the browser's entries (the app and the service worker): zod parses without
 * compiling validators through `new Function`. The server's Content-Security-Policy forbids eval
 * (script-src 'self'), so zod could not compile them anyway; without this setting its probe for eval
 * would still be reported as a CSP violation. The server (Node, no CSP) keeps zod's compiled parsers.
 * zod keeps its settings in one global object that it creates only if missing (zod/v4/core: core.js),
 * so this sets it without importing zod: zod itself loads later, in lazily loaded chunks, and
 * importing it here would put it on the first screen. tests/unit/domain/zod-without-eval.test.ts
 * checks that zod reads the setting.
 */
declare global {
  var __zod_globalConfig: { jitless?: boolean } | undefined;
}

globalThis.__zod_globalConfig = { ...globalThis.__zod_globalConfig, jitless: true };

export {};
