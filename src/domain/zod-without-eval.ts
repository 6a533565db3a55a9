/**
 * Imported first by the browser's entries (the app and the service worker): zod parses without
 * compiling validators through `new Function`. The server's Content-Security-Policy forbids eval
 * (script-src 'self'), so zod could not compile them anyway; without this setting its probe for eval
 * would still be reported as a CSP violation. The server (Node, no CSP) keeps zod's compiled parsers.
 */
import { z } from 'zod';

z.config({ jitless: true });
