import { DateTime, IANAZone } from 'luxon';
import { describe, expect, it } from 'vitest';
import { zoneNamed } from '../../src/domain/remembered-zone';

const HOUR = 3_600_000;

describe('zoneNamed', () => {
  it.each(['Asia/Shanghai', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kathmandu'])(
    'gives %s the offsets Intl gives, every hour of 2026 and every minute around its transitions',
    (name) => {
      const zone = zoneNamed(name);
      const plain = IANAZone.create(name);
      const start = Date.UTC(2026, 0, 1);
      for (let hour = start; hour < start + 365 * 24 * HOUR; hour += HOUR) {
        expect(zone.offset(hour)).toBe(plain.offset(hour));
        if (plain.offset(hour) === plain.offset(hour + HOUR)) continue;
        // A transition within this hour: each minute and the millisecond before it, remembered or not.
        const minutes = Array.from({ length: 61 }, (_, i) => hour + i * 60_000);
        for (const ts of [...minutes, ...minutes.map((m) => m - 1), ...minutes.reverse()]) {
          expect(zone.offset(ts)).toBe(plain.offset(ts));
        }
      }
    },
  );

  it('formats and compares as the plain IANA zone does', () => {
    const instant = new Date('2026-03-08T07:30:00Z');
    const remembered = DateTime.fromJSDate(instant, { zone: zoneNamed('America/New_York') });
    const plain = DateTime.fromJSDate(instant, { zone: 'America/New_York' });
    expect(remembered.toISO()).toBe(plain.toISO());
    expect(remembered.toFormat('yyyy-MM-dd HH:mm ZZZZ')).toBe(plain.toFormat('yyyy-MM-dd HH:mm ZZZZ'));
    expect(remembered.zone.equals(plain.zone)).toBe(true);
    expect(plain.zone.equals(remembered.zone)).toBe(true);
    expect(remembered.plus({ days: 1 }).toISO()).toBe(plain.plus({ days: 1 }).toISO());
  });

  it('is one zone per name, and an unknown name stays invalid', () => {
    expect(zoneNamed('Asia/Shanghai')).toBe(zoneNamed('Asia/Shanghai'));
    expect(zoneNamed('Mars/Olympus').isValid).toBe(false);
    expect(DateTime.now().setZone(zoneNamed('Mars/Olympus')).isValid).toBe(false);
  });
});
