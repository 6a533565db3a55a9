/**
 * `npm start` / `npm run serve`: the API and the built app on one port, run as compiled JavaScript
 * (build/server/main.js, tools/build-server.mjs). Seeds the demo community on an empty embedded database;
 * on PostgreSQL only with `--demo`. WORKERS=n runs n processes on the port (cluster.ts).
 */
import cluster from 'node:cluster';
import { runPrimary } from './cluster';
import { readConfig } from './config';
import { demoUsernames, startServer } from './start';
import { startupLines } from './startup-lines';

async function main(): Promise<void> {
  const config = readConfig();
  const demo = process.argv.includes('--demo');
  if (cluster.isPrimary && config.workers > 1) return runPrimary(config, { demo });
  // A cluster's worker only serves: its primary migrated and seeded before forking it.
  const server = await startServer(config, { demo, prepared: cluster.isWorker });
  const stop = () => void server.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  if (cluster.isWorker) return;
  console.log(startupLines(config, server.port, server.seeded, await demoUsernames(server.db)).join('\n'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
