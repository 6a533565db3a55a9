/** Access tokens: compact JWTs (HS256) signed with node:crypto, carrying the user and session ids. */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const ACCESS_TOKEN_TTL_SECONDS = 12 * 60 * 60;

export interface AccessClaims {
  /** User id. */
  sub: string;
  /** Session id. */
  sid: string;
  iat: number;
  exp: number;
}

const HEADER = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');

function sign(secret: string, input: string): string {
  return createHmac('sha256', secret).update(input).digest('base64url');
}

export function signAccessToken(
  secret: string,
  claims: { sub: string; sid: string },
  nowSeconds: number = Math.floor(Date.now() / 1000),
  ttlSeconds: number = ACCESS_TOKEN_TTL_SECONDS,
): string {
  const payload: AccessClaims = { ...claims, iat: nowSeconds, exp: nowSeconds + ttlSeconds };
  const body = `${HEADER}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}`;
  return `${body}.${sign(secret, body)}`;
}

/** The claims of a valid, unexpired token, else null. */
export function verifyAccessToken(
  secret: string,
  token: string,
  nowSeconds: number = Math.floor(Date.now() / 1000),
): AccessClaims | null {
  const parts = token.split('.');
  if (parts.length !== 3) return null;
  const [header, payload, signature] = parts as [string, string, string];
  if (header !== HEADER) return null;
  const expected = Buffer.from(sign(secret, `${header}.${payload}`));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Partial<AccessClaims>;
    if (typeof claims.sub !== 'string' || typeof claims.sid !== 'string' || typeof claims.exp !== 'number') return null;
    if (claims.exp <= nowSeconds) return null;
    return claims as AccessClaims;
  } catch {
    return null;
  }
}

/** Random opaque refresh token; only its hash is stored. */
export function newRefreshToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
