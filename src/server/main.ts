/**
 * `npm start` / `npm run serve`: the API and the built app on one port. Seeds the demo community on
 * an empty embedded database; on PostgreSQL only with `--demo`.
 */
import { readConfig } from './config';
import { hasBuiltApp } from './http/static-files';
import { demoUsernames, startServer } from './start';

async function main(): Promise<void> {
  const config = readConfig();
  const server = await startServer(config, { demo: process.argv.includes('--demo') });
  const stop = () => void server.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);

  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const url = `http://${host}:${server.port}/`;
  const lines = [''];
  if (server.seeded) {
    const s = server.seeded;
    lines.push(`Seeded the demo community: ${s.buildings.length} buildings, ${s.households} households, ${s.residents} residents.`);
  }
  lines.push(`Gridwalk is running at ${url}`);
  lines.push(`Database: ${server.db.kind === 'pglite' ? `embedded PGlite in ${config.dataDir}` : 'PostgreSQL (DATABASE_URL)'}`);
  if (!hasBuiltApp(config.staticDir)) lines.push('No built app in dist/: serving the API only (run `npm start` to build and serve).');
  if (config.apiDocs) lines.push(`API description: ${url}api/docs`);
  const accounts = await demoUsernames(server.db);
  if (accounts.length > 0) {
    lines.push(`Demo accounts: ${accounts.map((a) => `${a.username} (${a.role})`).join(', ')}`);
    const note = server.seeded ? '' : ' (the DEMO_PASSWORD in effect when this database was seeded)';
    lines.push(`Demo password: ${config.demoPassword}${note}`);
  }
  console.log(lines.join('\n'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
