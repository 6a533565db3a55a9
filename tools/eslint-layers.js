// Local ESLint rule: enforces the one-way import direction between layers.
// shared → domain → data → features → app; sw and server import no UI; help (the residents' page) only shared and domain.
// src/data has one public entry module (src/data/index.ts): features and app import only it, and
// src/data's own modules never import it.
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const dataDir = path.join(root, 'src', 'data');
const dataEntries = new Set([dataDir, path.join(dataDir, 'index'), path.join(dataDir, 'index.ts')]);

/** Which layer a file (absolute path) belongs to, or null outside src. */
export function layerOf(file) {
  const rel = path.relative(path.join(root, 'src'), file).split(path.sep);
  if (rel[0] === '..' || rel.length === 0) return null;
  // A folder imported as a module ('../../data' → src/data/index.ts) belongs to that folder's layer.
  if (rel.length === 1 && rel[0].includes('.')) return null;
  const [top, sub] = rel;
  if (top === 'shared') return sub === 'ui' ? 'shared-ui' : 'shared';
  if (top === 'features') return `features/${sub}`;
  return top;
}

const allowed = {
  shared: ['shared'],
  'shared-ui': ['shared', 'shared-ui'],
  domain: ['shared', 'domain'],
  data: ['shared', 'domain', 'data'],
  app: ['shared', 'shared-ui', 'domain', 'data', 'features/*', 'app'],
  sw: ['shared', 'domain', 'data', 'sw'],
  // The residents' help page (its own small entry, not the app): no React, no data layer, no features.
  help: ['shared', 'domain', 'help'],
  server: ['shared', 'domain', 'server'],
};

function permitted(from, to) {
  if (from.startsWith('features/')) {
    return ['shared', 'shared-ui', 'domain', 'data', from].includes(to);
  }
  const list = allowed[from] ?? [];
  return list.includes(to) || (to.startsWith('features/') && list.includes('features/*'));
}

export const layersPlugin = {
  rules: {
    'import-direction': {
      meta: {
        type: 'problem',
        messages: {
          wrong: "Layer '{{from}}' must not import from layer '{{to}}'.",
          pastEntry: "Import src/data through its entry module (src/data/index.ts), not '{{source}}'.",
          ownEntry: "Modules of src/data import each other directly, never the entry module src/data/index.ts.",
        },
        schema: [],
      },
      create(context) {
        const from = layerOf(context.filename);
        if (!from) return {};
        function check(node) {
          const source = node.source?.value;
          if (typeof source !== 'string' || !source.startsWith('.')) return;
          const target = path.resolve(path.dirname(context.filename), source);
          const to = layerOf(target);
          if (to && !permitted(from, to)) {
            context.report({ node, messageId: 'wrong', data: { from, to } });
            return;
          }
          if (to !== 'data') return;
          const entry = dataEntries.has(target);
          if (from === 'data' && entry) context.report({ node, messageId: 'ownEntry' });
          else if ((from === 'app' || from.startsWith('features/')) && !entry) {
            context.report({ node, messageId: 'pastEntry', data: { source } });
          }
        }
        return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
      },
    },
  },
};
