/** `npm run dev`: the API (with demo data) plus the Vite dev server, which proxies /api to it. */
import { createServer } from 'vite';
import { readConfig } from './config';
import { startServer } from './start';

async function dev(): Promise<void> {
  const config = readConfig();
  const api = await startServer(config, { demo: process.argv.includes('--demo'), logger: false, serveApp: false });
  process.env.API_URL = `http://127.0.0.1:${api.port}`;
  const vite = await createServer({ configFile: 'vite.config.ts' });
  await vite.listen();
  vite.printUrls();
  console.log(`API on ${process.env.API_URL}${api.seeded ? ` — demo password: ${config.demoPassword}` : ''}`);
  const stop = () => void Promise.all([vite.close(), api.close()]).then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

dev().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
