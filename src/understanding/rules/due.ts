import { DateTime } from 'luxon';
import * as chrono from 'chrono-node';
import { z } from 'zod';
import { DEFAULT_CALENDAR, plusWorkdays, type WorkCalendar } from '../../domain/business-calendar';
import { NUMERAL, NUMERAL_CHARS, RUN_START, parseChineseNumber } from '../../domain/chinese-numerals';
import { loadWordFile, words } from '../words/word-file';
import { inOrder } from './text';

/**
 * Resolves a time expression to an instant by the contract's "Resolving due" rules.
 * `now` must already be in the tenant zone; results keep that zone.
 */

/** Word lists in words/due.json; each is read in the order written (see inOrder). */
export const dueWordsSchema = z.object({
  version: z.literal(1),
  note: z.string(),
  holidayCampaignWords: words,
  tomorrowWords: words,
  todayWords: words,
  yesterdayWords: words,
  timesOfDay: z.array(z.tuple([z.string().min(1), z.enum(['morning', 'noon', 'afternoon'])])).min(1),
});
export const DUE_WORDS = loadWordFile('due.json', dueWordsSchema);
const W = DUE_WORDS;

const DEFAULT_HOUR = 18;
const MORNING_HOUR = 12;
const WEEKDAY: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7, 末: 6 };
const WEEK = '(?:周|星期|礼拜)';
const DAY_CHAR = '[一二三四五六日天末]';

type DayResolver = (now: DateTime, m: RegExpMatchArray) => DateTime | null;

const weekday = (now: DateTime, weeksAhead: number, day: string): DateTime =>
  now.startOf('week').plus({ weeks: weeksAhead, days: WEEKDAY[day] - 1 });

const num = (s: string | undefined): number | null => (s === undefined ? null : parseChineseNumber(s));

/** Day of month D in month M (1-12, may overflow into next year); null when the date does not exist. */
function dateIn(now: DateTime, monthOffset: number, day: number): DateTime | null {
  const month = now.startOf('month').plus({ months: monthOffset });
  return day >= 1 && day <= month.daysInMonth! ? month.set({ day }) : null;
}

/** A month and day ahead: this year's, or next year's when this year's is already past; null for no such day. */
function comingDate(now: DateTime, month: number, day: number): DateTime | null {
  const thisYear = dateIn(now.set({ month, day: 1 }), 0, day);
  return thisYear && thisYear.endOf('day') < now ? thisYear.plus({ years: 1 }) : thisYear;
}

/** Before the weekend (周末前, 下周末之前): that week's Friday; a bare 周末前 on a weekend is next week's. */
function beforeWeekend(now: DateTime, which: string | undefined): DateTime {
  if (which === '下下') return weekday(now, 2, '五');
  if (which === '下') return weekday(now, 1, '五');
  const friday = weekday(now, 0, '五');
  return which === undefined && now.startOf('day') > friday.startOf('day') ? friday.plus({ weeks: 1 }) : friday;
}

/** A public holiday by its Gregorian date (五一, 国庆); one already past this year is a report, as 上周五 is. */
const HOLIDAY: Record<string, [number, number]> = { 五一: [5, 1], 劳动节: [5, 1], 国庆: [10, 1], 国庆节: [10, 1] };

/** The lunar holidays' Gregorian dates (and 清明's solar term), year by year. */
const LUNAR_HOLIDAYS: Record<number, Record<'春节' | '清明' | '端午' | '中秋', string>> = {
  2025: { 春节: '01-29', 清明: '04-04', 端午: '05-31', 中秋: '10-06' },
  2026: { 春节: '02-17', 清明: '04-05', 端午: '06-19', 中秋: '09-25' },
  2027: { 春节: '02-06', 清明: '04-05', 端午: '06-09', 中秋: '09-15' },
  2028: { 春节: '01-26', 清明: '04-04', 端午: '05-28', 中秋: '10-03' },
  2029: { 春节: '02-13', 清明: '04-04', 端午: '06-16', 中秋: '09-22' },
  2030: { 春节: '02-03', 清明: '04-05', 端午: '06-05', 中秋: '09-12' },
};
const HOLIDAY_NAME = '(五一|劳动节|国庆|元旦|春节|过年|清明|端午|中秋)';

