import { describe, expect, it } from 'vitest';
import { isMobile, isMobileOrLandline } from '../../../src/domain/phone';

describe('phone numbers', () => {
  it.each(['13800138000', '19912345678', '138 0013 8000'])('accepts mobile %s', (phone) => {
    expect(isMobile(phone)).toBe(true);
    expect(isMobileOrLandline(phone)).toBe(true);
  });

  it.each(['12800138000', '1380013800', '138001380001', '+8613800138000', '0271234567a', ''])('rejects mobile %s', (phone) => {
    expect(isMobile(phone)).toBe(false);
  });

  it.each(['027-87654321', '02787654321', '0755-1234567', '010-12345678-123'])('accepts landline %s for households only', (phone) => {
    expect(isMobileOrLandline(phone)).toBe(true);
    expect(isMobile(phone)).toBe(false);
  });

  it.each(['87654321', '27-87654321', '027-123456'])('rejects landline without a proper area code: %s', (phone) => {
    expect(isMobileOrLandline(phone)).toBe(false);
  });
});
