import { describe, expect, it } from 'vitest';
import { cleanText, fitText, isStorableAmount, MAX_AMOUNT_YUAN } from '../../src/domain/value-limits';

describe('storable amounts', () => {
  it('keeps 0 to 1000亿 yuan, cents included', () => {
    expect([0, 0.01, 500_000, MAX_AMOUNT_YUAN].map(isStorableAmount)).toEqual([true, true, true, true]);
  });

  it('refuses 12000亿 (1.2e12), negative amounts, infinity and NaN', () => {
    expect([1.2e12, MAX_AMOUNT_YUAN + 1, -1, -500_000, Infinity, NaN].map(isStorableAmount)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('cleaning text', () => {
  it('removes NUL, BEL, ESC, DEL and C1 control characters from a name', () => {
    expect(cleanText('王\u0000总\u0007\u001b\u007f\u0085')).toBe('王总');
  });

  it('turns tabs and line breaks inside a one-line value into one space, and trims', () => {
    expect(cleanText(' 华信精密\r\n\t机械 ')).toBe('华信精密 机械');
  });

  it('keeps tabs and line breaks in free text, CRLF as LF', () => {
    expect(cleanText('第一行\r\n\t第二行\u0000', { multiline: true })).toBe('第一行\n\t第二行');
  });
});

describe('fitting text to a column', () => {
  it('leaves a text that fits as it is, once cleaned', () => {
    expect(fitText('王\u0007总', 100)).toBe('王总');
  });

  it('cuts a 300-character name to the column length in characters', () => {
    expect(fitText('明'.repeat(300), 100)).toBe('明'.repeat(100));
  });

  it('never cuts inside a character outside the BMP (an emoji is one character, two UTF-16 units)', () => {
    const fitted = fitText('😀'.repeat(5), 3);
    expect(fitted).toBe('😀😀😀');
    expect(Array.from(fitted)).toHaveLength(3);
  });

  it('cuts after cleaning, so removed characters do not count', () => {
    expect(fitText('\u0000\u0000abc', 3)).toBe('abc');
  });
});
