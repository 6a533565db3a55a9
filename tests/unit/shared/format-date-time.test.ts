import { describe, expect, it } from 'vitest';
import { formatDateTime } from '../../../src/shared/format-date-time';

describe('formatDateTime', () => {
  it('shows a stored moment as a local date and time in the UI language', () => {
    const stamp = '2026-11-25T01:30:00.000Z';
    const expected = (language: string) => new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(Date.parse(stamp));
    expect(formatDateTime(stamp, 'en')).toBe(expected('en'));
    expect(formatDateTime(stamp, 'zh-CN')).toBe(expected('zh-CN'));
    expect(formatDateTime(stamp, 'zh-CN')).toContain('2026');
  });

  it('keeps unreadable text as it is', () => {
    expect(formatDateTime('yesterday', 'en')).toBe('yesterday');
  });
});
