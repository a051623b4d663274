import { DateTime } from 'luxon';
import { isWorkday, type WorkCalendar } from './business-calendar';
import type { FollowUpRules } from './lead-rules';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** A lead assigned to a rep and not yet touched: what the lead scan times. */
export interface TimedAssignment {
  id: string;
  assignedAt: Date;
  acceptedAt: Date | null;
  firstTouchAt: Date | null;
}

export type LeadEscalationKind = 'not_accepted' | 'not_touched' | 'to_pool';

export interface LeadEscalation {
  /** Unique per assignment and kind: the scan acts on it once. */
  key: string;
  kind: LeadEscalationKind;
  /** When the limit ran out. */
  dueAt: Date;
}

export interface WorkTime {
  timeZone: string;
  calendar: WorkCalendar;
}

/**
 * What is overdue on an assignment at `now`: not accepted within N working hours of assignment (the
 * manager hears), not first-touched within N hours of acceptance (the manager hears), untouched N days
 * after assignment (back to the pool). Reaching the limit exactly counts.
 */
export function leadEscalations(assignment: TimedAssignment, rules: FollowUpRules, work: WorkTime, now: Date): LeadEscalation[] {
  if (assignment.firstTouchAt) return [];
  const due: [LeadEscalationKind, Date][] = [
    [
      'not_accepted',
      assignment.acceptedAt ? null : addWorkingHours(assignment.assignedAt, rules.acceptWithinWorkingHours, rules.workingHours, work),
    ],
    ['not_touched', assignment.acceptedAt ? new Date(assignment.acceptedAt.getTime() + rules.firstTouchWithinHours * HOUR_MS) : null],
    ['to_pool', new Date(assignment.assignedAt.getTime() + rules.returnToPoolAfterDays * DAY_MS)],
  ].filter((entry): entry is [LeadEscalationKind, Date] => entry[1] !== null);
  return due.filter(([, at]) => now >= at).map(([kind, dueAt]) => ({ key: `lead:${assignment.id}:${kind}`, kind, dueAt }));
}

/**
 * The instant `hours` of working time after `start`: only the working hours of workdays count, so a
 * lead assigned on Friday at 17:00 with 4 hours to go is due on Monday at 12:00.
 */
export function addWorkingHours(start: Date, hours: number, day: FollowUpRules['workingHours'], work: WorkTime): Date {
  let left = hours * HOUR_MS;
  let cursor = DateTime.fromJSDate(start, { zone: work.timeZone });
  for (let guard = 0; guard < 3660; guard++) {
    const opens = atClock(cursor, day.start);
    const closes = atClock(cursor, day.end);
    if (isWorkday(cursor, work.calendar) && cursor < closes) {
      const from = cursor < opens ? opens : cursor;
      const available = closes.toMillis() - from.toMillis();
      if (left <= available) return from.plus({ milliseconds: left }).toJSDate();
      left -= available;
    }
    cursor = cursor.startOf('day').plus({ days: 1 });
  }
  throw new Error('the work calendar has no working day within ten years');
}

function atClock(day: DateTime, clock: string): DateTime {
  const [hour, minute] = clock.split(':').map(Number);
  return day.set({ hour, minute, second: 0, millisecond: 0 });
}
