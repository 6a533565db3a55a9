/**
 * A literal `entity IN ('a', 'b')` for a list of entity names (constants of the code, never input): a
 * partial index on `entity IN (…)` is chosen only when the query names the same list, which a parameter
 * (`entity = ANY($1)`) would not.
 */
export const entityInList = (entities: readonly string[]) => `entity IN (${entities.map((entity) => `'${entity}'`).join(', ')})`;
