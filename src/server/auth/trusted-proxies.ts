/**
 * TRUST_PROXY: the reverse proxies whose X-Forwarded-For is believed, as a comma-separated list of
 * addresses or CIDR ranges (`10.0.0.1,192.168.0.0/16`; also proxy-addr's names `loopback`,
 * `linklocal`, `uniquelocal`). `1` or `true` means a proxy on this machine (`loopback`), never
 * "everyone": a client that reaches the server directly could otherwise name any address it likes.
 * Unset, empty, `0` or `false`: X-Forwarded-For is ignored.
 */
import { isIP } from 'node:net';

const NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isAddressOrRange(entry: string): boolean {
  if (NAMES.has(entry) || isIP(entry) !== 0) return true;
  const [address, bits, ...rest] = entry.split('/');
  if (!address || bits === undefined || rest.length > 0 || !/^\d{1,3}$/.test(bits)) return false;
  const version = isIP(address);
  return version !== 0 && Number(bits) <= (version === 4 ? 32 : 128);
}

export function parseTrustProxy(value: string | undefined): string[] {
  const text = (value ?? '').trim();
  if (text === '' || text === '0' || text === 'false') return [];
  if (text === '1' || text === 'true') return ['loopback'];
  const entries = text
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  const invalid = entries.filter((entry) => !isAddressOrRange(entry));
  if (invalid.length > 0) {
    throw new Error(`TRUST_PROXY must list proxy addresses or CIDR ranges (e.g. 10.0.0.1,127.0.0.1), got ${invalid.join(', ')}`);
  }
  return entries;
}
