import { z } from 'zod';
import { loadWordFile, words } from '../words/word-file';
import { alternationOf } from './text';

/**
 * What the customer asks of us without 让我/要我们 (他们要一份授权书, 希望周四前能看到样品, 问能不能月底前
 * 先送一批, 货要求下周一前到厂). The contract counts an action of ours that the customer asks for as our
 * promise, due at their deadline; the rep's own stated time still wins (findCommitment keeps these as a
 * fallback). Words in words/asks.json.
 */

const askWords = loadWordFile(
  'asks.json',
  z.object({
    version: z.literal(1),
    note: z.string(),
    deliverables: words,
    receive: words,
    give: words,
    arrive: words,
    send: words,
    finish: words,
  }),
);

const DELIVERABLE = alternationOf(askWords.deliverables);
const RECEIVE = alternationOf(askWords.receive);
const GIVE = alternationOf(askWords.give);
const ARRIVE = alternationOf(askWords.arrive);
const SEND = alternationOf(askWords.send);
const FINISH = alternationOf(askWords.finish);
/** A part of a day said as a deadline (明天上午要送到): by then, as 前 says. */
const PART_OF_DAY = '上午|中午|下午|晚上';
/** Within a clause: no punctuation. */
const WITHIN = (n: number): string => `[^,.;!?:]{0,${n}}`;

