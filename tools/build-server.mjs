#!/usr/bin/env node
// `npm run build:server`: the server as compiled JavaScript for production (issue 19): no TypeScript
// compiler at run time. esbuild bundles src/server/main.ts (the server) and src/server/admin/cli.ts (the
// admin commands) with the shared src/domain code into build/server/, packages left to node_modules, and
// the SQL migrations are copied next to them (migrate.ts reads them beside its own module).
import { cpSync, rmSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const root = path.resolve(import.meta.dirname, '..');
const outdir = path.join(root, 'build', 'server');

rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: { main: path.join(root, 'src/server/main.ts'), admin: path.join(root, 'src/server/admin/cli.ts') },
  outdir,
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
cpSync(path.join(root, 'src/server/db/migrations'), path.join(outdir, 'migrations'), { recursive: true });
console.log(`build-server: ${path.relative(root, outdir)}/main.js and admin.js`);
