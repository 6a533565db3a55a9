import { describe, expect, it } from 'vitest';
import { LEDGER_HEADER_KEYS, LEDGER_REGISTER_KEYS, LEDGER_SHEET_KEYS, LEDGER_VALUE_KEYS } from '../../../../src/domain/ledger/ledger-keys';
import { messages as en } from '../../../../src/shared/i18n/locales/ledger/en';
import { messages as zhCN } from '../../../../src/shared/i18n/locales/ledger/zh-CN';
import { FEATURE_NAMESPACES } from '../../../../src/shared/i18n/namespaces';

/** The message at a 'ledger:a.b.c' key in a namespace's tree, or undefined when the path is missing. */
function messageAt(tree: object, key: string): unknown {
  const [namespace, path = ''] = key.split(':', 2);
  expect(namespace).toBe('ledger');
  let node: unknown = tree;
  for (const part of path.split('.')) {
    node = typeof node === 'object' && node !== null ? Object.entries(node).find(([name]) => name === part)?.[1] : undefined;
  }
  return node;
}

const keys = [...LEDGER_HEADER_KEYS, ...LEDGER_REGISTER_KEYS, ...LEDGER_VALUE_KEYS];

describe('the ledger namespace', () => {
  it('is a feature namespace, loaded with the export', () => {
    expect(FEATURE_NAMESPACES).toContain('ledger');
  });

  it.each([
    ['zh-CN', zhCN],
    ['en', en],
  ] as const)('%s: names every column header, register and coded value the sheets use', (_language, messages) => {
    const missing = keys.filter((key) => {
      const message = messageAt(messages, key);
      return typeof message !== 'string' || message.trim() === '';
    });
    expect(missing).toEqual([]);
  });

  it('covers every sheet, the deliveries among them, under the community ledgers’ names', () => {
    expect(LEDGER_REGISTER_KEYS).toHaveLength(LEDGER_SHEET_KEYS.length);
    expect(messageAt(zhCN, 'ledger:registers.deliveries')).toBe('配送台账');
    expect(messageAt(zhCN, 'ledger:registers.householdRegister')).toBe('人房关联台账');
    expect(messageAt(zhCN, 'ledger:columns.idNumber')).toBe('身份证号');
    expect(messageAt(en, 'ledger:registers.deliveries')).toBe('Deliveries');
  });
});
