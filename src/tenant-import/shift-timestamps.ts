import { DateTime } from 'luxon';

/** The fields of an import file that hold instants. */
const TIMESTAMP_FIELDS = new Set(['stageEnteredAt', 'lastActivityAt', 'at', 'due', 'doneAt']);
/** Deadlines move with the rest but do not choose the shift, so that open commitments may still lie ahead. */
const EVENT_FIELDS = new Set([...TIMESTAMP_FIELDS].filter((field) => field !== 'due'));

/**
 * Moves every instant of an import file by one whole number of days, so that its latest event falls on the day
 * before `now` in `timeZone`. Time of day and offset are kept: a deal silent for five days stays silent for five.
 * Returns a new value; the input is not changed.
 */
export function shiftToYesterday(file: unknown, now: Date, timeZone: string): unknown {
  const events = collect(file, EVENT_FIELDS).map((iso) => DateTime.fromISO(iso, { zone: timeZone }));
  if (events.length === 0) return file;
  const latest = DateTime.max(...events)!.startOf('day');
  const yesterday = DateTime.fromJSDate(now, { zone: timeZone }).startOf('day').minus({ days: 1 });
  const days = Math.round(yesterday.diff(latest, 'days').days);
  return map(file, (iso) => DateTime.fromISO(iso, { setZone: true }).plus({ days }).toISO({ suppressMilliseconds: true })!);
}

function collect(value: unknown, fields: ReadonlySet<string>): string[] {
  const found: string[] = [];
  map(value, (iso, field) => {
    if (fields.has(field)) found.push(iso);
    return iso;
  });
  return found;
}

/** Copies the value with every timestamp field's string replaced. */
function map(value: unknown, replace: (iso: string, field: string) => string): unknown {
  if (Array.isArray(value)) return value.map((item) => map(item, replace));
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([field, item]) => [
      field,
      typeof item === 'string' && TIMESTAMP_FIELDS.has(field) ? replace(item, field) : map(item, replace),
    ]),
  );
}
