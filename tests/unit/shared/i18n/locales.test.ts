import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENTITY_NAMES, MUTATION_OPS, entitySchemas, voidDataSchema } from '../../../../src/domain/entities/registry';
import { visitCheckSchema } from '../../../../src/domain/entities/visit';
import { ERROR_CODES, USER_ROLES } from '../../../../src/domain/sync-protocol';
import { LANGUAGES } from '../../../../src/shared/i18n/languages';
import { en } from '../../../../src/shared/i18n/locales/en';
import { zhCN } from '../../../../src/shared/i18n/locales/zh-CN';
import { FEATURE_NAMESPACES } from '../../../../src/shared/i18n/namespaces';
import { featureMessages } from '../../../fixtures/all-locales';

const root = path.resolve(import.meta.dirname, '../../../..');

function leaves(tree: object, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'object' && value !== null) for (const [k, v] of leaves(value, full)) out.set(k, v);
    else out.set(full, value);
  }
  return out;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [full] : [];
  });
}

function matches(text: string, pattern: RegExp): string[] {
  return [...text.matchAll(pattern)].map((m) => m[1] ?? '');
}

const zhKeys = leaves(zhCN);
const enKeys = leaves(en);
const namespaces = Object.keys(zhCN);

/** Every namespace: [name, zh-CN leaves, en leaves]; 'translation' is the core one. */
const trees: [string, Map<string, unknown>, Map<string, unknown>][] = [
  ['translation', zhKeys, enKeys],
  ...FEATURE_NAMESPACES.map((ns): [string, Map<string, unknown>, Map<string, unknown>] => [
    ns,
    leaves(featureMessages('zh-CN', ns)),
    leaves(featureMessages('en', ns)),
  ]),
];

describe('locales', () => {
  it.each(trees)('%s: zh-CN and en have exactly the same keys', (_ns, zh, english) => {
    expect([...english.keys()].sort()).toEqual([...zh.keys()].sort());
  });

  it.each(trees)('%s: has no empty or non-string messages', (_ns, zh, english) => {
    for (const [language, keys] of [['zh-CN', zh], ['en', english]] as const) {
      for (const [key, value] of keys) {
        expect(typeof value === 'string' && value.trim() !== '', `${language} ${key}`).toBe(true);
      }
    }
  });

  it.each(trees)('%s: uses the same {{placeholders}} in both languages', (_ns, zh, english) => {
    for (const [key, value] of zh) {
      const placeholders = (text: unknown) => matches(String(text), /\{\{\s*(\w+)\s*\}\}/g).sort();
      expect(placeholders(english.get(key)), key).toEqual(placeholders(value));
    }
  });

  it('has every key the source code names literally, in its namespace', () => {
    const files = ['shared', 'features', 'app'].flatMap((dir) => sourceFiles(path.join(root, 'src', dir)));
    const used = new Set<string>();
    const namespaced = new RegExp(`['"]((?:${namespaces.join('|')})\\.[A-Za-z0-9_.-]+)['"]`, 'g');
    const featureKeys = new RegExp(`['"]((?:${FEATURE_NAMESPACES.join('|')}):[A-Za-z0-9_.-]+)['"]`, 'g');
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const key of matches(text, /\bt\(\s*['"]([^'"]+)['"]/g)) used.add(key);
      for (const key of matches(text, namespaced)) used.add(key);
      for (const key of matches(text, featureKeys)) used.add(key);
    }
    expect(used.size).toBeGreaterThan(40);
    expect(used).toContain('signin:username');
    const byNamespace = new Map(trees.map(([ns, zh]) => [ns, zh]));
    const missing = [...used].filter((key) => {
      const [ns, rest] = key.includes(':') ? (key.split(':', 2) as [string, string]) : ['translation', key];
      return !byNamespace.get(ns)?.has(rest);
    });
    expect(missing).toEqual([]);
  });

  it('translates every validation key the domain, the data layer and the server produce', () => {
    const keys = new Set<string>(['immutable_field']);
    for (const file of ['domain', 'data', 'server'].flatMap((dir) => sourceFiles(path.join(root, 'src', dir)))) {
      const text = readFileSync(file, 'utf8');
      for (const key of matches(text, /error:\s*'([a-z][a-z0-9_]*)'/g)) keys.add(key);
      for (const union of matches(text, /export type \w+Error\s*=([^;]+);/g)) {
        for (const key of matches(union, /'([a-z][a-z0-9_]*)'/g)) keys.add(key);
      }
      for (const fields of matches(text, /validationFailed\(\{([^}]*)\}/g)) {
        for (const key of matches(fields, /:\s*'([a-z][a-z0-9_]*)'/g)) keys.add(key);
      }
    }
    const generic = readFileSync(path.join(root, 'src/domain/validation-errors.ts'), 'utf8').match(/GENERIC_KEYS[^{]*\{([^}]*)\}/);
    for (const key of matches(generic?.[1] ?? '', /:\s*'([a-z_]+)'/g)) keys.add(key);
    for (const expected of ['name_required', 'id_number_checksum', 'id_number_region', 'temperature_precision', 'unknown_field']) {
      expect(keys).toContain(expected);
    }
    const validation = leaves(featureMessages('zh-CN', 'validation'));
    const missing = [...keys].filter((key) => !validation.has(key));
    expect(missing).toEqual([]);
  });

  it('translates every wire error code plus NETWORK and SERVER', () => {
    const missing = [...ERROR_CODES, 'NETWORK', 'SERVER', 'UNKNOWN'].filter((code) => !zhKeys.has(`errors.${code}`));
    expect(missing).toEqual([]);
  });

  it('names every role and language (core), and every entity, operation and entity field (attention)', () => {
    const fieldNames = new Set<string>(['reason', ...Object.keys(visitCheckSchema.shape), ...Object.keys(voidDataSchema.shape)]);
    for (const schema of Object.values(entitySchemas)) for (const name of Object.keys(schema.shape)) fieldNames.add(name);
    const core = [...USER_ROLES.map((role) => `role.${role}`), ...LANGUAGES.map((language) => `language.${language}`)];
    expect(core.filter((key) => !zhKeys.has(key))).toEqual([]);
    const attention = leaves(featureMessages('zh-CN', 'attention'));
    const named = [
      ...ENTITY_NAMES.map((name) => `entity.${name}`),
      ...MUTATION_OPS.map((op) => `op.${op}`),
      ...[...fieldNames].map((name) => `fields.${name}`),
    ];
    expect(named.filter((key) => !attention.has(key))).toEqual([]);
  });
});
