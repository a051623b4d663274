import { DateTime } from 'luxon';

/** Which local days a tenant works: weekdays by ISO number (1 = Monday), public holidays off, 调休 make-up days on. */
export interface WorkCalendar {
  workdays: readonly number[];
  /** `2026-10-01`: days off although their weekday is a workday. */
  holidays: readonly string[];
  /** `2026-09-27`: days on although their weekday is not (调休). */
  extraWorkdays: readonly string[];
}

export const DEFAULT_CALENDAR: WorkCalendar = { workdays: [1, 2, 3, 4, 5], holidays: [], extraWorkdays: [] };

export function isWorkday(local: DateTime, calendar: WorkCalendar): boolean {
  const day = local.toISODate()!;
  if (calendar.extraWorkdays.includes(day)) return true;
  if (calendar.holidays.includes(day)) return false;
  return calendar.workdays.includes(local.weekday);
}

/** `2026-W10`: the ISO week an instant falls in, in the tenant's zone. */
export function weekPeriod(instant: Date, timeZone: string): string {
  const local = DateTime.fromJSDate(instant, { zone: timeZone });
  return `${local.weekYear}-W${String(local.weekNumber).padStart(2, '0')}`;
}

/** `2026-03-04`: the local day an instant falls in. */
export function dayPeriod(instant: Date, timeZone: string): string {
  return DateTime.fromJSDate(instant, { zone: timeZone }).toISODate()!;
}

/** Start of the local day that holds `instant`, `offsetDays` days later (−1: yesterday). */
export function localDayStart(instant: Date, timeZone: string, offsetDays = 0): Date {
  return DateTime.fromJSDate(instant, { zone: timeZone }).startOf('day').plus({ days: offsetDays }).toJSDate();
}

/** Monday 00:00 of the local week that holds `instant`, `offsetWeeks` weeks later. */
export function localWeekStart(instant: Date, timeZone: string, offsetWeeks = 0): Date {
  return DateTime.fromJSDate(instant, { zone: timeZone }).startOf('week').plus({ weeks: offsetWeeks }).toJSDate();
}

/** The 1st 00:00 of the local month that holds `instant`. */
export function localMonthStart(instant: Date, timeZone: string): Date {
  return DateTime.fromJSDate(instant, { zone: timeZone }).startOf('month').toJSDate();
}

/** The `n`th workday after the local day `local` (the same time of day): N个工作日 counted on the calendar. */
export function plusWorkdays(local: DateTime, n: number, calendar: WorkCalendar): DateTime {
  let day = local;
  for (let counted = 0; counted < n;) {
    day = day.plus({ days: 1 });
    if (isWorkday(day, calendar)) counted += 1;
  }
  return day;
}

/** The first workday after the local day of `after`, at `hour`:00: where 改到下个工作日 puts a promise. */
export function nextWorkdayAt(after: Date, timeZone: string, calendar: WorkCalendar, hour = 18): Date {
  const day = DateTime.fromJSDate(after, { zone: timeZone }).startOf('day');
  return plusWorkdays(day, 1, calendar).set({ hour }).toJSDate();
}
