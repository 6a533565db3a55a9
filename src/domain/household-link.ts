/**
 * The payload of a household's QR code: the Gridwalk address of the household screen, so a phone's own
 * camera app opens it in Gridwalk, and Gridwalk's scanner reads the household back from it.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HOUSEHOLD_PATH = /^\/households\/([^/]+)\/?$/;

/** The household screen's URL on the app's origin, e.g. https://gw.example/households/<id>. */
export function householdUrl(origin: string, householdId: string): string {
  return `${origin.replace(/\/+$/, '')}/households/${encodeURIComponent(householdId)}`;
}

/**
 * The household id in a scanned text, or null when it is no Gridwalk household link: only an http(s)
 * URL whose path is exactly /households/<uuid> (a trailing slash allowed), without query or fragment.
 * With `expectedOrigin` a link to another site is refused too: a code printed by someone else must not
 * open a household silently.
 */
export function parseHouseholdLink(text: string, expectedOrigin?: string): string | null {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username !== '' || url.password !== '' || url.search !== '' || url.hash !== '') return null;
  if (expectedOrigin !== undefined && url.origin !== originOf(expectedOrigin)) return null;
  const match = HOUSEHOLD_PATH.exec(url.pathname);
  const id = match?.[1];
  return id !== undefined && UUID.test(id) ? id : null;
}

/** An origin written as the URL API writes it (lower-case host, no default port), or the text as given. */
function originOf(origin: string): string {
  try {
    return new URL(origin).origin;
  } catch {
    return origin;
  }
}
