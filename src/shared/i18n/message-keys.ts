/**
 * Translation keys for codes that arrive at run time (wire error codes, validation keys), each with
 * a fallback so an unknown code still shows a sentence instead of a raw key. i18next's `t` takes the
 * first key that exists.
 */

/** `errors.<CODE>`, else `errors.UNKNOWN`. */
export function errorKeys(code: string | null | undefined): string[] {
  return code ? [`errors.${code}`, 'errors.UNKNOWN'] : ['errors.UNKNOWN'];
}

/** `validation:<key>` (the 'validation' namespace), else `validation:invalid_value`. */
export function validationKeys(key: string): string[] {
  return [`validation:${key}`, 'validation:invalid_value'];
}

/** A wire or local `fields` map (path → validation key) as translation keys per field. */
export function fieldErrorKeys(fields: Record<string, string>): Record<string, string[]> {
  return Object.fromEntries(Object.entries(fields).map(([path, key]) => [path, validationKeys(key)]));
}