/** A holiday's day in a given year (null when the lunar table does not reach it). */
function holidayIn(year: number, name: string, now: DateTime): DateTime | null {
  if (name === '元旦') return now.set({ year, month: 1, day: 1 }).startOf('day');
  if (name === '五一' || name === '劳动节') return now.set({ year, month: 5, day: 1 }).startOf('day');
  if (name === '国庆') return now.set({ year, month: 10, day: 1 }).startOf('day');
  const lunar = LUNAR_HOLIDAYS[year]?.[(name === '过年' ? '春节' : name) as '春节'];
  if (!lunar) return null;
  const [month, day] = lunar.split('-').map(Number);
  return now.set({ year, month, day }).startOf('day');
}

/** The holiday's next day on or after today (元旦 said in December is next year's). */
function nextHoliday(now: DateTime, name: string): DateTime | null {
  const today = now.startOf('day');
  for (const year of [now.year, now.year + 1]) {
    const day = holidayIn(year, name, now);
    if (day && day >= today) return day;
  }
  return null;
}

/**
 * The days off around a holiday: 春节 from two days before it to the 6th day after, 国庆 seven days, 五一 five, and the others
 * one day with the weekend next to it (a Sunday's holiday moves to the Monday, as 清明 2026 does).
 */
function daysOff(day: DateTime, name: string): [DateTime, DateTime] {
  if (name === '春节' || name === '过年') return [day.minus({ days: 2 }), day.plus({ days: 6 })];
  if (name === '国庆') return [day, day.plus({ days: 6 })];
  if (name === '五一' || name === '劳动节') return [day, day.plus({ days: 4 })];
  if (day.weekday === 5) return [day, day.plus({ days: 2 })];
  if (day.weekday === 1) return [day.minus({ days: 2 }), day];
  if (day.weekday === 6) return [day, day.plus({ days: 2 })];
  if (day.weekday === 7) return [day.minus({ days: 1 }), day.plus({ days: 1 })];
  return [day, day];
}

/** The first weekday after a holiday's days off (端午后第一个工作日, 节后第一天). */
function firstDayBack(day: DateTime, name: string): DateTime {
  let back = daysOff(day, name)[1].plus({ days: 1 });
  while (back.weekday > 5) back = back.plus({ days: 1 });
  return back;
}

const HOLIDAY_NAMES = ['元旦', '春节', '清明', '五一', '端午', '中秋', '国庆'];

/**
 * 节后 with no name: the holiday whose days off are now or come next, within three weeks, or whose first day back is
 * today (节后第一天 said that day is today).
 */
function holidayAround(now: DateTime): { day: DateTime; name: string } | null {
  const today = now.startOf('day');
  let best: { day: DateTime; name: string } | null = null;
  for (const name of HOLIDAY_NAMES) {
    for (const year of [now.year - 1, now.year, now.year + 1]) {
      const day = holidayIn(year, name, now);
      if (!day) continue;
      const [first] = daysOff(day, name);
      if (firstDayBack(day, name) < today || first.diff(today, 'days').days > 21) continue;
      if (!best || day < best.day) best = { day, name };
    }
  }
  return best;
}

