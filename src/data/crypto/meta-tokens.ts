/**
 * The session's access and refresh tokens (issue 18) are stored sealed in the meta table's 'session' row,
 * under `_sealedTokens`; the rest of the row (who is signed in, until when) stays in clear, so a locked app
 * still knows it is signed in. Locked, the row reads without its tokens: nothing calls the server then (the
 * locked app does not sync, and its online screens are behind the lock).
 */
import { openJson, sealJson } from './sealed-value';

const SESSION_KEY = 'session';
const SEALED_TOKENS = '_sealedTokens';
const CONTEXT = 'gridwalk:meta:v1:session-tokens';

interface MetaRowLike {
  key: unknown;
  value: unknown;
}

function isSessionRow(row: unknown): row is MetaRowLike & { value: Record<string, unknown> } {
  return (
    typeof row === 'object' &&
    row !== null &&
    'key' in row &&
    row.key === SESSION_KEY &&
    'value' in row &&
    typeof row.value === 'object' &&
    row.value !== null
  );
}

/** The meta row with the session's tokens sealed (other rows, and a row sealed already, as they are). */
export async function sealMetaRow(fieldKey: CryptoKey, row: unknown): Promise<unknown> {
  if (!isSessionRow(row) || SEALED_TOKENS in row.value) return row;
  const { accessToken, refreshToken, ...rest } = row.value;
  return { ...row, value: { ...rest, [SEALED_TOKENS]: await sealJson(fieldKey, { accessToken, refreshToken }, CONTEXT) } };
}

/** The meta row with the session's tokens back in clear. */
export async function openMetaRow(fieldKey: CryptoKey, row: unknown): Promise<unknown> {
  if (!isSessionRow(row)) return row;
  const { [SEALED_TOKENS]: sealed, ...rest } = row.value;
  if (typeof sealed !== 'string') return row;
  const tokens = await openJson(fieldKey, sealed, CONTEXT);
  return { ...row, value: { ...rest, ...(typeof tokens === 'object' && tokens !== null ? tokens : {}) } };
}

/** The row holds sealed tokens (the sealing middleware hands such rows out when locked, tokens left out). */
export function hasSealedTokens(row: unknown): boolean {
  return isSessionRow(row) && SEALED_TOKENS in row.value;
}