const ASKS = new RegExp(
  [
    // 希望周四前能看到样品, 希望周末前给个新报价, 希望下个月初能开通: what they hope to get from us (not 交期给到45天, 交期, 价格给低点: terms).
    `(?<!我|我们)希望(?!我|咱)${WITHIN(10)}?(?:能|可以)?(?:${RECEIVE}|(?:${GIVE})(?![到低高多少点期]))`,
    // 客户说下周三前一定要看到: their deadline to see what we make.
    `(?:前|之前|以前)${WITHIN(4)}?要(?:${RECEIVE})`,
    // 王总说下周一要看到排产计划: the day named, then what they want in hand on it.
    `(?:周[一二三四五六日天]|[0-9一二三四五六七八九十]+[号日]|明天|后天|月底)要(?:${RECEIVE})`,
    // 下周一前要到报价, 周二前要到正式报价, 下礼拜三前要看打样, 两周内要方案: a deliverable of ours they want in hand by then.
    `(?<=(?:前|之前|以前|内)${WITHIN(2)}?要(?:到|拿到|看)?)(?:正式|最终|新|完整)?的?(?:${DELIVERABLE})`,
    // 问我们能不能紧急供100吨: goods asked of us, by a deadline that may follow in a clause of its own.
    `(?<=问${WITHIN(8)}?(?:能不能|能否|可不可以|可否)${WITHIN(4)}?)(?:供|送|发)(?:货|[0-9一二三四五六七八九十两几]+(?:吨|台|套|件|批|箱|车))`,
    // 他们要一份注册证, 想要一份接口说明, 想先拿个报价: a document or sample asked for (not 要一台折弯机的报价: goods).
    `(?:要|想要|需要|拿|要求提供)(?:一份|一套|一版|份|个)${WITHIN(14)}?(?:${DELIVERABLE})`,
    `(?:想|想先|先)拿(?:个|一份|一下)?(?:${DELIVERABLE})`,
    // 采购部吴经理想要胎牛血清和培养基的报价: the quote for goods they want, ending the clause, is asked of us.
    `想要${WITHIN(14)}?的(?:报价单?|报价方案)(?=$|[,.;!?\\s])`,
    // 老板娘直接要价目表, 他们先要报价: the thing asked for named right after 要, ending the clause.
    `(?:直接|先|就|还|又|也)要(?:${DELIVERABLE})(?=$|[,.;!?\\s]|了)`,
    // The whole clause is the quote, plan, sample, demo or drawing they want from us (星光家居要报价, 要3D效果图, 要看demo, 他们又要方案了), the
    // customer's name taken out; papers asked for in passing (要资质) are not read so.
    `^(?:他们|客户|对方)?(?:又|还|也|就)?要(?:看|个|份|一份)?(?:3D|三维)?(?:报价单?|新报价|方案|样品|样机|打样|demo|DEMO|演示|效果图|设计图)(?=$|[,.;!?\\s]|了)`,
    // 问我们月底前能不能给个阶梯价: the time said before whether.
    `问(?:我们|咱们)?${WITHIN(4)}?(?:前|之前|以前|内)(?:能不能|能否|可不可以)${WITHIN(4)}?(?:${GIVE})`,
    // 问能不能月底前先送一批, 问能不能24小时内把方案发给他: a question put to us about an action of ours by a time (not 问能不能给个阶梯价: terms).
    `问${WITHIN(8)}?(?:能不能|能否|可不可以|可否|能)${WITHIN(8)}?(?:前|之前|以前|内)(?:${WITHIN(4)}?|把${WITHIN(14)}?)(?:${GIVE})`,
    // 货要求下周一前到厂, 样品月底前要送到他们仓库, 5月20号前必须到他们仓, 12号前要全部到仓, 明早上午要送到: goods reaching them by their deadline.
    // 他们要求3月28号前8台机器全部到位: the goods counted between the deadline and their arrival.
    `要求${WITHIN(10)}?(?:前|之前|以前|内)${WITHIN(8)}?(?:${ARRIVE})`,
    `(?:前|之前|以前|${PART_OF_DAY})(?:要|得|必须)(?:全部|都|全)?(?:${SEND}|到(?:他们|客户)?的?(?:仓|厂|现场|工地))`,
    // 主办方要求10月13号前搭完, 要求7天内换掉, 6月1号前必须切换完, 必须10号前给他们装完: our work at their site finished by their deadline (not 前要上线: the schedule).
    `(?:要求|必须)${WITHIN(10)}?(?:前|之前|以前|内)${WITHIN(5)}?(?:${FINISH})|(?:前|之前|以前)(?:必须|务必|一定要)(?:${FINISH})`,
    // 投标文件要在3月27日前递交, 方案得在周五之前提交: a paper of ours due to be handed in by their deadline.
    `(?:${DELIVERABLE})(?:要|需要|得|必须)在?${WITHIN(10)}?(?:前|之前|以前)(?:递交|提交|${GIVE})`,
    // 货期要卡死在6月5号前, 交期要求十四号之前, 货期要保证10月前: the goods' date set by them as a deadline for us (not 交货期定在5月20日: a date agreed, nor 交期要求提前两周: no deadline).
    `(?:交期|货期|交货期|出货期)(?:要求|要|得|必须)(?:卡死在|卡死|卡在|定在|保证|控制在|放在)?${WITHIN(8)}?(?:前|之前|以前)(?=$|[,.;!?\\s])`,
    // 报价最晚下周三要给到, 最迟月底得提供: the latest time they set for something we give (not 给到我们: theirs to us).
    `(?:最晚|最迟)${WITHIN(8)}?(?:要|得|必须)(?:${GIVE})(?![到出]?(?:我|咱))`,
  ].join('|'),
);

/** A deliverable named alone, perhaps with 那个/新的 (合同, 那个报价): the topic a clause can open with. */
const DELIVERABLE_ALONE = new RegExp(`^(?:那个|这个|新的?|最终的?)?(?:${DELIVERABLE})$`);

/** A deliverable named with whose or what it is (绵外的课桌椅报价单), no verb before it (给出定制开发的报价): the topic too. */
const DELIVERABLE_OWNED = new RegExp(
  `^[^,.;!?\\s给出发做报送寄带交约去把让谈聊跟找回备写改补算]{1,12}的[\\u4e00-\\u9fa5]{0,4}?(?:${DELIVERABLE})$`,
);

export const isDeliverableAlone = (text: string): boolean => DELIVERABLE_ALONE.test(text);
export const isDeliverableTopic = (text: string): boolean => DELIVERABLE_ALONE.test(text) || DELIVERABLE_OWNED.test(text);

/** The part of a clause that asks something of us, from where the ask starts; null when it asks nothing. */
export function customerAsk(clause: string): string | null {
  const m = clause.match(ASKS);
  return m ? clause.slice(m.index!) : null;
}