/** Ordered: longer and more specific expressions first. */
const DAY_RULES: Array<[RegExp, DayResolver]> = [
  [new RegExp(`(下下|下|本|这)?(?:个)?${WEEK}末(?:之|以)?前`), (now, m) => beforeWeekend(now, m[1])],
  // 端午后第一个工作日, 国庆节后第一天, 节后上班第一天: the first weekday after the holiday's days off.
  [
    new RegExp(`${HOLIDAY_NAME}?节?(?:假期)?(?:之|以)?后(?:上班)?(?:的)?第一(?:个工作日|天|个工作天)`),
    (now, m) => {
      if (!m[1]) {
        const around = holidayAround(now);
        return around ? firstDayBack(around.day, around.name) : null;
      }
      const day = nextHoliday(now.minus({ days: 10 }), m[1]);
      return day ? firstDayBack(day, m[1]) : null;
    },
  ],
  // 五一前, 国庆节之前, 中秋前: the day before the holiday, the last one worked before it.
  [
    new RegExp(`(?<![0-9一二三四五六七八九十])${HOLIDAY_NAME}节?(?:假期|放假)?(?:之|以)?前`),
    (now, m) => {
      const day = m[1] === '五一' || m[1] === '劳动节' || m[1] === '国庆' ? holidayIn(now.year, m[1], now) : nextHoliday(now, m[1]);
      return day ? day.minus({ days: 1 }) : null;
    },
  ],
  [
    // A holiday naming goods or a campaign (国庆福利礼盒, 五一大促) is no day; after it with no day named (我五一后再去) is
    // vague, as 元旦后 is.
    new RegExp(
      `(?<![0-9一二三四五六七八九十])(五一|劳动节|国庆节?)(?![0-9一二三四五六七八九十]|的?(?:${inOrder(W.holidayCampaignWords)})|节?(?:假期)?(?:之|以)?后)`,
    ),
    (now, m) => now.set({ month: HOLIDAY[m[1]][0], day: HOLIDAY[m[1]][1] }),
  ],
  // 元旦后再打电话: after the holiday with no day named is vague, as a bare 节后 is.
  [/元旦(?!节?(?:假期)?(?:之|以)?后)/, (now) => now.plus({ years: 1 }).startOf('year')],
  // 下班前 with no day is today's end of work.
  [/下班(?:之|以)?前/, (now) => now],
  [/大后天/, (now) => now.plus({ days: 3 })],
  [/后天/, (now) => now.plus({ days: 2 })],
  [new RegExp(inOrder(W.tomorrowWords)), (now) => now.plus({ days: 1 })],
  [new RegExp(inOrder(W.todayWords)), (now) => now],
  // 昨晚发了, 前天去过: past days, so they report what happened and lend no time to what follows.
  [new RegExp(inOrder(W.yesterdayWords)), (now) => now.minus({ days: 1 })],
  [/(?<![之以提大])前天/, (now) => now.minus({ days: 2 })],
  // 本周内 / 下周之内: by the end of that week, its Sunday (as 月底 is the month's last day).
  [new RegExp(`(本|这|这个|下|下个)${WEEK}(?:之|以)?内`), (now, m) => weekday(now, m[1].startsWith('下') ? 1 : 0, '日')],
  [new RegExp(`下下个?${WEEK}(${DAY_CHAR})?`), (now, m) => weekday(now, 2, m[1] ?? '一')],
  [new RegExp(`下(?:个|一)?${WEEK}(${DAY_CHAR})?`), (now, m) => weekday(now, 1, m[1] ?? '一')],
  [new RegExp(`(?:本|这|这个)${WEEK}(${DAY_CHAR})`), (now, m) => weekday(now, 0, m[1])],
  // 上周五 is last week's: past, so it reports what happened and promises nothing.
  [new RegExp(`上(?:个|一)?${WEEK}(${DAY_CHAR})?`), (now, m) => weekday(now, -1, m[1] ?? '一')],
  [
    // 每周三次, 一周三趟: how often, not a Wednesday; 周一回复 / 周一回电 is a Monday's reply, 周一回公司 a Monday back at the office.
    new RegExp(`${WEEK}(${DAY_CHAR})(?![次趟遍]|回(?!复|话|电|访|个|公司|去|来|家|厂|单位|头))`),
    (now, m) => {
      // A bare weekday is the next such day after today, never today itself.
      const target = weekday(now, 0, m[1]);
      return target.startOf('day') <= now.startOf('day') ? target.plus({ weeks: 1 }) : target;
    },
  ],
  [/下(?:个)?月(?:底|末)/, (now) => now.plus({ months: 1 }).endOf('month')],
  [/下(?:个)?月中/, (now) => dateIn(now, 1, 15)],
  // 下旬 (the month's last ten days) starts on the 21st, as 月中 is the 15th: 这个月下旬, 下个月下旬, a bare 下旬.
  [/(?<![0-9一二三四五六七八九十])(下个?月)?下旬/, (now, m) => dateIn(now, m[1] ? 1 : 0, 21)],
  // A deadline of this month's middle (月中之前, 这个月中旬前): its 15th. A bare 月中 (我月中再打电话问问) stays vague, as b8-022
  // is labelled; a month named (8月中, 下个月中) or within months (几个月中) is not this one.
  [/(?<![0-9一二三四五六七八九十个])月中(?:旬)?(?:之|以)?前/, (now) => dateIn(now, 0, 15)],
  [new RegExp(`下(?:个)?月(${NUMERAL})[号日]`), (now, m) => dateIn(now, 1, num(m[1]) ?? 0)],
  [/下(?:个)?月(?:初)?/, (now) => now.plus({ months: 1 }).startOf('month')],
  [/(?:本|这个?)?月(?:底|末)/, (now) => now.endOf('month')],
  [/年底|年末/, (now) => now.endOf('year')],
  [
    // A month named with its part (7月初, 九月中旬, 8月下旬, 8月底): its first day, its 15th, its 21st, its last day; past this year, next year's.
    new RegExp(`${RUN_START}(${NUMERAL})月(初|中旬|下旬|底|末)`),
    (now, m) => {
      const month = num(m[1]);
      if (!month || month > 12) return null;
      const start = now.set({ month, day: 1 }).startOf('day');
      const day =
        m[2] === '初' ? start : m[2] === '中旬' ? start.set({ day: 15 }) : m[2] === '下旬' ? start.set({ day: 21 }) : start.endOf('month');
      return day.endOf('day') < now ? day.plus({ years: 1 }) : day;
    },
  ],
  [
    new RegExp(`${RUN_START}(${NUMERAL})月(${NUMERAL})[号日]?`),
    (now, m) => {
      const month = num(m[1]);
      const day = num(m[2]);
      if (!month || !day || month > 12) return null;
      return comingDate(now, month, day);
    },
  ],
  [
    // A date written month.day before its deadline word (3.12前, 4.30号): the dot after a figure ends no amount here.
    /(?<![0-9.])(1[0-2]|0?[1-9])\.(3[01]|[12][0-9]|0?[1-9])(?=号|日|前|之前|以前)/,
    (now, m) => comingDate(now, Number(m[1]), Number(m[2])),
  ],
  [
    // A date written month/day (4/20前, 3/25把方案发他): the slash between a month and a day, no figure on either side
    // (no fraction or 24/7 run).
    /(?<![0-9./])(1[0-2]|0?[1-9])\/(3[01]|[12][0-9]|0?[1-9])(?![0-9/.%])/,
    (now, m) => comingDate(now, Number(m[1]), Number(m[2])),
  ],
  [
    // Not right after 月/周/期 (3月15号 is the rule above's); such a run is tried from its second character.
    // 三号楼, 2号线, 5号机 name a building, a line, a machine: no day.
    new RegExp(`(?:(?<![${NUMERAL_CHARS}月周期])|(?<=[月周期][${NUMERAL_CHARS}]))(${NUMERAL})[号](?![楼线机位门库厅馆柜车床台口院桩仓])`),
    (now, m) => {
      const day = num(m[1]) ?? 0;
      return day < now.day ? dateIn(now, 1, day) : dateIn(now, 0, day);
    },
  ],
];

