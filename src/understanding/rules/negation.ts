import { CONTRAST } from './text';

/**
 * Whether a keyword mention is negated or only said to be absent: 客户没提价格, 暂时不谈预算,
 * 不担心售后, 售后没什么顾虑, 价格不敏感, 通过了再谈价格. A negation states the topic is not in play; it does not cover
 * words that carry their own negative meaning (资金没批下来 is still a budget signal).
 */

const CLAUSE_BREAK = /[,;.!?:\s]/;
/** Verbs of raising a topic; negated they mean the topic is absent. */
const RAISE = '(?:提|谈|聊|问(?!题)|说|讲|报|涉及|提到|提及|谈到|聊到|问到|说到|关心|关注|担心|在意|在乎|纠结|计较|考虑|着急|急|压)';
/** 别 as "don't", not the 别 of 特别, 区别, 分别, 级别 (特别关心质保 is a strong concern). */
const NEGATOR = '(?:没有|没|不|未|无需|不用|不需要|(?<![特区分级类个识差性告])别)';
/** How much the topic was (not) raised: 没多问, 没怎么提, 没太在意, 没细谈, 还没开始谈, 还没到谈价钱的阶段. */
const DEGREE = '(?:再|太|怎么|怎么样|什么|多|去|用|会|细|开始|到)';
/** Negator + raising verb somewhere in the few characters before the keyword (没提到价格和交期). */
const BEFORE = new RegExp(`${NEGATOR}${DEGREE}?${RAISE}(?:到|及|过|起)?[^,;.!?就又却只]{0,6}$`);
/** Raising verbs that carry on into agreement (没谈拢, 没谈下来) are not negations. */
const NOT_A_NEGATION_AFTER = /^(?:拢|妥|好|下来|成|定)/;
/** After the keyword: 价格没提, 价格的事一句没提, 预算还没谈, 售后没什么顾虑, 交期不是问题; the topic's terms too (付款方式都还没谈). */
/** The speaker may sit between topic and negation: 货期他们不担心, 价格客户没提, 预算的事张科长说先不谈, 价格我们没问题. */
const TOPIC_SUBJECT =
  '(?:他们|她们|他|她|我们|咱们|客户|对方|院方|校方|甲方|厂里|老板|领导|[\\u4e00-\\u9fa5]{1,2}(?:总|经理|工|主任|科长|处长|院长|老师))?(?:这次|这回|今天|目前)?';
/** Topics named together share the negation after them (价格和交期都还没提). */
const COORDINATED = '(?:(?:和|跟|与|及|以及)[\\u4e00-\\u9fa5]{1,4})?';
/** A quote not to be given yet (报价先不用给): the topic put off, as 先别报价 is before it. */
const NOT_GIVEN = '(?:不用|不需要|无需)给';
const AFTER_RAISE = new RegExp(
  `^${COORDINATED}(?:方面|这块|这一块|这边|上|的事|的问题|方式|条件)?${TOPIC_SUBJECT}(?:说|讲|表示)?(?:还|都|也|先|暂时|目前|倒是|倒|完全|根本|压根儿?|一句|一个字|半句|只字)*(?:${NEGATOR}(?:有)?${DEGREE}?${RAISE}|${NOT_GIVEN})`,
);
/**
 * An instruction or decision not to act on the topic: 先别报价, 不用走招标, 暂不上会, 不走招标, 不用我们做维保; said with
 * how it is no longer done (教育局不统一招标了, 不公开招标).
 */
const IMPERATIVE_BEFORE =
  /(?:别|不用|不要|无需|不需要|先不|暂不|先别)(?:我们|咱们|我)?(?:再|去|急着)?(?:走|做|搞|弄|进行|安排)?$|不(?:统一|公开|单独)?(?:走|搞|进行)$|不(?:统一|公开|单独)$/;
/** A tender not held (直接续单不招标了, 这次不比选): a bare 不 before the process negates it; 不涨价, 不保修 stay worries. */
const PROCESS_NOT_HELD = /^(?:招标|招投标|投标|比选|竞标|公开采购|政府采购)/;
const AFTER_NO_CONCERN = new RegExp(
  `^(?:方面|这块|这一块|这边|上|的事|的问题)?${TOPIC_SUBJECT}(?:还|都|也|暂时|目前|倒|完全|根本)*(?:没有?(?:什么|啥|任何|太大)?(?:问题|顾虑|意见|异议|要求|担心)(?![吧吗么嘛])|(?:也|并)?不是(?:主要|什么|大|最大的?)?(?:问题|事|顾虑)|无所谓|不成问题|(?:不用|不需要|无需)(?:外包|我们做|找人|做)|(?:不|不太|不怎么|没那么)敏感)`,
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
