/** Phone numbers as written in mainland China. */

/** 11-digit mobile number starting 13–19. */
export const MOBILE_PATTERN = /^1[3-9]\d{9}$/;
/** Landline with area code: 0 + 2–3 digit area code, optional hyphen, 7–8 digits, optional extension. */
export const LANDLINE_PATTERN = /^0\d{2,3}-?\d{7,8}(-\d{1,6})?$/;

/** Removes spaces, which people type when reading numbers off a door or a card. */
export function normalizePhone(raw: string): string {
  return raw.replace(/[\s]/g, '');
}

export function isMobile(raw: string): boolean {
  return MOBILE_PATTERN.test(normalizePhone(raw));
}

export function isMobileOrLandline(raw: string): boolean {
  const phone = normalizePhone(raw);
  return MOBILE_PATTERN.test(phone) || LANDLINE_PATTERN.test(phone);
}

/**
 * 13812341234 → 138****1234; a landline keeps its last 4 digits only. For what leaves the phone or the
 * office: a volunteer's view of a request, a masked ledger.
 */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\s/g, '');
  if (/^1\d{10}$/.test(digits)) return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
  return digits.length > 4 ? `${'*'.repeat(Math.min(8, digits.length - 4))}${digits.slice(-4)}` : '****';
}
