/** Pull cursors: opaque to clients, base64url of `{"s": seq, "h": scopeHash}`. */

export interface Cursor {
  seq: number;
  scopeHash: string;
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify({ s: cursor.seq, h: cursor.scopeHash })).toString('base64url');
}

/** null for anything this server did not make. */
export function decodeCursor(value: string): Cursor | null {
  if (!/^[A-Za-z0-9_-]+$/.test(value)) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { s, h } = parsed as { s?: unknown; h?: unknown };
    if (typeof s !== 'number' || !Number.isSafeInteger(s) || s < 0 || typeof h !== 'string') return null;
    return { seq: s, scopeHash: h };
  } catch {
    return null;
  }
}
