/**
 * How the app reads the server's answers: with the wire contract's response schemas, as an app of
 * this version accepts them (fields it does not know are dropped, and the contract's open values,
 * error codes and pulled entity names, stay strings). Imported lazily by the API client: it brings zod.
 */
import type { z } from 'zod';
import { fieldErrors } from '../validation-errors';
import {
  apiErrorBodySchema,
  loginResponseSchema,
  logoutResponseSchema,
  pullResponseSchema,
  pushResponseSchema,
  sessionUserSchema,
} from '../sync-protocol';

/** Refresh answers like sign-in; an app also takes the answer without the user. */
export const refreshAnswerSchema = loginResponseSchema.extend({ user: sessionUserSchema.optional() });
export type RefreshAnswer = z.output<typeof refreshAnswerSchema>;

/** Nothing in sign-out's answer is used: any object will do, the empty answer (204) included. */
const logoutAnswerSchema = logoutResponseSchema.partial();

/** An answer that fits its schema, or where it does not ("results.0.status: invalid_value"). */
export type Reading<T> = { ok: true; value: T } | { ok: false; problem: string };

export function reader<T>(schema: z.ZodType<T>): (body: unknown) => Reading<T> {
  return (body) => {
    const parsed = schema.safeParse(body);
    if (parsed.success) return { ok: true, value: parsed.data };
    const [path, key] = Object.entries(fieldErrors(parsed.error))[0] ?? ['_', 'invalid_value'];
    return { ok: false, problem: `${path}: ${key}` };
  };
}

export const readAnswer = {
  login: reader(loginResponseSchema),
  refresh: reader(refreshAnswerSchema),
  logout: reader(logoutAnswerSchema),
  push: reader(pushResponseSchema),
  pull: reader(pullResponseSchema),
  /** The body of every failure: `{"error":{"code","message","fields"?}}`. */
  error: reader(apiErrorBodySchema),
};
export type AnswerReaders = typeof readAnswer;
