import { DateTime } from 'luxon';
import { parseAmount } from '../../domain/chinese-numerals';

// What one cell of an import sheet says, read the way people fill in spreadsheets. Pure.

/** A cell as the readers hand it over: Excel dates as Date whose UTC fields are the wall clock written. */
export type CellValue = string | number | boolean | Date | null;

/** A time read from a cell, and how precisely it was written (a date alone means that day). */
export interface CellInstant {
  at: DateTime;
  precision: 'day' | 'minute' | 'second';
}

export function isBlank(value: CellValue): boolean {
  return value === null || (typeof value === 'string' && value.trim() === '');
}

/** The cell as text, as it would be shown: numbers without exponent or float noise, dates as 2026-03-01. */
export function cellText(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (value instanceof Date) return wallClock(value).toFormat(hasTime(value) ? 'yyyy-MM-dd HH:mm' : 'yyyy-MM-dd');
  return Number.isInteger(value) ? value.toFixed(0) : String(Number(value.toPrecision(15)));
}

/** Yuan; `scale` is what a bare number is worth in this column (10000 in 金额(万元)). Null when not an amount. */
export function cellAmount(value: CellValue, scale: number): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? Math.round(value * scale * 100) / 100 : null;
  return typeof value === 'string' ? parseAmount(value, scale) : null;
}

/** Excel's day 0 is 1899-12-30; its serial days are wall-clock days. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

const TEXT_DATE =
  /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?(?:\s*(?:T|\s)\s*(\d{1,2})\s*[:：时点]\s*(\d{1,2})(?:\s*[:：分]\s*(\d{1,2}))?\s*秒?)?$/;

/**
 * A date or time in the tenant's zone: an Excel date, an Excel day number, or text such as 2026-03-01,
 * 2026/3/1 14:30, 2026年3月1日, or ISO 8601 with an offset. Null when it is none of these.
 */
export function cellInstant(value: CellValue, timeZone: string): CellInstant | null {
  if (value instanceof Date) return fromWallClock(wallClock(value), timeZone);
  if (typeof value === 'number') {
    // Serial days of a cell not formatted as a date (1900 to 9999).
    if (!(value >= 1 && value < 2_958_466)) return null;
    return fromWallClock(wallClock(new Date(EXCEL_EPOCH_MS + Math.round(value * DAY_MS))), timeZone);
  }
  if (typeof value !== 'string') return null;
  const text = value.trim().normalize('NFKC');
  const m = TEXT_DATE.exec(text);
  if (m) {
    const [year, month, day, hour, minute, second] = m.slice(1).map((part) => (part === undefined ? undefined : Number(part)));
    const at = DateTime.fromObject({ year, month, day, hour: hour ?? 0, minute: minute ?? 0, second: second ?? 0 }, { zone: timeZone });
    if (!at.isValid) return null;
    return { at, precision: second !== undefined ? 'second' : hour !== undefined ? 'minute' : 'day' };
  }
  if (/^\d{4}-\d\d-\d\dT.*(?:Z|[+-]\d\d:?\d\d)$/.test(text)) {
    const at = DateTime.fromISO(text, { setZone: true });
    return at.isValid ? { at, precision: 'second' } : null;
  }
  return null;
}

/** Whether the sheet's time and the stored one are the same as far as the sheet says (the same day, minute). */
export function sameInstant(cell: CellInstant, stored: Date): boolean {
  const other = DateTime.fromJSDate(stored, { zone: cell.at.zone });
  return cell.at.startOf(cell.precision).equals(other.startOf(cell.precision));
}

/** The code whose label or code the cell names (商务谈判 or negotiation); null when none. */
export function cellCode<C extends string>(value: CellValue, labels: Readonly<Record<C, string>>): C | null {
  const text = cellText(value).normalize('NFKC').toLowerCase();
  const codes = Object.keys(labels) as C[];
  return codes.find((code) => code === text || labels[code] === text) ?? null;
}

/** 华信、华信精机 / 华信,华信精机 / one per line. */
export function cellList(value: CellValue): string[] {
  return [
    ...new Set(
      cellText(value)
        .split(/[、,，;；/\n]+/)
        .map((item) => item.trim())
        .filter(Boolean),
    ),
  ];
}

/** An instant as an Excel date: a Date whose UTC fields are its wall clock in the zone, to the second. */
export function excelDate(instant: Date, timeZone: string): Date {
  const local = DateTime.fromJSDate(instant, { zone: timeZone });
  return new Date(Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second));
}

function wallClock(date: Date): DateTime {
  // Excel keeps fractions of a day; round off the float noise to the second.
  return DateTime.fromMillis(Math.round(date.getTime() / 1000) * 1000, { zone: 'utc' });
}

function hasTime(date: Date): boolean {
  const local = wallClock(date);
  return local.hour !== 0 || local.minute !== 0 || local.second !== 0;
}

function fromWallClock(local: DateTime, timeZone: string): CellInstant | null {
  const at = DateTime.fromObject(
    { year: local.year, month: local.month, day: local.day, hour: local.hour, minute: local.minute, second: local.second },
    { zone: timeZone },
  );
  if (!at.isValid) return null;
  const precision = local.second !== 0 ? 'second' : local.hour !== 0 || local.minute !== 0 ? 'minute' : 'day';
  return { at, precision };
}
