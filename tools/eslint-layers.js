// Local ESLint rule: enforces the one-way import direction between layers.
// shared → domain → data → features → app; sw and server import no UI.
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

/** Which layer a file (absolute path) belongs to, or null outside src. */
export function layerOf(file) {
  const rel = path.relative(path.join(root, 'src'), file).split(path.sep);
  if (rel[0] === '..' || rel.length < 2) return null;
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
        messages: { wrong: "Layer '{{from}}' must not import from layer '{{to}}'." },
        schema: [],
      },
      create(context) {
        const from = layerOf(context.filename);
        if (!from) return {};
        function check(node) {
          const source = node.source?.value;
          if (typeof source !== 'string' || !source.startsWith('.')) return;
          const to = layerOf(path.resolve(path.dirname(context.filename), source));
          if (to && !permitted(from, to)) {
            context.report({ node, messageId: 'wrong', data: { from, to } });
          }
        }
        return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
      },
    },
  },
};
