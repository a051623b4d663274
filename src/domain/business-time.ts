import { DateTime } from 'luxon';
import { zoneNamed } from './remembered-zone';

/** The zone a tenant works in unless it says otherwise. */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

const WEEKDAYS = ['周一', '周二', '周三', '周四', '周五', '周六', '周日'];

/** An instant as people read it in cards: `3月4日 周三 10:15`, in the tenant's zone. */
export function formatForPeople(instant: Date, timeZone: string): string {
  const local = DateTime.fromJSDate(instant, { zone: zoneNamed(timeZone) });
  // Padded by hand: toFormat parses its pattern on every call, and 5,000 briefings format 40,000 times.
  const hhmm = `${String(local.hour).padStart(2, '0')}:${String(local.minute).padStart(2, '0')}`;
  return `${local.month}月${local.day}日 ${WEEKDAYS[local.weekday - 1]} ${hhmm}`;
}

/** Whole days between two instants, rounded down (for "停留 N 天", "沉默 N 天"). */
export function wholeDaysBetween(from: Date, to: Date): number {
  return Math.max(0, Math.floor((to.getTime() - from.getTime()) / 86_400_000));
}

/** `now` as the ISO string with the zone's offset that the extraction contract expects. */
export function isoInZone(instant: Date, timeZone: string): string {
  return DateTime.fromJSDate(instant, { zone: zoneNamed(timeZone) }).toISO({ suppressMilliseconds: true }) ?? instant.toISOString();
}
