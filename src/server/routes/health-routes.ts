/** GET /api/v1/health: is the server up, and which database does it run on. */
import { healthResponseSchema, type HealthResponse } from '../../domain/sync-protocol';
import type { ContractApp } from '../http/request-validation';
import type { ServerContext } from '../server-context';

export function registerHealthRoutes(app: ContractApp, ctx: ServerContext): void {
  app.get(
    '/api/v1/health',
    {
      schema: {
        summary: 'Liveness and database kind',
        tags: ['health'],
        response: { 200: healthResponseSchema },
      },
    },
    async (): Promise<HealthResponse> => {
      await ctx.db.query('SELECT 1');
      return { status: 'ok', db: ctx.db.kind };
    },
  );
}