const PERIOD = `(${inOrder(W.timesOfDay.map(([word]) => word))})`;
const HOUR = '([0-9]{1,2}|[零一二两三四五六七八九十]{1,3})';
// 第一时间 (at once) and 一时间 (for a moment) tell no hour. Minutes in one numeral other than 十 need 分: 2点一起 is two
// o'clock, together.
const CLOCK = new RegExp(
  `(?<!第)${PERIOD}?${HOUR}(?:点|时(?!间))(半|一刻|三刻|[0-9]{1,2}分?|[零一二三四五六七八九十]{2,3}分?|[一二三四五六七八九]分|十分?)?(?![0-9个])`,
);
const COLON_CLOCK = new RegExp(`${PERIOD}?([0-9]{1,2}):([0-5][0-9])`);
const PERIOD_ONLY = new RegExp(PERIOD);

const timesOf = (when: string) => new Set(W.timesOfDay.filter(([, at]) => at === when).map(([word]) => word));
const AFTERNOON = timesOf('afternoon');
const MORNING = timesOf('morning');
const NOON = timesOf('noon');

/** Hour of day from a clock reading and its qualifier; a bare 1–6 means the afternoon. */
function toHour(hour: number, period: string | undefined): number {
  if (hour >= 12) return hour;
  if (period && AFTERNOON.has(period)) return hour + 12;
  if (period && NOON.has(period)) return hour <= 2 ? hour + 12 : hour;
  if (!period && hour >= 1 && hour <= 6) return hour + 12;
  return hour;
}

function minutesOf(s: string | undefined): number {
  if (!s) return 0;
  if (s === '半') return 30;
  if (s === '一刻') return 15;
  if (s === '三刻') return 45;
  return num(s.replace('分', '')) ?? 0;
}

interface TimeOfDay {
  hour: number;
  minute: number;
}

function findTimeOfDay(text: string): TimeOfDay | null {
  const clock = text.match(CLOCK);
  if (clock) {
    const hour = num(clock[2]);
    if (hour !== null && hour <= 24) return { hour: toHour(hour, clock[1]), minute: minutesOf(clock[3]) };
  }
  const colon = text.match(COLON_CLOCK);
  if (colon) return { hour: toHour(Number(colon[2]), colon[1]), minute: Number(colon[3]) };
  const period = text.match(PERIOD_ONLY)?.[1];
  if (period && (NOON.has(period) || MORNING.has(period))) return { hour: MORNING_HOUR, minute: 0 };
  if (period && AFTERNOON.has(period)) return { hour: DEFAULT_HOUR, minute: 0 };
  return null;
}

