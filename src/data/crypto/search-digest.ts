/**
 * Search without plaintext: a search token (the last 4 of an ID number or phone, a building-unit-room code,
 * pinyin initials, a whole name) becomes a short keyed digest, HMAC-SHA-256 under the search key (derived
 * from the data key, data-keys.ts), cut to 96 bits and written as 16 base64url characters. The same token
 * gives the same digest under one data key, and an unrelated one under another; without the key a digest
 * cannot be checked against a guess (a plain hash of a 4-digit tail could be, by trying all 10,000).
 * The token is normalised the way the search index normalises it (search-index.ts), and its kind is part of
 * the input, so that a phone tail and an ID tail of the same digits differ. Only exact tokens match: a prefix
 * to be found must be indexed as its own token.
 */
import { addressCode, normalizeText } from '../../domain/search/search-index';
import { toBase64Url, utf8 } from './bytes';

export const SEARCH_TOKEN_KINDS = ['id_tail', 'phone_tail', 'room', 'initials', 'name'] as const;
export type SearchTokenKind = (typeof SEARCH_TOKEN_KINDS)[number];

const DIGEST_BYTES = 12;
const TAIL = 4;

/** building-unit-room as the search box takes it (3号楼 2单元 0501 → 3-2-501); without a building, unit-room. */
export function roomCode(building: string | undefined, unit: string, room: string): string {
  return [building, unit, room].filter((label) => label !== undefined).map(addressCode).join('-');
}

/**
 * The token as digested: an ID number or phone (whole, or its tail as typed) gives its last 4 characters
 * (digits only for a phone); a room code has each part as addressCode reads it; names and initials are
 * normalised text. Empty when there is nothing to search by (a tail shorter than 4).
 */
export function normalizeToken(kind: SearchTokenKind, value: string): string {
  switch (kind) {
    case 'id_tail': {
      const text = normalizeText(value);
      return text.length >= TAIL ? text.slice(-TAIL) : '';
    }
    case 'phone_tail': {
      const digits = value.normalize('NFKC').replace(/\D/g, '');
      return digits.length >= TAIL ? digits.slice(-TAIL) : '';
    }
    case 'room':
      return normalizeText(value).replace(/[—–/]/g, '-').split('-').map(addressCode).join('-');
    case 'initials':
      return normalizeText(value).replace(/[vü]/g, 'u');
    case 'name':
      return normalizeText(value);
  }
}

/** The digest of one token, or null when the token normalises to nothing. */
export async function searchDigest(searchKey: CryptoKey, kind: SearchTokenKind, value: string): Promise<string | null> {
  const token = normalizeToken(kind, value);
  if (token === '') return null;
  const mac = await crypto.subtle.sign('HMAC', searchKey, utf8(`${kind}\u0000${token}`));
  return toBase64Url(new Uint8Array(mac, 0, DIGEST_BYTES));
}

/** The digests of many tokens, in order (null where a token normalises to nothing). */
export function searchDigests(searchKey: CryptoKey, tokens: readonly { kind: SearchTokenKind; value: string }[]): Promise<(string | null)[]> {
  return Promise.all(tokens.map(({ kind, value }) => searchDigest(searchKey, kind, value)));
}
