/** Turns a zod error into `{ "field.path": "message_key" }`, the shape of the wire's `fields`. */
import type { z } from 'zod';

const GENERIC_KEYS: Record<string, string> = {
  invalid_type: 'invalid_type',
  too_big: 'too_big',
  too_small: 'too_small',
  invalid_value: 'invalid_value',
  unrecognized_keys: 'unknown_field',
  invalid_format: 'invalid_format',
};

const KEY_PATTERN = /^[a-z][a-z0-9_]*$/;

export function fieldErrors(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.') || '_';
    const keys = issue.code === 'unrecognized_keys' ? issue.keys.map((k) => (path === '_' ? k : `${path}.${k}`)) : [path];
    const message = KEY_PATTERN.test(issue.message) ? issue.message : (GENERIC_KEYS[issue.code] ?? 'invalid_value');
    for (const key of keys) fields[key] ??= message;
  }
  return fields;
}
