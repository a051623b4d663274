import { describe, expect, it } from 'vitest';
import { isDataError } from '../../src/store/db-errors';

describe('a database error that no retry can fix', () => {
  it('is a refused value: out of range, data too long, incorrect string value, as mysql2 or TypeORM report it', () => {
    expect(isDataError({ code: 'ER_WARN_DATA_OUT_OF_RANGE', errno: 1264 })).toBe(true);
    expect(isDataError({ driverError: { code: 'ER_DATA_TOO_LONG', errno: 1406 } })).toBe(true);
    expect(isDataError({ errno: 1366 })).toBe(true);
  });

  it('is not a deadlock, a duplicate key, a lost connection or a plain error', () => {
    expect([{ errno: 1213 }, { errno: 1062 }, { code: 'ECONNRESET' }, new Error('blinked')].map(isDataError)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});
