/** What `npm start` prints once the server listens: where, on which database, the demo accounts. */
import type { ServerConfig } from './config';
import { hasBuiltApp } from './http/static-files';
import type { DemoSummary } from './seed/seed-demo';

export function startupLines(
  config: ServerConfig,
  port: number,
  seeded: DemoSummary | null,
  accounts: readonly { username: string; role: string }[],
  workers = 1,
): string[] {
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const url = `http://${host}:${port}/`;
  const lines = [''];
  if (seeded) lines.push(`Seeded the demo community: ${seeded.buildings.length} buildings, ${seeded.households} households, ${seeded.residents} residents.`);
  lines.push(`Gridwalk is running at ${url}${workers > 1 ? ` (${workers} worker processes)` : ''}`);
  lines.push(`Database: ${config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `embedded PGlite in ${config.dataDir}`}`);
  if (!hasBuiltApp(config.staticDir)) lines.push('No built app in dist/: serving the API only (run `npm start` to build and serve).');
  if (config.apiDocs) lines.push(`API description: ${url}api/docs`);
  if (accounts.length > 0) {
    lines.push(`Demo accounts: ${accounts.map((a) => `${a.username} (${a.role})`).join(', ')}`);
    const note = seeded ? '' : ' (the DEMO_PASSWORD in effect when this database was seeded)';
    lines.push(`Demo password: ${config.demoPassword}${note}`);
  }
  return lines;
}
