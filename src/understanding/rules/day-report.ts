import type { DateTime } from 'luxon';

/**
 * When a time in a message reports what happened today rather than promising it: a bare 今天 or the part of
 * the day the message is sent in, said without a word of intent, or a visit followed by whom it met.
 */

/** Without 我, a bare 今天 with no hour and no word of intent reports the day (今天第一次上门拜访). */
export const TODAY_REPORT = /今天(?!下午|晚上|晚|[0-9一二两三四五六七八九十]+点|下班|[之以]?前|[之以]?内)/;
/** 会 as a word of intent, not a meeting (开会, 理事会, 会议); 就 before a short deed closing the clause (今天就发). */
export const INTENT_WORD =
  /要|(?<![开上例年展周晨早夕大聚宴协学工商社理董约办])会(?![议场所员长])|准备|打算|争取|再|得|负责|就(?=[^,.;!?了]{1,4}$)/;
/** Whom a visit met, said right after it (见到了邓经理, 聊了一个小时, 顺便见了张主任): the visit has happened. */
export const MET = /^(?:顺便|顺带|也|还)?(?:见到了|见了|碰到了|聊了|谈了|跟[^,.;!?]{1,8}(?:聊|谈|看|见|碰)了)/;
/** A part of the day named alone (上午电话, 下午见了王总), with no day and no hour: [period, first hour, hour it ends]. */
const BARE_PERIOD = /(?<![今明后天日号一二三四五六日])(上午|早上|中午|下午|晚上)(?![0-9一二两三四五六七八九十]+[点:])/;
const GOING = /去|过去|上门|拜访/;
const PERIOD_HOURS: Record<string, [number, number]> = { 上午: [0, 12], 早上: [0, 10], 中午: [11, 14], 下午: [12, 18], 晚上: [18, 24] };

/** A bare part of the day named (上午电话, 早上去送资料) while the message is sent in it. */
export function namesThisPeriod(text: string, now: DateTime): boolean {
  const period = text.match(BARE_PERIOD)?.[1];
  if (!period) return false;
  const [from, to] = PERIOD_HOURS[period];
  return now.hour >= from && now.hour < to;
}

/**
 * Without 我, a bare part of the day the message is sent in (上午电话 sent at nine) reports it, as a bare 今天
 * does; going somewhere later in it (下午去华光 sent at one) is still ahead.
 */
export function reportsThisPeriod(text: string, now: DateTime): boolean {
  return namesThisPeriod(text, now) && !GOING.test(text);
}

/**
 * Today's weekday opening the message, bare (周六去万家福巡店 sent on a Saturday, 周日跑了趟工地): the rep names the day
 * they report, as 今天 does; a weekday is read as the next one (today excluded) only for what is ahead, which a rep
 * says with an hour, a deadline or a word of intent (星期五下午两点开需求会, 我周一上午去旁听, 周五前发).
 */
const BARE_WEEKDAY =
  /^[^,.;!?]{0,12}?(?<![上下这本个])(?:周|星期|礼拜)([一二三四五六日天])(?!上午|下午|中午|晚上|晚|早上|[0-9一二两三四五六七八九十]+点|[之以]?前|[之以]?内)/;
const WEEKDAY_NUMBER: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7 };

export function reportsTodaysWeekday(text: string, now: DateTime): boolean {
  const day = text.match(BARE_WEEKDAY)?.[1];
  return day !== undefined && WEEKDAY_NUMBER[day] === now.weekday && !INTENT_WORD.test(text);
}

/**
 * The first day back after a holiday opening the message, bare, on that very day (节后第一天去固始人医,刘护士长说…): the
 * day reported, as today's weekday is.
 */
const BARE_FIRST_DAY_BACK =
  /^[^,.;!?]{0,6}?节?(?:假期)?(?:之|以)?后(?:上班)?(?:的)?第一(?:个工作日|天)(?!上午|下午|中午|晚上|晚|早上|[0-9一二两三四五六七八九十]+点|[之以]?前|[之以]?内)/;

export function reportsFirstDayBackToday(text: string, due: DateTime | null, now: DateTime): boolean {
  return due !== null && due.hasSame(now, 'day') && BARE_FIRST_DAY_BACK.test(text) && !INTENT_WORD.test(text);
}

/**
 * The morning named while it is still morning, nothing in it done yet (今天上午去万丰送样 said at eight, 今天上午回复镜湖的事):
 * the rep's plan for it, due at noon, as b16-065 is labelled; a deed told (今天上午去了, 今天上午寄出了) is a report.
 */
const THIS_MORNING = /今天(?:上午|早上)/;
const DONE_MARK = /了|过|已|完/;
export function plansThisMorning(text: string, now: DateTime): boolean {
  return THIS_MORNING.test(text) && now.hour < 12 && !DONE_MARK.test(text);
}

/** A day's plan announced (今天安排, 今日计划, 今天行程): what follows is ahead, whatever part of the day it names. */
export const DAY_PLAN = /^(?:今天|今日|明天|明日)(?:的)?(?:安排|计划|行程|日程)/;
