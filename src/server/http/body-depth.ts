/**
 * How deeply a JSON body nests, measured without recursion (a body nested thousands of levels deep
 * must be refused with 400, not overflow the stack of a later step such as hashing a mutation).
 */
import { HttpError } from './errors';

/** Far deeper than any record (a visit's symptoms sit 7 levels into a push). */
export const MAX_BODY_DEPTH = 32;

/** True when `value` nests deeper than `limit` levels of objects and arrays. */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (typeof current !== 'object' || current === null) continue;
    if (depth > limit) return true;
    for (const child of Object.values(current)) if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
  }
  return false;
}

/** A preValidation hook: a body nested deeper than MAX_BODY_DEPTH is a 400 VALIDATION before anything reads it. */
export async function refuseDeepBody(request: { body: unknown }): Promise<void> {
  if (nestsDeeperThan(request.body, MAX_BODY_DEPTH)) {
    throw new HttpError(400, 'VALIDATION', `The body nests deeper than ${MAX_BODY_DEPTH} levels`, { body: 'too_deep' });
  }
}
