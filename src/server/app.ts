/**
 * The upstream HTTP server: the /api/v1 wire contract, its OpenAPI description and, when built,
 * the app itself. `buildApp` does not listen; main.ts and the tests do.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { DEFAULT_RETENTION_DAYS } from '../domain/retention';
import { MAX_PUSH_BYTES } from '../domain/sync-protocol';
import { LoginLimiter, type LoginLimiterOptions } from './auth/login-limiter';
import type { PublicLimitOptions } from './posters/public-limits';
import { loadSecret } from './auth/secret';
import type { Database } from './db/database';
import { decorateAuthentication } from './http/authenticate';
import { registerCompression } from './http/compression';
import { errorBody, installErrorHandler } from './http/errors';
import { registerOpenApi } from './http/openapi';
import { registerSecurityHeaders } from './http/security-headers';
import { jsonSerializer, zodValidator } from './http/request-validation';
import { hasBuiltApp, registerHelpPage, registerStaticFiles } from './http/static-files';
import { registerAuthRoutes } from './routes/auth-routes';
import { registerHealthRoutes } from './routes/health-routes';
import { registerPeopleRoutes } from './routes/people-routes';
import { registerPosterRoutes } from './routes/poster-routes';
import { registerPublicHelpRoutes } from './routes/public-help-routes';
import { registerSessionRoutes } from './routes/session-routes';
import { registerSignInCodeRoutes } from './routes/sign-in-code-routes';
import { registerSyncRoutes } from './routes/sync-routes';
import type { ServerContext } from './server-context';
import { loadFeed } from './sync/feed';

export interface BuildAppOptions {
  db: Database;
  /** Token signing secret; by default the one kept in the database. */
  secret?: string;
  /** Directory of the built app (dist/); nothing is served besides the API when null or not built. */
  staticDir?: string | null;
  logger?: boolean;
  /** Proxy addresses/CIDRs whose X-Forwarded-For is believed (TRUST_PROXY); none by default. */
  trustProxy?: readonly string[];
  loginLimits?: LoginLimiterOptions;
  /** The address users reach the server at (PUBLIC_URL): HSTS is sent when it is https. */
  publicUrl?: string | null;
  /** Serve the build's *.map files (SERVE_SOURCE_MAPS=1); 404 by default. */
  serveSourceMaps?: boolean;
  /** Serve the API description at /api/docs and /api/docs/json (default); API_DOCS=0 turns it off. */
  apiDocs?: boolean;
  /** Limits of the residents' help page (per poster code and per address; tests move its clock). */
  publicHelpLimits?: PublicLimitOptions;
  /** Days phones keep synced visits, gate entries, shift notes and fever reports (PHONE_RETENTION_DAYS); 30 by default. */
  phoneRetentionDays?: number;
}

export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: MAX_PUSH_BYTES,
    trustProxy: options.trustProxy?.length ? [...options.trustProxy] : false,
  });
  const ctx: ServerContext = {
    db: options.db,
    secret: await loadSecret(options.db, options.secret),
    limiter: new LoginLimiter(options.db, options.loginLimits),
    feed: await loadFeed(options.db),
    phoneRetentionDays: options.phoneRetentionDays ?? DEFAULT_RETENTION_DAYS,
  };

  // Routes declare the contract's zod schemas: Fastify validates requests with them (answering in the
  // contract's error format), types the handlers by them and documents them.
  app.setValidatorCompiler(zodValidator());
  app.setSerializerCompiler(() => jsonSerializer());
  installErrorHandler(app);
  decorateAuthentication(app);
  registerSecurityHeaders(app, { publicUrl: options.publicUrl });

  app.addHook('onSend', async (request, reply, payload) => {
    if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
    return payload;
  });

  // Before any route: it hooks the routes added after it (the API, the docs and the built app).
  await registerCompression(app);
  await registerOpenApi(app, { serve: options.apiDocs ?? true });

  const api = app.withTypeProvider<ZodTypeProvider>();
  registerHealthRoutes(api, ctx);
  registerAuthRoutes(api, ctx);
  registerSessionRoutes(api, ctx);
  registerSignInCodeRoutes(api, ctx);
  registerPeopleRoutes(api, ctx);
  registerSyncRoutes(api, ctx);
  registerPosterRoutes(api, ctx);
  registerPublicHelpRoutes(api, ctx, { limits: options.publicHelpLimits });

  const staticDir = hasBuiltApp(options.staticDir) ? options.staticDir : null;
  const serveApp = staticDir !== null;
  if (serveApp) await registerStaticFiles(app, staticDir, { serveSourceMaps: options.serveSourceMaps ?? false });
  if (serveApp) registerHelpPage(app, staticDir);

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    const navigation = (request.method === 'GET' || request.method === 'HEAD') && !path.startsWith('/api');
    if (serveApp && navigation && !/\.[a-z0-9]+$/i.test(path)) {
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    }
    return reply.code(404).send(errorBody('NOT_FOUND', `No route for ${request.method} ${path}`));
  });

  return app;
}