const DURATION_HOURS = new RegExp(`(${RUN_START}${NUMERAL}|半)(个)?(半)?(?:小时|钟头)(?:之?内|以内|之?后|以后|里)`);
const DURATION_MINUTES = new RegExp(`${RUN_START}(${NUMERAL})分钟(?:之?内|以内|之?后|以后|里)`);
const DURATION_DAYS = new RegExp(`(${RUN_START}${NUMERAL}|半)(?:个)?(工作日|天|日|周|星期|礼拜)(?:之?内|以内|之?后|以后|里)`);

/** N小时内/后 and N分钟内: exact instants. */
function fromHours(text: string, now: DateTime): DateTime | null {
  const h = text.match(DURATION_HOURS);
  if (h) {
    const base = h[1] === '半' ? 0.5 : num(h[1]);
    if (base !== null) return now.plus({ minutes: Math.round((base + (h[3] ? 0.5 : 0)) * 60) });
  }
  const m = text.match(DURATION_MINUTES);
  const minutes = m ? num(m[1]) : null;
  return minutes !== null ? now.plus({ minutes }) : null;
}

/** N天内/后 (and weeks, and working days on the tenant's calendar): that day at 18:00. */
function fromDays(text: string, now: DateTime, calendar: WorkCalendar): DateTime | null {
  const m = text.match(DURATION_DAYS);
  if (!m) return null;
  const n = m[1] === '半' ? 0 : num(m[1]);
  if (n === null) return null;
  if (m[2] === '工作日') return atHour(plusWorkdays(now, n, calendar), DEFAULT_HOUR);
  return atHour(m[2] === '天' || m[2] === '日' ? now.plus({ days: n }) : now.plus({ weeks: n }), DEFAULT_HOUR);
}

const atHour = (day: DateTime, hour: number, minute = 0): DateTime => day.set({ hour, minute, second: 0, millisecond: 0 });

/** First day expression by position in the text (e.g. "明天...周五" takes 明天). */
function findDay(text: string, now: DateTime): DateTime | null {
  let best: { index: number; day: DateTime } | null = null;
  for (const [pattern, resolve] of DAY_RULES) {
    const m = text.match(pattern);
    if (!m || m.index === undefined || (best && m.index >= best.index)) continue;
    const day = resolve(now, m);
    if (day) best = { index: m.index, day };
  }
  return best?.day ?? null;
}

/** chrono only for the rare date shapes the rules above do not know (e.g. 2026年3月8日, 3/8). */
function chronoDay(text: string, now: DateTime): { day: DateTime; time: TimeOfDay | null } | null {
  const parsed = chrono.zh.parse(text, { instant: now.toJSDate(), timezone: now.offset });
  const hit = parsed.find((r) => r.start.isCertain('day'));
  if (!hit) return null;
  const day = DateTime.fromJSDate(hit.start.date(), { zone: now.zone });
  const time = hit.start.isCertain('hour') ? { hour: day.hour, minute: day.minute } : null;
  return { day, time };
}

/** `calendar`: the tenant's workdays, holidays and 调休, which N个工作日 counts on. */
export function resolveDue(text: string, now: DateTime, calendar: WorkCalendar = DEFAULT_CALENDAR): DateTime | null {
  const exact = fromHours(text, now);
  if (exact) return exact.set({ second: 0, millisecond: 0 });
  const days = fromDays(text, now, calendar);
  if (days) return days;
  const time = findTimeOfDay(text);
  const day = findDay(text, now);
  if (day) return atHour(day, time?.hour ?? DEFAULT_HOUR, time?.minute ?? 0);
  const fallback = /(?<!\d)\d+[\/月]\d+|年/.test(text) ? chronoDay(text, now) : null;
  if (fallback) {
    const t = time ?? fallback.time;
    return atHour(fallback.day, t?.hour ?? DEFAULT_HOUR, t?.minute ?? 0);
  }
  return time ? atHour(now, time.hour, time.minute) : null;
}

/** ISO 8601 with the zone's offset, e.g. 2026-03-04T10:15:00+08:00. */
export const formatInstant = (dt: DateTime): string => dt.toFormat("yyyy-MM-dd'T'HH:mm:ssZZ");
