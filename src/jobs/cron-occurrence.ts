import { DateTime } from 'luxon';
import cron from 'node-cron';

/**
 * The latest instant at or before `now` that `expression` names in `timeZone`, looking back at most
 * `withinHours` and never before the start of that local day: the catch-up window of a job.
 * Minute resolution; day of month and day of week must both match (all our schedules restrict one).
 */
export function latestOccurrence(expression: string, timeZone: string, now: Date, withinHours: number): DateTime | null {
  const fields = cron.parse(expression);
  const dayOfWeek = new Set(fields.dayOfWeek.map((d) => Number(d) % 7));
  const dayOfMonth = new Set(fields.dayOfMonth.map(Number));
  let at = DateTime.fromJSDate(now, { zone: timeZone }).startOf('minute');
  const dayStart = at.startOf('day');
  for (let step = 0; step <= withinHours * 60 && at >= dayStart; step++, at = at.minus({ minutes: 1 })) {
    if (
      fields.minute.includes(at.minute) &&
      fields.hour.includes(at.hour) &&
      fields.month.includes(at.month) &&
      dayOfMonth.has(at.day) &&
      dayOfWeek.has(at.weekday % 7)
    ) {
      return at;
    }
  }
  return null;
}

export function isValidCron(expression: string): boolean {
  return cron.validate(expression);
}
