import { describe, expect, it } from 'vitest';
import { formatForPeople, isoInZone, wholeDaysBetween } from '../../src/domain/business-time';

describe('business time', () => {
  it('shows an instant as people read it in Beijing time: 3月4日 周三 10:15', () => {
    expect(formatForPeople(new Date('2026-03-04T02:15:00Z'), 'Asia/Shanghai')).toBe('3月4日 周三 10:15');
  });

  it('crosses the date line of the zone, not of UTC', () => {
    // 17:30 UTC on Sunday is 01:30 on Monday in Shanghai.
    expect(formatForPeople(new Date('2026-03-08T17:30:00Z'), 'Asia/Shanghai')).toBe('3月9日 周一 01:30');
  });

  it('gives the extractor "now" with the zone offset', () => {
    expect(isoInZone(new Date('2026-03-02T02:15:00Z'), 'Asia/Shanghai')).toBe('2026-03-02T10:15:00+08:00');
  });

  it('counts whole days, rounding down, never negative', () => {
    const from = new Date('2026-03-01T10:00:00Z');
    expect(wholeDaysBetween(from, new Date('2026-03-03T09:59:59Z'))).toBe(1);
    expect(wholeDaysBetween(from, new Date('2026-03-03T10:00:00Z'))).toBe(2);
    expect(wholeDaysBetween(from, new Date('2026-02-28T10:00:00Z'))).toBe(0);
  });
});
