/** The app's version (package.json, plus the build id when one was given), defined at build time by vite.config.ts. */
declare const __APP_VERSION__: string;

export const APP_VERSION: string = __APP_VERSION__;
