/**
 * Password hashes: scrypt from node:crypto with a random salt, stored with their parameters as
 * `scrypt$N$r$p$salt$hash`, so a hash made with older parameters still verifies; `needsRehash` tells
 * the sign-in to store a new one. The parameters are OWASP's Password Storage Cheat Sheet's for
 * scrypt (N=2^17, r=8, p=1: 128 MiB and a few hundred milliseconds per hash).
 */
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}

export const OWASP_SCRYPT_PARAMS: Readonly<ScryptParams> = Object.freeze({ N: 2 ** 17, r: 8, p: 1 });
const KEY_LENGTH = 32;
/** The largest parameters a stored hash may name (a corrupt row must not exhaust memory). */
const MAX_N = 2 ** 20;
const MAX_R = 32;
const MAX_P = 16;

let current: ScryptParams = { ...OWASP_SCRYPT_PARAMS };

/** Tests only: hash with cheaper parameters (every sign-in would otherwise cost 128 MiB and ~0.3 s). */
export function setPasswordHashParams(params: ScryptParams): void {
  current = { ...params };
  dummyHash = null;
}

export function passwordHashParams(): Readonly<ScryptParams> {
  return current;
}

function derive(password: string, salt: Buffer, { N, r, p }: ScryptParams): Promise<Buffer> {
  // scrypt needs 128·N·r bytes; node's default maxmem (32 MiB) is below OWASP's parameters.
  const maxmem = 256 * N * r + 16 * 1024 * 1024;
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, KEY_LENGTH, { N, r, p, maxmem }, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

export async function hashPassword(password: string, params: ScryptParams = current): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, params);
  return ['scrypt', params.N, params.r, params.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

interface ParsedHash {
  params: ScryptParams;
  salt: Buffer;
  hash: Buffer;
}

function parseHash(stored: string): ParsedHash | null {
  const [scheme, n, r, p, salt, hash, ...rest] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !hash || rest.length > 0) return null;
  const params = { N: Number(n), r: Number(r), p: Number(p) };
  const power = Number.isInteger(params.N) && params.N > 1 && (params.N & (params.N - 1)) === 0;
  const inRange = params.N <= MAX_N && Number.isInteger(params.r) && params.r >= 1 && params.r <= MAX_R;
  if (!power || !inRange || !Number.isInteger(params.p) || params.p < 1 || params.p > MAX_P) return null;
  return { params, salt: Buffer.from(salt, 'base64url'), hash: Buffer.from(hash, 'base64url') };
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parseHash(stored);
  if (!parsed) return false;
  const key = await derive(password, parsed.salt, parsed.params);
  return key.length === parsed.hash.length && timingSafeEqual(key, parsed.hash);
}

/** True when the stored hash was made with other parameters than today's (re-hash it at the next sign-in). */
export function needsRehash(stored: string): boolean {
  const parsed = parseHash(stored);
  if (!parsed) return true;
  const { N, r, p } = parsed.params;
  return N !== current.N || r !== current.r || p !== current.p || parsed.hash.length !== KEY_LENGTH;
}

/** A hash of nothing in particular: verifying against it costs the same time as a real user's. */
let dummyHash: Promise<string> | null = null;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
  return dummyHash;
}
