import { CronExpressionParser } from 'cron-parser';
import { DateTime } from 'luxon';
import cron from 'node-cron';

/**
 * The latest instant at or before `now` that `expression` names in `timeZone`, looking back at most
 * `withinHours` and never before the start of that local day: the catch-up window of a job. cron-parser
 * reads the expression as cron does (a restricted day of month OR day of week).
 */
export function latestOccurrence(expression: string, timeZone: string, now: Date, withinHours: number): DateTime | null {
  const local = DateTime.fromJSDate(now, { zone: timeZone });
  // Asked from the next minute, so an occurrence at `now`'s own minute counts.
  const from = local.startOf('minute').plus({ minutes: 1 }).toJSDate();
  const previous = CronExpressionParser.parse(expression, { currentDate: from, tz: timeZone }).prev().toDate();
  const at = DateTime.fromJSDate(previous, { zone: timeZone });
  const earliest = DateTime.max(local.startOf('day'), local.minus({ hours: withinHours }).startOf('minute'));
  return at >= earliest ? at : null;
}

export function isValidCron(expression: string): boolean {
  return cron.validate(expression);
}
