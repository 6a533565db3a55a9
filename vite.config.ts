import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const apiTarget = process.env.API_URL ?? 'http://127.0.0.1:8080';
const manifestPath = new URL('./manifest.webmanifest', import.meta.url);

/** The web app manifest lives at the project root; serve it in dev and emit it into the build. */
function rootManifest(): Plugin {
  return {
    name: 'gridwalk-root-manifest',
    configureServer(server) {
      server.middlewares.use('/manifest.webmanifest', (_req, res) => {
        res.setHeader('Content-Type', 'application/manifest+json');
        res.end(readFileSync(manifestPath));
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'manifest.webmanifest', source: readFileSync(manifestPath, 'utf8') });
    },
  };
}

export default defineConfig({
  plugins: [react(), rootManifest()],
  build: { target: 'es2022', sourcemap: true },
  server: { proxy: { '/api': apiTarget } },
});
