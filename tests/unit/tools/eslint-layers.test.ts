/** The layer rule of tools/eslint-layers.js: imports point one way, and src/data is reached only through its entry module. */
import path from 'node:path';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { layersPlugin } from '../../../tools/eslint-layers.js';

const root = path.resolve(import.meta.dirname, '../../..');

/** The rule's messages for one import written in a file at `file` (relative to the project root). */
function lint(file: string, source: string): string[] {
  const linter = new Linter({ configType: 'flat' });
  const config = [{ files: ['**/*.ts'], plugins: { layers: layersPlugin }, rules: { 'layers/import-direction': 'error' as const } }];
  return linter.verify(`import { x } from '${source}';\nexport const y = x;\n`, config, { filename: path.join(root, file) }).map((m) => m.message);
}

describe('layer rule', () => {
  it('lets features and the app import src/data through its entry module only', () => {
    expect(lint('src/features/round/home-screen.ts', '../../data')).toEqual([]);
    expect(lint('src/features/round/home-screen.ts', '../../data/index')).toEqual([]);
    expect(lint('src/app/main.ts', '../data')).toEqual([]);
    expect(lint('src/features/round/home-screen.ts', '../../data/hooks/use-records')).toEqual([
      "Import src/data through its entry module (src/data/index.ts), not '../../data/hooks/use-records'.",
    ]);
    expect(lint('src/app/main.ts', '../data/create-data-client')).toHaveLength(1);
  });

  it("keeps src/data's own modules off the entry module", () => {
    expect(lint('src/data/hooks/use-records.ts', '../index')).toEqual([
      'Modules of src/data import each other directly, never the entry module src/data/index.ts.',
    ]);
    expect(lint('src/data/hooks/use-records.ts', '../queries/record-query')).toEqual([]);
  });

  it('keeps imports pointing one way between layers', () => {
    expect(lint('src/data/sync/pull.ts', '../../features/round/home-screen')).toEqual(["Layer 'data' must not import from layer 'features/round'."]);
    expect(lint('src/domain/round/day-status.ts', '../../data')).toEqual(["Layer 'domain' must not import from layer 'data'."]);
    expect(lint('src/features/round/home-screen.ts', '../visits/visit-form')).toEqual(["Layer 'features/round' must not import from layer 'features/visits'."]);
    expect(lint('src/server/app.ts', '../data')).toEqual(["Layer 'server' must not import from layer 'data'."]);
  });

  it('keeps the residents’ help page to shared and domain code (no data layer, features, app or ui kit)', () => {
    expect(lint('src/help/help-page.ts', '../domain/api/public-help')).toEqual([]);
    expect(lint('src/help/help-page.ts', '../shared/uuid-v7')).toEqual([]);
    expect(lint('src/help/help-page.ts', '../data')).toEqual(["Layer 'help' must not import from layer 'data'."]);
    expect(lint('src/help/help-page.ts', '../features/posters/posters-screen')).toEqual(["Layer 'help' must not import from layer 'features/posters'."]);
    expect(lint('src/help/help-page.ts', '../app/main')).toEqual(["Layer 'help' must not import from layer 'app'."]);
    expect(lint('src/help/help-page.ts', '../shared/ui/button')).toEqual(["Layer 'help' must not import from layer 'shared-ui'."]);
  });
});
