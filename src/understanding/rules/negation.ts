import { z } from 'zod';
import { loadWordFile, words } from '../words/word-file';
import { CONTRAST, inOrder } from './text';

/**
 * Whether a keyword mention is negated or only said to be absent: 客户没提价格, 暂时不谈预算,
 * 不担心售后, 售后没什么顾虑, 价格不敏感, 通过了再谈价格. A negation states the topic is not in play; it does not cover
 * words that carry their own negative meaning (资金没批下来 is still a budget signal).
 */

/** The word lists of words/negation.json, checked when loaded. */
export const negationWordsSchema = z.object({
  version: z.literal(1),
  note: z.string(),
  raiseVerbs: words,
  negators: words,
  degreeWords: words,
  agreedEndings: words,
  speakers: words,
  speakerTitles: words,
  andWords: words,
  topicAspects: words,
  leadingAdverbs: words,
  dontWords: words,
  actVerbs: words,
  tenderProcesses: words,
  concernAspects: words,
  concernAdverbs: words,
  noConcernWords: words,
});

export const NEGATION_WORDS = loadWordFile('negation.json', negationWordsSchema);
const W = NEGATION_WORDS;

const CLAUSE_BREAK = /[,;.!?:\s]/;
/** Verbs of raising a topic; negated they mean the topic is absent. 问 (not 问题) is guarded here, before the words (and 问到). */
const RAISE = `(?:问(?!题)|${inOrder(W.raiseVerbs)})`;
/** 别 as "don't", not the 别 of 特别, 区别, 分别, 级别 (特别关心质保 is a strong concern). */
const NEGATOR = `(?:${inOrder(W.negators)}|(?<![特区分级类个识差性告])别)`;
/** How much the topic was (not) raised: 没多问, 没怎么提, 没太在意, 没细谈, 还没开始谈, 还没到谈价钱的阶段. */
const DEGREE = `(?:${inOrder(W.degreeWords)})`;
/** Negator + raising verb somewhere in the few characters before the keyword (没提到价格和交期). */
const BEFORE = new RegExp(`${NEGATOR}${DEGREE}?${RAISE}(?:到|及|过|起)?[^,;.!?就又却只]{0,6}$`);
/** Raising verbs that carry on into agreement (没谈拢, 没谈下来) are not negations. */
const NOT_A_NEGATION_AFTER = new RegExp(`^(?:${inOrder(W.agreedEndings)})`);
/** After the keyword: 价格没提, 价格的事一句没提, 预算还没谈, 售后没什么顾虑, 交期不是问题; the topic's terms too (付款方式都还没谈). */
/** The speaker may sit between topic and negation: 货期他们不担心, 价格客户没提, 预算的事张科长说先不谈, 价格我们没问题. */
const TOPIC_SUBJECT = `(?:${inOrder(W.speakers)}|[\\u4e00-\\u9fa5]{1,2}(?:${inOrder(W.speakerTitles)}))?(?:这次|这回|今天|目前)?`;
/** Topics named together share the negation after them (价格和交期都还没提). */
const COORDINATED = `(?:(?:${inOrder(W.andWords)})[\\u4e00-\\u9fa5]{1,4})?`;
/** A quote not to be given yet (报价先不用给): the topic put off, as 先别报价 is before it. */
const NOT_GIVEN = '(?:不用|不需要|无需)给';
const AFTER_RAISE = new RegExp(
  `^${COORDINATED}(?:${inOrder(W.topicAspects)})?${TOPIC_SUBJECT}(?:说|讲|表示)?(?:${inOrder(W.leadingAdverbs)})*(?:${NEGATOR}(?:有)?${DEGREE}?${RAISE}|${NOT_GIVEN})`,
);
/**
 * An instruction or decision not to act on the topic: 先别报价, 不用走招标, 暂不上会, 不走招标, 不用我们做维保; said with
 * how it is no longer done (教育局不统一招标了, 不公开招标).
 */
const IMPERATIVE_BEFORE = new RegExp(
  `(?:${inOrder(W.dontWords)})(?:我们|咱们|我)?(?:再|去|急着)?(?:${inOrder(W.actVerbs)})?$|不(?:统一|公开|单独)?(?:走|搞|进行)$|不(?:统一|公开|单独)$`,
);
/** A tender not held (直接续单不招标了, 这次不比选): a bare 不 before the process negates it; 不涨价, 不保修 stay worries. */
const PROCESS_NOT_HELD = new RegExp(`^(?:${inOrder(W.tenderProcesses)})`);
const AFTER_NO_CONCERN = new RegExp(
  `^(?:${inOrder(W.concernAspects)})?${TOPIC_SUBJECT}(?:${inOrder(W.concernAdverbs)})*(?:没有?(?:什么|啥|任何|太大)?(?:${inOrder(W.noConcernWords)})(?![吧吗么嘛])|(?:也|并)?不是(?:主要|什么|大|最大的?)?(?:问题|事|顾虑)|无所谓|不成问题|(?:不用|不需要|无需)(?:外包|我们做|找人|做)|(?:不|不太|不怎么|没那么)敏感)`,
);

/** A verb asked as yes-or-not (要不要走, 需不需要做, 走不走): whether, no refusal. */
const A_NOT_A = /([\u4e00-\u9fa5])不\1[^,;.!?\s]{0,6}$/;
const NEGATED_RAISE = new RegExp(`${NEGATOR}${DEGREE}?${RAISE}`);

/** The topic put off until something is done first (通过了再谈价格, 样品测完之后再聊预算): not in play yet. */
const DEFERRED_BEFORE = /(?:了|后|之后|以后)再(?:谈|聊|说|议)$/;

/**
 * BEFORE and IMPERATIVE_BEFORE reach at most this far back from the keyword, so only the clause's
 * last characters are read: a long clause with many mentions stays linear.
 */
const BEFORE_REACH = 16;

function clauseBefore(text: string, start: number): string {
  const reach = Math.max(0, start - BEFORE_REACH);
  let i = start;
  while (i > reach && !CLAUSE_BREAK.test(text[i - 1])) i -= 1;
  return text.slice(i, start);
}

/** `concernTopic`: for topics raised as a worry (price, after-sales…), "no problem" also negates. */
export function isNegated(text: string, start: number, end: number, concernTopic: boolean): boolean {
  const before = clauseBefore(text, start);
  // 要不要走招标 asks whether: the topic is in play, not refused; what is said after it still counts.
  // 没说要不要招标 still says it was not raised.
  const asked = before.match(A_NOT_A);
  const whether = asked !== null && !NEGATED_RAISE.test(before.slice(0, asked.index));
  const neg = before.match(BEFORE);
  if (neg && !CONTRAST.test(neg[0]) && !whether) return true;
  if ((IMPERATIVE_BEFORE.test(before) && !whether) || DEFERRED_BEFORE.test(before)) return true;
  if (before.endsWith('不') && !whether && PROCESS_NOT_HELD.test(text.slice(start, end))) return true;
  // The patterns after the keyword hold no clause break, so on the rest of the text they stop at the clause's end.
  const after = text.slice(end);
  const raise = after.match(AFTER_RAISE);
  if (raise && !NOT_A_NEGATION_AFTER.test(after.slice(raise[0].length))) return true;
  return concernTopic && AFTER_NO_CONCERN.test(after);
}
