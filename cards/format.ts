import { formatForPeople } from '../src/domain/business-time';
import { SIGNAL_LABELS, type SignalTag } from '../src/domain/signals';

/** Small pieces of wording shared by card builders. */

export function signalList(tags: readonly SignalTag[]): string {
  return tags.length > 0 ? tags.map((tag) => SIGNAL_LABELS[tag]).join('、') : '无';
}

export function commitmentLine(action: string, dueAt: Date | null, timeZone: string): string {
  return dueAt ? `${action} · ${formatForPeople(dueAt, timeZone)}` : `${action} · 未定时间`;
}

/** 500000 → "50万元", 250000000 → "2.5亿元", 12800 → "12,800元": how Chinese sales teams say amounts. */
export function moneyText(yuan: number): string {
  if (yuan >= 100_000_000 && yuan % 1_000_000 === 0) return `${trimZeros(yuan / 100_000_000)}亿元`;
  if (yuan >= 10_000 && yuan % 100 === 0) return `${trimZeros(yuan / 10_000)}万元`;
  return `${yuan.toLocaleString('zh-CN')}元`;
}

/** What the rep reads beside 金额/预算 when a stated amount could not be kept (outside 0–1000亿). */
export function rejectedAmountText(yuan: number): string {
  return `${moneyText(yuan)} 看起来不对,没有记录,请核对后再发`;
}

function trimZeros(value: number): string {
  return Number(value.toFixed(2)).toString();
}

/** "张伟 · 3月4日 周三 10:20": who used a card, and when. */
export function actedNote(outcome: string, actorName: string, at: Date, timeZone: string): string {
  return `${outcome} · ${actorName} · ${formatForPeople(at, timeZone)}`;
}
