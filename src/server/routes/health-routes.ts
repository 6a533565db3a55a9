/** GET /api/v1/health: is the server up, and which database does it run on. */
import type { FastifyInstance } from 'fastify';
import type { ServerContext } from '../server-context';

export function registerHealthRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get(
    '/api/v1/health',
    {
      schema: {
        summary: 'Liveness and database kind',
        tags: ['health'],
        response: {
          200: {
            type: 'object',
            properties: { status: { type: 'string', enum: ['ok'] }, db: { type: 'string', enum: ['pglite', 'postgres'] } },
          },
        },
      },
    },
    async () => {
      await ctx.db.query('SELECT 1');
      return { status: 'ok', db: ctx.db.kind };
    },
  );
}
