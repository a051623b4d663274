import { describe, expect, it } from 'vitest';
import { parseAmount } from '../../src/domain/chinese-numerals';
import { STAGE_LABELS } from '../../src/domain/stages';
import { cellAmount, cellCode, cellInstant, cellList, cellText, sameInstant } from '../../src/tenant-import/workbook/cell-values';

const ZONE = 'Asia/Shanghai';

describe('a cell as people fill it in', () => {
  it.each([
    ['500000', 500000],
    ['50万', 500000],
    ['50万元', 500000],
    ['¥1,200,000', 1200000],
    ['五十万', 500000],
    ['一百二十万', 1200000],
    ['1.5亿', 150000000],
    ['80k', 80000],
    ['12.5 万', 125000],
  ])('reads the amount %s as %d yuan', (text, yuan) => {
    expect(parseAmount(text)).toBe(yuan);
  });

  it.each(['五十来万', '50-80万', '约50万', '50万左右', '-5', '若干'])('refuses %s rather than guess', (text) => {
    expect(parseAmount(text)).toBeNull();
  });

  it('scales a bare number by its column (金额(万元)), but never one with its own unit', () => {
    expect(cellAmount(50, 10_000)).toBe(500000);
    expect(cellAmount(1.1, 10_000)).toBe(11000);
    expect(cellAmount('50', 10_000)).toBe(500000);
    expect(cellAmount('50万', 10_000)).toBe(500000);
    expect(cellAmount('120000元', 10_000)).toBe(120000);
  });

  it.each([
    ['2026-03-01', '2026-03-01T00:00:00.000+08:00', 'day'],
    ['2026/3/1 14:30', '2026-03-01T14:30:00.000+08:00', 'minute'],
    ['2026年3月1日', '2026-03-01T00:00:00.000+08:00', 'day'],
    ['2026-03-01 14:30:05', '2026-03-01T14:30:05.000+08:00', 'second'],
    ['2026-03-01T06:30:00Z', '2026-03-01T06:30:00.000Z', 'second'],
  ])('reads the date %s in the tenant’s zone', (text, iso, precision) => {
    const cell = cellInstant(text, ZONE)!;
    expect([cell.at.toISO(), cell.precision]).toEqual([iso, precision]);
  });

  it('reads Excel dates and day numbers as the wall clock written, in the tenant’s zone', () => {
    expect(cellInstant(new Date(Date.UTC(2026, 2, 9, 15, 0)), ZONE)!.at.toISO()).toBe('2026-03-09T15:00:00.000+08:00');
    expect(cellInstant(46082, ZONE)!.at.toISO()).toBe('2026-03-01T00:00:00.000+08:00');
    expect(cellInstant('上周', ZONE)).toBeNull();
    expect(cellInstant('2026-13-45', ZONE)).toBeNull();
  });

  it('takes a time the same as the stored one as far as the cell says', () => {
    const stored = new Date('2026-03-01T06:42:17.123Z'); // 14:42 in Shanghai
    expect(sameInstant(cellInstant('2026-03-01', ZONE)!, stored)).toBe(true);
    expect(sameInstant(cellInstant('2026-03-01 14:42', ZONE)!, stored)).toBe(true);
    expect(sameInstant(cellInstant('2026-03-01 14:43', ZONE)!, stored)).toBe(false);
  });

  it('reads codes by label or code, lists by any separator, numbers as written', () => {
    expect(cellCode('商务谈判', STAGE_LABELS)).toBe('negotiation');
    expect(cellCode('Negotiation', STAGE_LABELS)).toBe('negotiation');
    expect(cellCode('洽谈', STAGE_LABELS)).toBeNull();
    expect(cellList('华信、华信精机,华信;华信机械')).toEqual(['华信', '华信精机', '华信机械']);
    expect(cellText(13800001111)).toBe('13800001111');
    expect(cellText(0.1 + 0.2)).toBe('0.3');
  });
});
