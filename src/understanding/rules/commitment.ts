import type { DateTime } from 'luxon';
import { z } from 'zod';
import { loadWordFile, words } from '../words/word-file';
import { inOrder } from './text';
import type { WorkCalendar } from '../../domain/business-calendar';
import { formatInstant, resolveDue } from './due';
import { CONTACT_NAME } from './contacts';
import { onlyWholeWords } from './segmenter';
import { customerAsk, isDeliverableAlone, isDeliverableTopic } from './customer-asks';
import { assentedRequest } from './chat';
import { TIME_AHEAD_THEN_BA } from './intent';
import {
  DAY_PLAN,
  INTENT_WORD,
  MET,
  TODAY_REPORT,
  plansThisMorning,
  namesThisPeriod,
  reportsFirstDayBackToday,
  reportsThisPeriod,
  reportsTodaysWeekday,
} from './day-report';

/** Word lists in words/commitments.json; each is read in the order written (see inOrder). */
export const commitmentWordsSchema = z.object({
  version: z.literal(1),
  note: z.string(),
  usAsObjectAfter: words,
  ourPlaces: words,
  ourSideThatReports: words,
  opinionWords: words,
  speechVerbs: words,
  papersThatRequire: words,
  talkPresenting: words,
  askingVerbs: words,
  soonWords: words,
  handOverVerbs: words,
  askedDeeds: words,
  reworkVerbs: words,
  answerWords: words,
  tentativeBeforeTime: words,
  ourEvents: words,
  arrangedWords: words,
  expiryWords: words,
  comesOnlyThen: words,
  tenderPapers: words,
  resultWords: words,
  complaintHandling: words,
  complaintWords: words,
  underWayVerbs: words,
  goingThereVerbs: words,
  whetherWords: words,
  cannotWords: words,
  conditionWords: words,
  thirdParties: words,
  prepositions: words,
  providedPapers: words,
  goneOverTopics: words,
  repActions: words,
  madeDeliverables: words,
  doneForThem: words,
  givenDeliverables: words,
  withThemVerbs: words,
  baVerbs: words,
  deadlineGiven: words,
  handedInPapers: words,
  deliveryWords: words,
  deliveryHedges: words,
  laterWords: words,
  requestedDeliverables: words,
  sentToSpeakerVerbs: words,
  attendWords: words,
  anyActionVerbs: words,
  sitesGoneTo: words,
  futureMarkers: words,
  plannedBaVerbs: words,
  planVerbs: words,
  trialWords: words,
  trialKinds: words,
  comeToUsPlaces: words,
  voiceFillers: words,
  continuationWords: words,
  ourPaymentTerms: words,
  showings: words,
  ourTeams: words,
  theirHigherUps: words,
  scheduleWords: words,
  movableEvents: words,
  actionNoise: words,
  timeAfterComparingUs: words,
  usAfterComparing: words,
  notSubjectAfterUs: words,
  repSubjects: words,
  daysOfAVisit: words,
  toldNotToWords: words,
  deadlineOnlyEndings: words,
  deadlineOnlyVerbs: words,
  byDeadlineWords: words,
  metWhomTitles: words,
  partsOfDay: words,
  dayNamedWords: words,
  appointingVerbs: words,
  putOutVerbs: words,
  doneNowVerbs: words,
  sentOffVerbs: words,
  toUsWords: words,
  signingModals: words,
  sentToVerbs: words,
  readiedVerbs: words,
  givenCounts: words,
  quotedCounts: words,
  madeCounts: words,
  notHandedInAfter: words,
  notOutAfter: words,
  doneByDeadlineVerbs: words,
  owedVerbs: words,
  workInHand: words,
  finishingVerbs: words,
  deliveryTimeWords: words,
  handedToVerbs: words,
  quoteCounts: words,
  withinWords: words,
  notOpenAfter: words,
  waitedReplies: words,
  pastMarkers: words,
  bareSubjects: words,
  ownDeedVerbs: words,
  movedEndings: words,
  movedVerbs: words,
  noiseSubjects: words,
  noiseDays: words,
});
export const COMMITMENT_WORDS = loadWordFile('commitments.json', commitmentWordsSchema);
const W = COMMITMENT_WORDS;
/**
 * The rep's own promise and its due time. A customer's deadline (周一给答复 after 他说) or an
 * event with no action of the rep (月底签约, 下个月初要交货) is no commitment.
 */

export interface Commitment {
  action: string;
  due: string | null;
}

/**
 * 我/我们 (or 本人 opening a clause, as a formal report writes it; 负责人本人 is someone himself) as the subject: not an object (给我, 跟我们, 用我们, 要求我们, 希望我们, 给到我们, 过来看我们嘉兴的电站, 参观我们
 * 工厂), a possessive (我们的) nor a place
 * someone comes to (来我们厂参观, 到我们公司), nor our own factory or department speaking (我们工厂排产说最快7月25: their word
 * relayed, no deed of the rep's). After 比/用/选 a time right after 我 makes it the subject of voice
 * text run together (比一比我明天…, 维修费用我明天…).
 */
const REP_SUBJECT = new RegExp(
  String.raw`(?:^|[^给跟和帮替向为找比让问叫对与把被催等用选要请看带领陪])(?<!${inOrder(W.usAsObjectAfter)})(?:(?<![来到去])|(?!(?:我们|我|咱们)[\u4e00-\u9fa5]{0,3}?(?:${inOrder(W.ourPlaces)})))(?!(?:我们|我司|咱们)(?:的)?(?:${inOrder(W.ourSideThatReports)})[^,.;!?]{0,6}(?:说|反馈|回复))(?:${inOrder(W.repSubjects)}|(?<![\u4e00-\u9fa5])本人)(?!${inOrder(W.notSubjectAfterUs)})|(?<=[比用选])(?:${inOrder(W.usAfterComparing)})(?=${inOrder(W.timeAfterComparingUs)}|周[一二三四五六日天]|星期|月底|下个?月|[0-9一二两三四五六七八九十]+个?(?:小时|天))`,
);
const PROMISE = /承诺|答应(?:客户|他们?|她|对方)?|保证|约好/;
/** Cognitive or reporting verbs right after 我: an opinion, not an action; 想 with a day and a visit (我想周二去拜访) is a plan. */
const OPINION = new RegExp(
  `^(?:这边|们)?(?:${inOrder(W.opinionWords)}|想(?!(?:${inOrder(W.daysOfAVisit)}|周[一二三四五六日天]|星期|礼拜)[^,.;!?]{0,6}(?:去|过去|拜访|上门))|问(?!下|一下|问|完|过))`,
);
/**
 * Someone else speaks (说, 告诉我): following clauses without 我 keep reporting them; 告诉他 is the rep telling them. 回话/讲 after 给 someone
 * (给他们秘书处讲一下, 给他们做demo讲方案) is the rep presenting to them, as 讲 with what is presented is (去厂里讲方案,
 * 讲一场课), and a paper's terms (条款里要求4小时到场) are nobody speaking.
 */
const SPEECH = new RegExp(
  `${inOrder(W.speechVerbs)}|告诉(?=我|咱)|(?<!(?:${inOrder(W.papersThatRequire)})[里中上]?)要求|通知(?![书单])|(?<!给[^,.;!?]{0,4})回话|(?<!给[^,.;!?]{0,10})讲(?!${inOrder(W.talkPresenting)})`,
);
/** A day or hour an ask of us is due by, said right after 让 with us left out (采购部让下周把合同初稿发过去, 他让下午3点半前把参数表发过去). */
const ASKED_BY_WHEN =
  '(?:(?:今天|明天|后天|(?:下|这|本)?(?:个)?(?:周|星期|礼拜)[一二三四五六日天]?|月底|下个?月初?|[0-9一二三四五六七八九十]+[号日])(?:上午|下午|晚上|中午)?|上午|下午|晚上|中午)(?:[0-9一二三四五六七八九十]+点半?)?(?:[之以]?前)?';
/**
 * The goods demanded by a date, said with 必须 (设备10月15号前必须进场, 彩盒必须5月20号前送到他们仓库): their requirement of
 * our delivery, a promise due then as 要求月底前交货 is; by ten days of a month (4月中旬前必须到货) it names no day to hold us to.
 */
const GOODS_DEMANDED = String.raw`(?<!旬(?:前|之前|以前)?)(?:必须|务必|一定要|一定得)(?=[^,.;!?]{0,12}?(?:前|之前|以前|内)?[^,.;!?]{0,6}?(?:进场|交付|交货|到货|送到|到位))`;
/**
 * The customer asks something of us (林经理让我们…, 要我们下周三前…, 要求…), or 让 with us left out and their deadline
 * right after it (要冷链方案,让周五前给).
 */
const ASKED_OF_US = new RegExp(
  String.raw`(?:${inOrder(W.askingVerbs)}|要)(?:我们|我|咱们|咱)|要求|(?<![不])让(?=${ASKED_BY_WHEN}[之以]?前)|${GOODS_DEMANDED}`,
);
/**
 * Our action asked for by the customer (让我们下周一前把最终报价发过去, 对方要72小时内给方案, 要求月底前交货, 要求月底前打样,
 * 让我先报个价, 让先发个目录过去, 让下周把初稿发过去 and 让下周去聊 with us left out): the contract counts it as a promise, due at their deadline
 * or with no time. A deadline of theirs with no action of ours stays theirs.
 */
const ASKED_OF_US_BY = new RegExp(
  String.raw`(?:${inOrder(W.askingVerbs)})(?:我们|我|咱们|咱)|(?<![不])让(?=(?:${inOrder(W.soonWords)}|${ASKED_BY_WHEN})(?:先|尽快)?(?:${inOrder(W.handOverVerbs)}|去|过去|来|改|重新))|要(?:求)?(?:我们|我|咱们)|(?:要求|(?:对方|客户|他们|甲方|他|她)要求?)(?=[^,.;!?]{0,20}(?:${inOrder(W.askedDeeds)}|回(?:个)?(?:价|报价|复|话)))|${GOODS_DEMANDED}`,
);
const DEADLINE = /前|之前|以前|内/;
/**
 * Asked to rework something of ours (让我们再算算, 要我们调一下再打一版, 让我再报一次, 让我们按这个数重新报), or to quote what was just named
 * (每台租金多少让我报一下): an action even without a deliverable named.
 */
const REVISE = new RegExp(`^(?:按[^,.;!?]{1,8}?)?(?:(?:再|重新|先)?(?:${inOrder(W.reworkVerbs)})|(?:再|重新)报|(?:先)?报(?:一下|下)?$)`);
/** Asked not to (让我先别报价): no action of ours. */
const TOLD_NOT_TO = new RegExp(String.raw`^(?:先|暂时|暂)?(?:${inOrder(W.toldNotToWords)})`);
/** Words that only say when (下周三下午3点, 月底, 明天上午): the clauses below that are only a time are made of them. */
const TIME_RUN = '(?:[今明后大下本这周星期礼拜个月底初末号日天午晚早中点半0-9一二三四五六七八九十两:]|上午|工作|小时)+';
/** A clause that is only a deadline for what was just asked (月底前交, 周五之前给到, 下周三前要货, 10月8号前要方案, 下周三前到矿). */
const DEADLINE_ONLY = new RegExp(
  String.raw`^[^,.;!?]{0,10}(?:(?:${inOrder(W.byDeadlineWords)})(?:${inOrder(W.deadlineOnlyVerbs)})?(?:${inOrder(W.deadlineOnlyEndings)})?|要(?:货|到货|${inOrder(W.madeDeliverables)})?|到(?:矿|厂|场|现场|工地|仓库?))$`,
);
/**
 * A clause that is only when it goes back to the asker (明天上午给他, 明天给他回话): the deadline of what was just asked,
 * with no one else's subject before it (他明天给我们 is theirs).
 */
const BACK_TO_THEM_BY = new RegExp(`^${TIME_RUN}(?:[之以]?[前内])?(?:给|回)(?:他|她|对方|他们)?(?:${inOrder(W.answerWords)}|结论|结果)?$`);
/**
 * The ask of us opening with when (让我们明天上午回复, 让我今天下午重新出一版): whatever follows is ours to do by then, unless
 * it is the signing, an event both sides hold (让我们下礼拜来签).
 */
const TIME_FIRST = new RegExp(`^${TIME_RUN}`);
const askedByWhen = (asking: string): boolean => TIME_FIRST.test(asking) && !asking.includes('签');
/** A deadline for a quote or a rework asked just before (要我们再让3个点 下周一前重新报). */
const REVISED_BY = new RegExp(`^${TIME_RUN}(?:[之以]?前)?${REVISE.source.slice(1)}`);
/** Striving for the customer (跟公司再争取一下): an action, held to a time when one is said. */
const STRIVE = /争取(?:一下|下)/;
/** A price cut asked of us (要我们再让3个点, 让我们再降点): no promise by itself. */
const CONCESSION_ASKED = /(?:要|让)(?:求)?(?:我们|我|咱们)(?:再)?(?:让|降)/;
/** Particles a clause may end with (10天内吧): no part of what it says. */
const TRAILING_PARTICLES = /[吧啊哈呢哦呀]+$/;
/** What an ask includes, said after it (含飞手培训和售后). */
const INCLUDES = /^(?:含|包括|包含|加上|连同|带上)/;
/**
 * A clause that is only a time, maybe tentative (暂定下周四, 周三前), perhaps with where (周五下午3点半在他们2号仓):
 * it dates the action named just before.
 */
const TRAILING_TIME = new RegExp(`^(?:${inOrder(W.tentativeBeforeTime)})?${TIME_RUN}(?:[之以]?[前内])?(?:在[^,.;!?]{1,12}|到)?$`);
/**
 * An event of ours arranged (现场演示约好了, 培训定好了, 下次拜访安排好了), its time said in the clause after: the event
 * is ours to hold, at that time. Without a time after, it reports the arranging.
 */
const EVENT_ARRANGED = new RegExp(`(?:${inOrder(W.ourEvents)})[^,.;!?]{0,4}(?:${inOrder(W.arrangedWords)})$`);
/** Whom a meeting was made with (约了设计部的林经理, 约好了他们厂长): its hour may follow in a clause of its own. */
const MET_BY_APPOINTMENT = new RegExp(`约(?:好)?了[^,.;!?]{0,10}(?:${CONTACT_NAME.source}|他们?|${inOrder(W.metWhomTitles)})$`);
/**
 * An appointment's hour with no day (约了下午三点半去汇报), or an hour already gone today (下周一 博远签合同 我上午十点带合同过去,
 * said in the evening), the day named in a clause before (新校长下周四有空): the hour is on that day.
 */
const APPOINTED_HOUR = /约(?:好|了|在)/;
/** A clause that is only a time and 见 (下周一见, 周三下午见面): meeting the customer then, once a customer is named. */
const MEET_AT = new RegExp(`^${TIME_RUN}见(?:面|个面)?$`);
const HOUR_NAMED = new RegExp(String.raw`${inOrder(W.partsOfDay)}|[0-9一二两三四五六七八九十]+(?:点|:)`);
/** A clock reading (5点, 三点半, 14:30), sharper than a part of the day. */
const CLOCK_NAMED = /[0-9一二两三四五六七八九十]+(?:点|:)/;
const DAY_NAMED = new RegExp(inOrder(W.dayNamedWords));
function onTheDayNamed(clause: Clause, dayBefore: Clause | null, now: DateTime): DateTime | null {
  const { due, text } = clause;
  const day = dayBefore?.due;
  if (due === null || !day || day <= now || day.hasSame(due, 'day')) return due;
  if (!(APPOINTED_HOUR.test(text) || due <= now) || !HOUR_NAMED.test(text) || DAY_NAMED.test(text)) return due;
  return day.set({ hour: due.hour, minute: due.minute });
}
const ARRANGED = new RegExp(`(?:${inOrder(W.arrangedWords)})$`);
/** Our people sent with us (约我们技术去, 让我们的工程师过来): still us going. */
const OUR_PEOPLE = '(?:的)?(?:技术(?:人员|员|工程师)?|工程师|售后|设计师?|团队|人)?';
/** An appointment the rep keeps even inside a report (让我们去做个演示, 下午两点约了见面, 约本周五下午3点半去他们公司签). */
const APPOINTED = new RegExp(
  `(?:${inOrder(W.appointingVerbs)})(?:我们|我|咱们)${OUR_PEOPLE}(?:去|过去|来|上门)|约(?:好)?了|^约(?:在)?${TIME_RUN}(?:去|过去|上门)`,
);
/**
 * The customer made the appointment and we go there or meet (陆经理约了后天下午去厂里谈, 李总约好周五上门, 冯总约了下周二聊
 * 培训): still ours to keep; a meeting made with a supplier or a rival (约了供应商下周二谈) is theirs.
 */
const APPOINTED_BY_THEM =
  /约(?:好)?了?(?:我们|我|咱们)?(?:[^,.;!?去]{0,10}(?:去|过去|上门)|(?![^,.;!?]{0,8}(?:供应商|厂家|别家|同行))[^,.;!?去]{0,10}(?:聊|谈|见面))/;
/**
 * The customer sets the meeting at an hour, with no 了 (王总约周四下午2点去现场看, 张总约周四上午10点厂里见): ours to keep; their
 * coming to us (约周四过来参观) is not.
 */
const APPOINTED_AT_TIME = new RegExp(`约(?:在)?${TIME_RUN}(?![^,.;!?]*来)[^,.;!?]{0,6}(?:去|过去|上门|见)`);
/** A call taken (一早接到刘科长电话): theirs to us, told as it came, no deed of ours ahead. */
const CALL_TAKEN = /接(?:到|了)(?:个|一个|一通)?[^,.;!?]{0,12}?电话/;
/** Sending it today, told with no 了 (…改了三处,今天发给谢经理确认): the rep's plan for today, not a report of it. */
const SENDS_TODAY = /^今天(?:发|寄|送|报|回)(?!了)[^了过]*$/;
/** The appointment already kept, what was done there told (上午约我过去唠了唠, 约了王总 聊了一下午): a report, not ahead. */
const KEPT = /(?:聊|谈|唠|看|见|坐|转)(?:了|过)/;
/** Someone invites us by name to come (杜总下周约我们去讲一次): an appointment of ours even inside what was reported. */
const INVITED_US = /约(?:了|好)?(?:我们|我|咱们)[^,.;!?]{0,6}(?:去|过去|上门)/;
/** A cap on the price (报价要在每人每月5800以内): the customer's terms, no action of ours. */
const PRICE_CAP = /(?:报价|价格|单价|总价)(?:要|得|必须|最好)?(?:控制)?在[^,.;!?]{1,14}(?:以内|之内|以下)/;
/** When something runs out (维保年底到期, 报价有效期到月底): a date of a contract, no action of the rep's. */
const EXPIRY = new RegExp(inOrder(W.expiryWords));
/** Only then does something come (下个月才出结果, 月底才能定): a time the rep waits for, not one of the rep's. */
const WAITED_FOR = new RegExp(`(?<![刚人方])才(?:${inOrder(W.comesOnlyThen)})`);
/**
 * Something of theirs that comes out on a day (标书下周三挂出来, 结果周五公布, 批文月底下来), or the tender's bids opened
 * or judged on a day (5月12号开标), its papers out on a day (标书下周出, 下个礼拜出标书, X下个月初发招标文件, said without 我): their event, whose time is not lent to the rep's next clause; not the rep's own
 * 把…做出来.
 */
const TENDER_PAPER = inOrder(W.tenderPapers);
/** 发标书 is the rep handing in a bid; 发招标文件 is the buyer's. */
const TENDER_NOTICE = inOrder(W.tenderPapers.filter((paper) => paper !== '标书'));
const COMES_OUT = new RegExp(
  `^(?!.*把)[^,.;!?]*?(?:(?:${inOrder(W.putOutVerbs)})(?:出来|下来)|挂网|公示|公布|批文[^,.;!?]{0,4}下来|开标|评标|定标|(?:${TENDER_PAPER})[^,.;!?前我]{0,8}出(?:来)?$|^[^,.;!?我]{0,8}出(?:${TENDER_PAPER})$|^[^,.;!?我]{0,14}发(?:布)?(?:${TENDER_NOTICE}))`,
);
/** A result as the subject, coming out on a day (评标结果下周出, 评审结论周五公布): their event, no deed of ours. */
const RESULT_COMES = new RegExp(`(?:${inOrder(W.resultWords)})[^,.;!?]{0,6}(?:出(?!发|差|去|来找)|公布|公示|下来)`);
/**
 * The customer complaining or reporting a fault (礼拜天一早打电话投诉专线掉线, 前台来电报修): their deed, however it came
 * (a call is theirs here), so its time dates what happened and is lent to no promise after it. Handling it (处理投诉)
 * is ours.
 */
const THEIR_COMPLAINT = new RegExp(`(?<!${inOrder(W.complaintHandling)})(?:${inOrder(W.complaintWords)})`);
/**
 * A batch of the goods as the subject (首批30台下周一送货安装, 第二批月底到): the deal's schedule, no promise of the
 * rep's unless 我 says so (首批我下周一送过去).
 */
const GOODS_BATCH = /^(?:首批|头批|第[一二三四五六七八九十0-9]批)/;
/** Work under way or about to begin (我们在准备投标, 我今天开始做标书, 我明天就开始弄) is no promise of when it is done. */
const UNDER_WAY = new RegExp(
  `(?:^|[^现])在(?:${inOrder(W.underWayVerbs)})|正在|(?:今天|今日|从今天|明天)(?:就|起)?开始(?:${inOrder(W.underWayVerbs)})`,
);
/** A task named as a topic (下周二去盖章那个, 送样品那件事): what is said of it next, not a promise made now. */
const TOPIC_NAMED = /(?:那个|那件事|那事|的事)$/;
/** A clause saying something is done now (已经寄出去了, 今天上午发出去了, 做好了). */
const DONE_NOW = new RegExp(
  String.raw`(?:已经|已)[^,.;!?]{0,10}了|(?:${inOrder(W.sentOffVerbs)})(?:出去|过去|出|到)了|(?:${inOrder(W.doneNowVerbs)})(?:好|完)了`,
);
/** A clause that opens with a time and goes there (周四去看现场, 明天上午上门): the speaker goes, so the rep. */
const GOING_THERE = new RegExp(
  `^[今明后大下本这周星期礼拜个月底初号日天午晚早中点半0-9一二三四五六七八九十两:]+(?:再|就|先)?(?:${inOrder(W.goingThereVerbs)})`,
);
/** Not the clause right after 王总说, which is their words (王总说,明天去总部汇报). */
const goesThere = (clause: Clause): boolean =>
  clause.due !== null && GOING_THERE.test(clause.text) && !SPEECH.test(clause.text) && !hasThirdPartySubject(clause.text);
/** Given to us (下周给我们答复, 月底前给我个准话): without 我 as the subject, the customer's deed, not ours. */
const TO_US = new RegExp(String.raw`给(?:${inOrder(W.toUsWords)})(?!的)`);
/** Without 我, 问五一前能不能… reports the customer's question, not an action of ours. */
const ASKED_WHETHER = new RegExp(`问[^,.;!?]{0,10}(?:${inOrder(W.whetherWords)})`);
/** What cannot be done (排不过来, 来不及, 做不到, 去不了) is no promise. */
const CANNOT = new RegExp(`[^,.;!?]不(?:过来|出来|了(?!解))|${inOrder(W.cannotWords)}`);
/** A condition (我们要是不跟) and its consequence are no promise; 主要是 (mainly) is none. */
const CONDITIONAL = new RegExp(`(?<![主需只重])要是|${inOrder(W.conditionWords)}`);
/**
 * Signing is an event of both sides (下周签合同, 这周五能签), not an action of the rep; nor is getting ready to sign by a
 * time (准备下周签合同, 准备月底前签), which names no deed of the rep's either; the paper signed may be named by its kind
 * (下周签配送协议, 签供货合同), whose words (配送) are no deed of ours.
 */
const SIGNING = new RegExp(
  String.raw`(?:(?:准备|打算|计划)[今明后大下本这周星期礼拜个月底初末号日天午晚早中点半前之0-9一二三四五六七八九十两]+)?(?:${inOrder(W.signingModals)})?签(?:[\u4e00-\u9fa5]{0,4}?(?:合同|协议)|约|字|单|下来)?`,
  'g',
);
/**
 * Someone else as the subject before any preposition (他们下周给答复, 招标代理下周发公告, 有个客人直接上门看机, not 给他们做演示).
 */
const THIRD_PARTY = new RegExp(`${inOrder(W.thirdParties)}|${CONTACT_NAME.source}`);
/**
 * Also 去/到: the party after them is a place (去他们厂里), not the subject; after 回复/告诉 it is who we tell, and
 * right after a verb of sending or answering (报价发她, 明天回他, 寄王总) the one it goes to.
 */
const PREPOSITION = new RegExp(
  `${inOrder(W.prepositions)}|联系(?![人方电])|(?:${inOrder(W.sentToVerbs)})(?=他|她|对方|客户|${CONTACT_NAME.source})`,
);
/**
 * Actions a rep takes without saying 我 (去工地看样, 给他们做演示, 明天装机, 把报价带过去, 把方案重新报一下, 把方案重新讲一遍, 出几款方案, 出个不停暖的施工组织方案, 找技术部评估一下); read with 带 and 约 as
 * words of their own (not 履带, 预约, 签约). 发售 is papers put on sale (标书下周一发售), no sending of ours. 提供 with a paper
 * (要我们下周提供检测报告) hands it over as 发 does; 提供场地 is none. Going over drawings (周五上午碰图纸), a technical exchange
 * (下周三下午技术交流), sealing a bid (明天封标) and handing one in (标书下周三前要递) are ours too; so is meeting them again
 * (明天下午3点跟他们采购再碰), and so are a presentation (让我们下周一来讲方案), a plan with its size (先出个300户的试点方案)
 * and asking someone (明天找赵经理问问).
 */
const REP_ACTION = new RegExp(
  String.raw`${inOrder(W.repActions)}|提供(?=[^,.;!?]{0,12}(?:${inOrder(W.providedPapers)}))|碰(?:一下|下|个头|头)?(?=[^,.;!?]{0,2}(?:${inOrder(W.goneOverTopics)}))|(?:技术|方案|产品)交流(?!会)|飞(?![机快速行轮书单])|(?<!开)发(?!货|标|招标|售|[^,.;!?]{0,4}公告)|(?:回复|答复)(?=[^,.;!?说了]{1,12}的(?:事|问题|情况|要求))|出(?:${inOrder(W.madeCounts)})?(?:[\u4e00-\u9fa5]{0,4}?|[0-9]+[\u4e00-\u9fa5]{1,2}的[\u4e00-\u9fa5]{0,4}?)(?:${inOrder(W.madeDeliverables)})|出(?:${inOrder(W.madeCounts)})[^,.;!?]{5,12}?(?:${inOrder(W.madeDeliverables)})|报(?:${inOrder(W.quotedCounts)})[\u4e00-\u9fa5]{0,4}?(?:资料|材料|方案|清单)|做(?:个|一下|一次)?(?:演示|方案|报价|测试)|讲(?:一下|下|一次|一遍)?(?:方案|产品|案例)|报(?:个|一个|一版)?[\u4e00-\u9fa5]{0,4}?价|回(?:个)?(?:报)?价|回(?:他|她|他们|对方|客户)(?![们的])|给[^,.;!?]{0,6}(?:${inOrder(W.doneForThem)})|给(?:${inOrder(W.givenCounts)})[\u4e00-\u9fa5]{0,4}?(?:${inOrder(W.givenDeliverables)})|(?:跟|向|和|找)[^,.;!?]{0,10}(?:${inOrder(W.withThemVerbs)}|碰(?:个)?(?:头|面)?$|过(?:一|两)?遍)|把[^,.;!?]{1,12}(?:${inOrder(W.baVerbs)}|报(?![废销警修])|过(?:一|两)?遍)|约(?![0-9一二两三四五六七八九十百千万几])|(?<![传快速投])递(?![增减延]|给我|过来)|留(?:住|着|好)|锁(?:住|定)|占(?:住|着)|(?:hold|Hold|HOLD)住?|(?:${inOrder(W.readiedVerbs)})(?:完|好|出来)(?!了)`,
);
const repActionText = (text: string): string => onlyWholeWords(text, '带约');
/** 跟 ending a clause is the verb "follow up" (下月初再跟), not the preposition; so are 再问, 再催 (下个月初再问) and 再打 (a call again). */
const FOLLOW_UP = /再(?:跟|问|催|打)(?:一下|下|问|过去|一次|一遍|个电话)?$/;
/**
 * A task by a deadline with no subject (测算下周三前给到刘经理, 标书周五前完成, 下周五前出可研, 下周二前给合同, 下周一前重新报), or a paper handed in
 * on a day (下周三交方案): the rep's own to do, kept only when the rep states no other promise. With 要 (月底前要交付,
 * 要在月底前完成) it is the deal's schedule, and goods handed over (交付, 交货) are the deal's too.
 */
const DEADLINE_TASK = new RegExp(
  `^(?:(?!要)[^,.;!?])*(?:前|之前|以前)(?:重新|再)?(?:给到|给出|给(?=${inOrder(W.deadlineGiven)})|提交|交(?!付|货)|${inOrder(W.doneByDeadlineVerbs)}|出(?!${inOrder(W.notOutAfter)})|报(?!名|销|到))|^(?:(?!要)[^,.;!?])*?(?:[一二三四五六日天]|号|日)(?:提交|递交|交)(?!${inOrder(W.notHandedInAfter)})[^,.;!?]{0,6}?(?:${inOrder(W.handedInPapers)})`,
);

/**
 * Work of ours in hand (标书还在做, 设计稿还在赶, 商务标还在算, 做得差不多了 还差业绩证明), then when it will be finished
 * (明天中午前定稿, 周三能给到, 26号前肯定给): that time is the rep's to keep, though no 我 says it.
 */
const WORK_IN_HAND = new RegExp(inOrder(W.workInHand));
const FINISHED_BY = new RegExp(inOrder(W.finishingVerbs));
const PAPER_OF_OURS = new RegExp(inOrder(W.deadlineGiven));
function finishesWorkInHand(clause: Clause, reported: boolean): boolean {
  if (clause.due === null || !FINISHED_BY.test(clause.text) || WORK_IN_HAND.test(clause.text)) return false;
  if (reported && !PAPER_OF_OURS.test(clause.text)) return false;
  return isOursForSure(clause.text) && !PAST.test(clause.text);
}

/** No one else its subject, no condition on it, no one's words: a task the rep may be held to. */
function isOursForSure(text: string): boolean {
  return !hasThirdPartySubject(text) && !CONDITIONAL.test(text) && !SPEECH.test(text);
}

/** What must be done by a deadline, said with 得把…了 (3月10号前得把保证金交了): 了 closes the task ahead, not a deed done. */
const OWED_BY = new RegExp(String.raw`(?:前|之前|以前)(?:得|必须|务必|需要)把[^,.;!?]{1,12}?(?:${inOrder(W.owedVerbs)})(?:了|掉|好|上)?$`);
/** A deadline task (see DEADLINE_TASK) with nobody else as its subject and nothing making it past or unreal. */
function isDeadlineTask(clause: Clause, reported: boolean, customer: string | null): boolean {
  if (clause.due === null || reported) return false;
  const text = customer ? clause.text.split(customer).join('') : clause.text;
  const owed = OWED_BY.test(text);
  if (!isOursForSure(text) || UNDER_WAY.test(text) || (PAST.test(text) && !owed)) return false;
  return DEADLINE_TASK.test(text) || owed;
}
/**
 * A deal reported signed (合同签了, 已经回签了, 签下来了): the goods' date said after it with no subject (6月底前交付安装,
 * 月底交货, 下周开始施工) is what we now owe. Not with 要/必须 (their requirement), a forecast (预计, 估计), one batch of a
 * running supply (第一批, 首批), the date named as a term (交机时间8月10号前: the deal's schedule) or ten days of a month
 * (下个月中旬交货: no day to hold us to; b82-081 labels 五月中旬前 with no due).
 */
const SIGNED = /签(?:了|完|好了|下来了?)|回签|已签/;
const OUR_DELIVERY = new RegExp(inOrder(W.deliveryWords));
const NOT_OUR_DELIVERY = new RegExp(
  `(?:${inOrder(W.deliveryTimeWords)})(?:时间|日期|期)|[上中下]旬|${inOrder(W.deliveryHedges)}|第[一二三四五六七八九十0-9]批|首批|头批`,
);
function isDeliveryOwed(clause: Clause, signed: boolean, reported: boolean, customer: string | null): boolean {
  if (!signed || reported || clause.due === null) return false;
  const text = customer ? clause.text.split(customer).join('') : clause.text;
  if (SIGNED.test(text) || NOT_OUR_DELIVERY.test(text) || PAST.test(text) || CONDITIONAL.test(text)) return false;
  return OUR_DELIVERY.test(text) && !hasThirdPartySubject(text) && !SPEECH.test(text);
}
/**
 * A time ahead with no date (回头, 下一步, 下次, 节后): the rep's plan even without 我; not when the clause's own date is
 * today or past (节后第一天去X, said that day, reports the visit).
 */
const LATER = new RegExp(inOrder(W.laterWords));
/** Deliverables someone asks for (下周要一台折弯机的报价): a request, not the rep's action. */
const REQUESTED = new RegExp(`要[^,.;!?给去发出做报把带寄送]{1,12}的(?:${inOrder(W.requestedDeliverables)})`);
/**
 * In someone's words, something sent or done for them by a date or on a day (许院长说要换牙椅,下周五前给他发个配置单; 说价格
 * 可以谈 下周给她寄样品): the speaker is who it goes to, so the doer is the rep. Not 给他们, which may be others on their side.
 */
const FOR_THE_SPEAKER = new RegExp(
  `给(?:他|她|对方)(?!们)(?:${inOrder(W.sentToSpeakerVerbs)}|(?:个|一个)?(?:答复|回复|回话|准话))|把[^,.;!?]{1,12}(?:${inOrder(W.handedToVerbs)})?给(?:他|她|对方)$`,
);
/** What is said, after who says it (张总说 要…): the whole clause when no one is said to speak in it. */
function wordsSpoken(text: string): string {
  const said = text.match(SPEECH);
  return said ? text.slice(said.index! + said[0].length) : text;
}
/**
 * In someone's words, a price or a plan quoted by a deadline (吴经理说下周二前报一个含驻场维保的价): only we quote to
 * them, so it is asked of the rep, as 给他发个配置单 is; so is a new price given by a deadline (礼拜五前给个新价).
 */
const QUOTE_BY = new RegExp(
  String.raw`(?:${inOrder(W.withinWords)})(?:先|要|得)?(?:报|出|给)(?:${inOrder(W.quoteCounts)})?[^,.;!?]{0,10}?(?:价|报价|方案)`,
);
function quoteAskedBy(text: string): string | null {
  const said = text.match(SPEECH);
  const words = said ? text.slice(said.index! + said[0].length) : text;
  const m = words.match(QUOTE_BY);
  return m !== null && !hasThirdPartySubject(words.slice(0, m.index)) && !TO_US.test(words) ? words : null;
}
/** Words that point back to a time already named (到时候, 届时, 那天, 当天), in a promise or in what is asked of us. */
const THEN = /到时候?|届时|那天|当天/;
/**
 * Done ahead of what was just named (下周一上午来参观 我提前把冷库收拾一下): due by that time, unless the promise has a
 * time of its own (下周出公告,我们得提前把资质备好,3个工作日内整理完: the three workdays).
 */
const AHEAD_OF_IT = /提前(?!了|做完|完成|到)/;
/** Ahead by a count of days (3月20号到厂, 我提前一天过去): that many days before the time named, at 18:00. */
const DAYS_AHEAD = /提前(一|两|二|三|[1-3])天/;
const DAYS_AHEAD_COUNT: Record<string, number> = { 一: 1, 两: 2, 二: 2, 三: 3, '1': 1, '2': 2, '3': 3 };
const THEN_ALONE = /^(?:到时候?|届时|那天|当天)$/;
/** Being present at someone else's event (他们总经理下周一来参观 我负责接待): its time is the rep's. */
const ATTEND = new RegExp(`${inOrder(W.attendWords)}|(?:去|来)接(?![受手单电通触])`);
/** Any action verb after 我 (飞 is travel: 我下周三飞武汉; follow一下 said in English; broader: 回复, 确认 are fine when the rep says 我; 让工程师远程看一下: a check handed to our staff, or 远程先看一下 made ourselves; arriving within a time, 我说24小时内到). */
const ANY_ACTION = new RegExp(
  String.raw`${inOrder(W.anyActionVerbs)}|(?:之?内|以内)(?:赶)?到(?:场|现场)?$|(?<![A-Za-z])follow(?:[ -]?up)?(?![A-Za-z])|飞(?![机快速行轮书单])|跟(?:一下|下|一次|一趟)?$|过(?:一|两)?遍|碰(?:一下|下|个头|头)|等(?:他|她|他们|客户)(?!${inOrder(W.waitedReplies)})|对(?:一下|下|一对)|(?:跟|和|与)[^,.;!?]{1,8}对$|跑(?:一)?趟|(?<=上午|下午|早上|中午|晚上)到$|(?:重新)?配(?:一版|一个|个|一套|套)?[\u4e00-\u9fa5]{0,4}?(?:方案|清单)|到(?:${inOrder(W.sitesGoneTo)})|(?<=[0-9一二三四五六七八九十两](?:点|时)(?:半|[0-9一二三四五六七八九十]+分?)?)到(?:场|位|(?:他们|对方|客户)(?:那|那儿|那边|公司)?)?$|换(?:好|新|货|掉)|(?:让|叫|请|安排)[^,.;!?]{1,8}看(?:一下|下)|(?:远程|线上|视频)(?:先)?看(?:一下|下)|开(?!${inOrder(W.notOpenAfter)})|给(?!的)|(?<![传快速])递(?![增减延])|推(?:荐)?[^,.;!?]{0,4}(?:简历|候选人|人选)`,
);
/** 每小时 is a rate (每小时3块), not a time ahead. */
const FUTURE_MARKER = new RegExp(`${inOrder(W.futureMarkers)}|(?<!每)小时`);
/**
 * Done or not done: neither is a promise (我已经发了, 我没去成); 有没有 asks a question, and so does 没 closing the clause
 * (确认下他们收到没): it says nothing done. A promise made (答应了) and a deed set for a time ahead (我明天去把资料交了)
 * are no deed done, nor is 了 before 再 (汇报了再答复他: one step, then the next). A deed told with 的 (4点前送到的) is done.
 */
const PAST = new RegExp(
  String.raw`${inOrder(W.pastMarkers)}|(?<!答应|承诺|${TIME_AHEAD_THEN_BA})了(?!解|再|给(?:他|她|他们|对方)回|[^,.;!?]{0,4}?(?:周[一二三四五六日天]|明天|后天|下周)[^,.;!?]{0,4}?(?:给|回|发|答复|回复))|过了|完了|好了|(?<!有)没(?!问题|有?$)|未|(?:送|交|发|寄|递)(?:到|过去|出去?)?的$`,
);
/**
 * 约了李总 (or 说好了) with a time ahead is an appointment the rep will keep, not a past deed; 安排 inside what 把 takes
 * (把国庆期间的值班安排对了一下) is a schedule gone over, no appointment.
 */
const APPOINTMENT = /约(?:好)?了|(?<!把[^,.;!?]{0,10})安排(?:好)?了?|说好了?/;
/**
 * A 把 clause with no 了 (今天把报价单做出来发采购, 上午先把报价回给他) says what is to be done: a done one needs
 * 了 (今天把报价发过去了), so a bare 今天 or part of the day in it is no report of the day.
 */
const PLANNED_BA = new RegExp(`^(?!.*了)[^,.;!?]*把[^,.;!?]{1,14}?(?:${inOrder(W.plannedBaVerbs)})`);
/** The heading of a day's plan said alone (今天安排, 明日计划:): no action of its own. */
const DAY_PLAN_HEADING = /^(?:今天|今日|明天|明日)(?:的)?(?:安排|计划|行程|日程)(?:如下)?:?$/;
/** A verb of a plan's part: any action, or going to see something (上午园区看苗木). */
const PLAN_VERB = new RegExp(inOrder(W.planVerbs));
/**
 * A part of a day's plan (上午镜湖看桂花, 下午去宝越送标书): its own time, nobody else as its subject, nothing done or
 * said by others in it.
 */
function isDayPlanPart(clause: Clause, customer: string | null): boolean {
  const text = customer ? clause.text.split(customer).join('') : clause.text;
  if (clause.due === null || DAY_PLAN_HEADING.test(text) || PAST.test(text) || SPEECH.test(text)) return false;
  return !hasThirdPartySubject(text) && !EXPIRY.test(text) && (ANY_ACTION.test(text) || PLAN_VERB.test(text));
}
/**
 * Someone of theirs trying our goods (刘工当场装上了, 他们质检部在测, 王工试用了): what comes of it, said next without a
 * subject (下周出测试报告, 月底给结果), is theirs to give.
 */
const THEIR_TRIAL = new RegExp(inOrder(W.trialWords));
const TRIAL_RESULT = new RegExp(`(?:出|给|发)(?:个|一份|份)?(?:${inOrder(W.trialKinds)})?(?:报告|结果|结论|数据)`);
/**
 * Someone coming to us (王总下周二要来公司, 他们厂长周四过来参观): their visit, whose time is not lent to what they do here
 * (看测试数据); the rep receiving them (我负责接待) still takes it.
 */
const COMING_TO_US = new RegExp(`(?<![去到回])(?:要|会|想)?来(?:${inOrder(W.comeToUsPlaces)})|过来(?:参观|考察|看)`);
/** Voice filler said as a clause of its own (我 嗯 下周一跟技术确认). */
const FILLER = new RegExp(`^(?:嗯+|呃+|啊+|哦+|${inOrder(W.voiceFillers)})$`);
const BARE_SUBJECT = new RegExp(String.raw`^(?:${inOrder(W.bareSubjects)})$`);
const CONTINUATION = new RegExp(`^(?:${inOrder(W.continuationWords)})`);

interface Clause {
  text: string;
  due: DateTime | null;
  /** Its date was today or past, so it reports what happened. */
  past?: boolean;
  /** Done ahead of a time just named: its due when no clause gives the promise a time of its own. */
  aheadOf?: DateTime | null;
  /** Its time is the clause's before it, not its own. */
  lent?: boolean;
}

/** What we did named as a thing (我们报的服务费, 我给的答复): a noun, not an action of ours. */
const OWN_DEED_AS_NOUN = new RegExp(String.raw`^(?:这边|们)?(?:${inOrder(W.ownDeedVerbs)})的`);

function isRepSubject(clause: string): boolean {
  const m = clause.match(REP_SUBJECT);
  if (!m) return false;
  const after = clause.slice(m.index! + m[0].length);
  return !OPINION.test(after) && !OWN_DEED_AS_NOUN.test(after);
}

function hasThirdPartySubject(clause: string): boolean {
  const third = clause.match(THIRD_PARTY);
  if (!third) return false;
  const prep = clause.match(PREPOSITION);
  return !prep || third.index! < prep.index!;
}

/** Our own payment terms held in the bargaining (我们要款到发货, 我们坚持先款后货): a stance, no deed of ours. */
const OUR_TERMS = new RegExp(`(?:我们|我司|咱们|我)(?:这边)?(?:要求?|坚持|只能|只接受)(?:${inOrder(W.ourPaymentTerms)})`);
/**
 * A time inside what the rep checks (确认能不能两周内出货, 问问能否月底前到货): the time of the thing asked about, not when the
 * rep's deed is due; a time said before the check (明天去确认能不能…) still is.
 */
const CHECKED_WHETHER = /(?:确认|问问?|核实|看看?)(?:一下|下)?(?:能不能|能否|可不可以|是否)/;
/** The customer agreeing to see or hear what we show them (答应下周三看演示, 同意周五来听方案汇报). */
const AGREED_TO_SEE = new RegExp(
  `(?:答应|同意|愿意)了?[^,.;!?]{0,8}(?:来|过来)?(?:看|听)(?:一下|一次|一场)?(?:我们的?)?(?:${inOrder(W.showings)})`,
);
/**
 * Our own team opening a clause (实施那边48小时内派人过去, 售后团队明天上门): the rep's side speaking again, so what the
 * customer reported before it ends.
 */
const OUR_TEAM_OPENS = new RegExp(`^(?:我们|我方|咱们)?的?(?:${inOrder(W.ourTeams)})(?:那边|这边|团队|部门?|同事|工程师)`);
/**
 * The rep telling them, 我 left out (已经跟项目经理说了,3天内把新货送到工地; 跟他说今天下午给他确认): the rep's own words, so
 * what they promise is the rep's.
 */
const TOLD_THEM = new RegExp(
  `^(?:已经|也|刚|刚刚)?(?:跟|和|同)(?:他|她|他们|对方|客户|${CONTACT_NAME.source}|[\\u4e00-\\u9fa5]{1,3}(?:经理|主任|科长|部长))(?:说|讲)(?:好)?(?:了|过)?`,
);
/** A clause closed by granting what they asked (周末配送没问题, 4小时到场没问题): a term agreed, not a promise due then. */
const TERM_GRANTED = /没(?:有|啥|什么)?问题$/;
/** A price as a figure (报价是461万, 报价为12.5万, 报价36万8): what the price is, no deed. */
const STATED_PRICE = /报价(?:(?:是|为|在)[\d一二三四五六七八九十两几]|[\d.]+(?![天号日点个小])|[一二三四五六七八九十两几]+[万千百])/;

/** Sent up the customer's own line (把供应商名单报给院里, 上报集团): their step, not ours, unless 我 says it is. */
const HIGHER_UP = inOrder(W.theirHigherUps);
const UP_THEIR_LINE = new RegExp(`(?:报|提交|递交|呈报)(?:给|到)(?:${HIGHER_UP}|上面)|(?:上报|报批)(?:给|到)?(?:${HIGHER_UP})`);

/**
 * `repTalking`: the rep was the subject of the clause before, so a clause with a time and an
 * action and no other subject goes on with the rep's narrative (我回去商量一下 后天上午给答复).
 * `earlierDue`: the time of the rep's own clause just before (下周三下午三点半 视频会 跟董事长汇报).
 * `customer`: the customer's name as written, which says nothing about an action (启航培训 is no 培训).
 */
/** A phone or tracking number to follow (电话回头补, 号码我回头补, 单号回头发群里): told to the team, no promise to the customer. */
const DETAILS_TO_COME =
  /(?:^|\s)(?:电话|手机号?|联系方式|微信号?|号码|(?:快递|顺丰)?单号)(?:号码)?我?(?:回头|稍后|晚点|明天|待会|后面)?(?:再)?(?:补|发你|发给你|发群里)/;

function isCandidate(
  clause: Clause,
  reported: boolean,
  repTalking: boolean,
  earlierDue: DateTime | null,
  customer: string | null,
): boolean {
  const text = (customer ? clause.text.split(customer).join('') : clause.text).replace(SIGNING, '');
  if (CONDITIONAL.test(text) || UNDER_WAY.test(text) || CANNOT.test(text)) return false;
  if (OUR_TERMS.test(text) || DETAILS_TO_COME.test(text)) return false;
  if ((GOODS_BATCH.test(text) && !isRepSubject(text)) || PRICE_CAP.test(text)) return false;
  // 代理商那边报价是461万: a price stated, not a quote to be made.
  if (STATED_PRICE.test(text)) return false;
  if (CALL_TAKEN.test(text)) return false;
  if (RESULT_COMES.test(text) && !isRepSubject(text)) return false;
  // 周末配送没问题, 4小时到场没问题: a term of theirs granted, whose time is the term's, not a deed of ours by then.
  if (TERM_GRANTED.test(text) && !isRepSubject(text)) return false;
  // 绵外的课桌椅报价单 / 我已经发给总务处了: the deliverable named as the topic of what the rep says next.
  if (isDeliverableTopic(text)) return false;
  if ((THEIR_COMPLAINT.test(text) || UP_THEIR_LINE.test(text)) && !isRepSubject(text)) return false;
  // 他们答应下周三看演示: the customer agreed to a time for our demo, ours to hold then.
  if (clause.due !== null && AGREED_TO_SEE.test(text) && !DEADLINE.test(text)) return true;
  if (clause.due !== null && (APPOINTED.test(text) || APPOINTED_AT_TIME.test(text)) && !DEADLINE.test(text) && !KEPT.test(text)) {
    if (
      !hasThirdPartySubject(text) ||
      INVITED_US.test(text) ||
      (!reported && !SPEECH.test(text) && (APPOINTED_BY_THEM.test(text) || APPOINTED_AT_TIME.test(text)))
    )
      return true;
  }
  if (clause.due !== null && !reported && MOVED_EVENT.test(text) && !hasThirdPartySubject(text) && !SPEECH.test(text)) return true;
  if (PAST.test(text) && !(clause.due !== null && APPOINTMENT.test(text))) return false;
  // 问能不能保证: a guarantee the customer asks about is not one given.
  // 对方承诺五一前打款: a promise of theirs, made to us, is no promise of the rep's.
  const promiseAt = text.search(PROMISE);
  const promised = promiseAt >= 0 && !ASKED_WHETHER.test(text) && !hasThirdPartySubject(text.slice(0, promiseAt));
  if (isRepSubject(text) || promised) {
    // 我周一前跟公司再争取一下: striving for them by a time is a promise; 我们争取拿下三成 is a hope.
    if (clause.due !== null && STRIVE.test(text)) return true;
    return ANY_ACTION.test(text) && (clause.due !== null || earlierDue !== null || FUTURE_MARKER.test(text) || promised);
  }
  // 张总说要3个工作日内把报价给他: the speaker named in the clause is who it goes to, not who does it.
  if (reported && clause.due !== null && FOR_THE_SPEAKER.test(text) && !hasThirdPartySubject(wordsSpoken(text))) return true;
  // Someone coming to us (他们研发中心下周要来我司看系统): their visit, though no subject of theirs is read.
  if (
    reported ||
    hasThirdPartySubject(text) ||
    EXPIRY.test(text) ||
    ASKED_WHETHER.test(text) ||
    TO_US.test(text) ||
    COMING_TO_US.test(text)
  )
    return false;
  if (repTalking && clause.due !== null && ANY_ACTION.test(text) && !DEAL_SCHEDULE.test(text)) return true;
  const action = repActionText(text.replace(REQUESTED, ''));
  const timed = clause.due !== null || earlierDue !== null || CONTINUATION.test(text) || (!clause.past && LATER.test(text));
  return timed && (REP_ACTION.test(action) || FOLLOW_UP.test(action) || (customer !== null && MEET_AT.test(action)));
}

/**
 * The deal's schedule said without 我 (标我们中了…12月底前要交车, 月底前要到货): when the goods go over, no promise of the
 * rep's even after the rep spoke.
 */
const DEAL_SCHEDULE = new RegExp(`要(?:求)?(?:${inOrder(W.scheduleWords)})`);

/**
 * The rep's reply that something can be done (我说可以从杭州仓发, 我说没问题): it answers the customer's condition just
 * before (要保证货期一周以内), whose time is theirs and not lent to the reply; a time of the reply's own still counts.
 */
const SAID_CAN = /(?:我|我们)(?:说|答复|回复)(?:可以|没问题|行)/;

/** An event of ours moved, said in one clause (汇报改到周四了, 演示推到下周一): still ours, at the new time; not in their words. */
const MOVED_EVENT = new RegExp(`(?:${inOrder(W.movableEvents)})[^,.;!?]{0,4}?(?:改|推|挪|调)(?:到|在)`);
/** Moved to another time (改到后天上午了, 推到下周一, 挪到周五): said of the action just before. */
const RESCHEDULED = new RegExp(String.raw`^(?:又|就|时间|已经)?(?:${inOrder(W.movedVerbs)})(?:${inOrder(W.movedEndings)})(?!.*签)`);
const NOT_DONE = /没(?:有)?|未|成$|了$/g;

/** The clause before a move names an action of the rep's (去, 拜访, 演示…), not someone else's. */
function isMovedAction(text: string, customer: string | null): boolean {
  const own = customer ? text.split(customer).join('') : text;
  return !hasThirdPartySubject(own) && !SPEECH.test(own) && !DONE_NOW.test(own) && REP_ACTION.test(repActionText(own));
}

/** Drops filler clauses and joins a bare 我 to what the rep goes on to say. */
function joinVoiceClauses(clauses: string[]): string[] {
  const out: string[] = [];
  for (const clause of clauses.filter((c) => !FILLER.test(c))) {
    const last = out.length - 1;
    if (last >= 0 && BARE_SUBJECT.test(out[last])) out[last] += clause;
    else out.push(clause);
  }
  return out;
}

/** Voice typing with a space between every word (对方 要 我们 72小时内 给 报价): many pieces of a few characters. */
const VOICE_MIN_PIECES = 4;
const VOICE_PIECE_LENGTH = 3;
/** Where a clause starts inside run-together voice text: someone asks us (让我, 要我们), speaks (说), or after a 了 that ends what was done. */
const VOICE_CLAUSE_START = new RegExp(
  `(?:${inOrder(W.askingVerbs)}|要求?)(?:我们|我|咱们)|(?:我们?|他们?|她|对方|客户)?(?:说|表示|反馈)|(?<=了)(?=[^了吗呢吧啊])`,
  'g',
);

/** A message typed with no punctuation at all (王总说下周签合同让我们这周五之前把合同寄过去…) runs its clauses together too. */
const RUN_ON_LENGTH = 30;

/**
 * In text with no punctuation at all, a day ahead also starts a clause (…想换一个能管生产的系统下周三给他们做个演示),
 * unless it follows 我, another time word, a word that takes it (在, 到, 是, 的) or someone who is its subject (王总, 他们).
 */
const RUN_ON_TIME_START =
  /(?<![我们咱今明后大下上本这周星期礼拜个月号日天午晚早前在到于是的从总工他她户方长任理师])(?=下下?个?(?:周|星期|礼拜)|明天|后天|大后天|(?:周|星期|礼拜)[一二三四五六日天])/g;

function splitAtClauseStarts(joined: string, runOn = false): string[] {
  const timeStarts = runOn ? [...joined.matchAll(RUN_ON_TIME_START)].map((m) => m.index!) : [];
  const starts = [...[...joined.matchAll(VOICE_CLAUSE_START)].map((m) => m.index!), ...timeStarts]
    .filter((i) => i > 0)
    .sort((a, b) => a - b);
  const bounds = [0, ...starts, joined.length];
  return bounds
    .slice(1)
    .map((end, i) => joined.slice(bounds[i], end))
    .filter((c) => c.length > 0 && !FILLER.test(c));
}

/** A voice-typed sentence is read run together and split where a request to us or someone's words begin; others as written. */
function voiceClauses(clauses: string[], runOn: boolean): string[] {
  const joined = clauses.join('');
  if (runOn) return splitAtClauseStarts(joined, true);
  if (clauses.length < VOICE_MIN_PIECES || joined.length / clauses.length > VOICE_PIECE_LENGTH)
    return joinVoiceClauses(withAppointedGoing(clauses));
  return splitAtClauseStarts(joined);
}

/** An appointment's time closing a clause (林总约了周四下午3点), where we go in the next (去他们厂里做演示). */
const APPOINTED_TIME_AT_END = new RegExp(`约(?:好|了|在)+${TIME_RUN}$`);
const GOING_OPENS = /^(?:去|过去|上门|到)/;

/** The appointment and where we go are one deed at its time: read as one clause. */
function withAppointedGoing(clauses: string[]): string[] {
  return clauses.reduce<string[]>((out, clause) => {
    const last = out.at(-1);
    if (last !== undefined && APPOINTED_TIME_AT_END.test(last) && GOING_OPENS.test(clause)) out[out.length - 1] = last + clause;
    else out.push(clause);
    return out;
  }, []);
}

/**
 * Invited to go with no time of our own (杜总下周约我们去讲一次): the invitation is one clause, its time the inviter's;
 * with a time (约我下周四去厂里谈) or nothing to go to (再约我) 我 starts a clause as anywhere.
 */
const INVITED_TO_GO = new RegExp(`^(?:我们|我|咱们)${OUR_PEOPLE}(?:去|过去|上门)`);
/**
 * Voice text has no punctuation: a new clause starts where 我 takes over as the subject, unless all before it
 * is a deliverable (合同我周三前拟好, 报价我明天发): the topic of the rep's clause, not a clause of its own.
 */
function splitAtRepSubject(clause: string): string[] {
  const starts = [...clause.matchAll(new RegExp(REP_SUBJECT.source, 'g'))]
    .map((m) => m.index! + (/^(?:我|咱|本人)/.test(m[0]) ? 0 : 1))
    .filter((i) => i > 0 && !isDeliverableAlone(clause.slice(0, i)) && !(clause[i - 1] === '约' && INVITED_TO_GO.test(clause.slice(i))));
  const bounds = [0, ...starts, clause.length];
  return bounds
    .slice(1)
    .map((end, i) => clause.slice(bounds[i], end))
    .filter((c) => c.length > 0);
}

// 明天下周一了: a time said as what the day is, its 了 no report.
const TIME_ONLY = /^(?:我们?|咱们?)?[今明后大下本这上周星期礼拜个月底初末号日天午晚早中点半前之0-9一二三四五六七八九十两:]+了?$/;
/** A time phrase is short (我们下下周三上午十点半): a longer run of times is a list, not one phrase to re-read at each clause. */
const TIME_PHRASE_MAX = 20;

/** A clause that is only a time phrase (明天上午, 我们下周) lends its time to the next clause. */
function withLeadingTime(clauses: string[], now: DateTime, calendar: WorkCalendar): Clause[] {
  const out: Clause[] = [];
  for (let i = 0; i < clauses.length; i += 1) {
    const prev = out[out.length - 1];
    const text = clauses[i];
    const timeOnly = prev !== undefined && prev.due !== null && prev.text.length <= TIME_PHRASE_MAX && TIME_ONLY.test(prev.text);
    // Re-read the joined text: 下周一 + 上午十点 is Monday at 10:00.
    const lead = prev?.text.replace(/了$/, '');
    const joined = timeOnly ? { text: lead + text, due: resolveDue(lead + text, now, calendar) ?? prev.due } : null;
    out.push(joined ?? { text, due: resolveDue(text, now, calendar) });
  }
  return out;
}

const ACTION_NOISE = new RegExp(
  [
    inOrder(W.noiseSubjects),
    `承诺(?!书)|答应了|争取(?!一下|下)|${inOrder(W.actionNoise)}`,
    '(?:[0-9一二两三四五六七八九十半]+个?(?:小时|天|工作日|周)(?:之?内|以内|之?后|以后))',
    '(?:[0-9一二两三四五六七八九十]+月(?:初|中旬|底|末))',
    String.raw`(?:${inOrder(W.noiseDays)}|下下?个?周[一二三四五六日天]?|上个?周[一二三四五六日天]?|这周[一二三四五六日天]?|本周[一二三四五六日天]?|周[一二三四五六日天]|星期[一二三四五六日天]|下个?月初?|月底|月末)`,
    String.raw`(?:${inOrder(W.partsOfDay)}|[0-9一二两三四五六七八九十]+点半?)`,
    '前|之前|以前',
  ].join('|'),
  'g',
);

/** Who says it, opening the clause (张总说要…, 我说…): no part of the action. */
const SPEAKER_OPENS = /^[\u4e00-\u9fa5]{1,4}?(?:说|讲|表示)(?:要|让)?/;
function actionOf(text: string): string {
  const action = text.replace(SPEAKER_OPENS, '').replace(ACTION_NOISE, '').trim();
  return action.length > 0 ? action : text;
}

/**
 * Candidates in order; the due is the first one a candidate states, else the time of the clause
 * just before it when that clause is the rep's own narrative (技术交流会下周四下午2点 我带工程师过去),
 * or when the rep attends what that clause describes (周一上午有空 我过去做培训).
 */
/**
 * Someone's words quoted after a colon or a verb of speech (邵总原话:"安全的东西我不压价,但交货要在20号前", 陈生讲"…我再看看"):
 * 我 there is the speaker, not
 * the rep, and what they say is theirs. The quote is rewritten in the third person and opened as speech, so nothing in it
 * reads as the rep's promise.
 */
export function quotesAsSpeech(text: string): string {
  return text.replace(/(?:[:,]|(?<=说|讲|原话|表示))\s*"([^"]{2,200})"/g, (_, quoted: string) => `:说"${quoted.replace(/我/g, '他')}"`);
}

/**
 * The earliest time a candidate states: the next thing the rep must do (下周一下午去八中演示 … 我周五前把演示环境准备好 is
 * due Friday; 标书11月3号前要做完 … 我周一前找财务申请 is due Monday). Unless it names the day alone and another names an
 * hour on that day (我今天跟工厂确认货期 3点前给他回话): the hour is the sharper time of the same promise.
 */
function sharperDue(candidates: Clause[], now: DateTime): DateTime | null {
  // 答疑截止到13号 我准备问两个问题 … 我明天上午把疑问提交上去: a time the rep states for the promise outweighs one lent
  // from the clause before.
  // A time already gone (周经理昨天下午约我去看了地库) dates a visit that happened, not the next thing to do.
  const stated = candidates.filter((c) => c.due !== null && !c.lent && c.due >= now).sort((a, b) => a.due!.toMillis() - b.due!.toMillis());
  const first = stated[0] ?? candidates.find((c) => c.due !== null);
  if (!first?.due || CLOCK_NAMED.test(first.text)) return first?.due ?? null;
  // 我今天下午问下工厂 5点前回复他: a part of the day is sharpened by a clock on that day, as a day alone is by either.
  const sharper = HOUR_NAMED.test(first.text) ? CLOCK_NAMED : HOUR_NAMED;
  const sameDay = candidates.find((c) => c !== first && c.due !== null && c.due.hasSame(first.due!, 'day') && sharper.test(c.text));
  return sameDay?.due ?? first.due;
}

/** The rep saying yes to what was asked, in a clause of its own (我答应了, 我说没问题, 我说可以). */
const REP_SAYS_YES =
  /^(?:我|俺)(?:说|答应|应)?(?:了)?(?:工期|交期|时间|这个|货期)?(?:没问题|可以|行|好的?|OK|ok|答应了|应下了|能做到)[了吧!~]*$/;

/** Their deadline still ahead, then the rep's yes (客户要1月20号前交货,我答应了; 要求下周五前看到实物样,我说没问题). */
function deadlineAgreedTo(clauses: readonly Clause[], now: DateTime): Clause | undefined {
  const yes = clauses.findIndex((c) => REP_SAYS_YES.test(c.text));
  return yes > 0 ? clauses.slice(0, yes).findLast((c) => c.due !== null && c.due > now) : undefined;
}

export function findCommitment(
  sentences: string[][],
  now: DateTime,
  calendar: WorkCalendar,
  customer: string | null = null,
): Commitment | null {
  let reported = false;
  let repTalking = false;
  let previous: Clause | null = null;
  let event: Clause | null = null;
  let asked = false;
  // What the customer asked of us by a deadline: the promise when the rep states none of their own.
  let askedOfUs: Clause | null = null;
  // It was read from what they want (customerAsk), not from 让我/要我们: an ask that names us may replace it.
  let askedUnnamed = false;
  let askedJustBefore = false;
  let concessionAsked = false;
  let appointment: Clause | null = null;
  // A task by a deadline with no subject: the promise when nothing else is one.
  let deadlineTask: Clause | null = null;
  // The goods' date after a signing (see isDeliveryOwed): the promise when nothing else is one.
  let deliveryOwed: Clause | null = null;
  let signed = false;
  let lastTimed: Clause | null = null;
  // Someone of theirs tried our goods (刘工当场装上了): the result after it without a subject (下周出测试报告) is theirs.
  let theirTrial = false;
  const candidates: Array<Clause & { sentence?: number }> = [];
  // 今天安排 上午…下午…: the day's plan, told before it is lived.
  const dayPlanned = DAY_PLAN.test(sentences[0]?.[0] ?? '');
  const workInHand = sentences.some((clauses) => clauses.some((clause) => WORK_IN_HAND.test(clause)));
  const runOn = sentences.length === 1 && sentences[0].length === 1 && sentences[0][0].length >= RUN_ON_LENGTH;
  const timedClauses = sentences.flatMap((clauses, sentence) =>
    withLeadingTime(voiceClauses(clauses, runOn).flatMap(splitAtRepSubject), now, calendar).map((clause, i) => ({
      ...clause,
      opensSentence: i === 0,
      sentence,
    })),
  );
  for (const [at, said] of timedClauses.entries()) {
    const onDay: DateTime | null = onTheDayNamed(said, lastTimed, now);
    const checked = said.text.match(CHECKED_WHETHER);
    const beforeCheck = checked ? said.text.slice(0, checked.index) : '';
    // 问能不能下周三之前送到,我说没问题: the time asked about, said yes to, is the promise's.
    const saidYesTo = REP_SAYS_YES.test(timedClauses[at + 1]?.text ?? '');
    const timeOnlyChecked =
      checked !== null && !saidYesTo && !HOUR_NAMED.test(beforeCheck) && !DAY_NAMED.test(beforeCheck) && !/小时|分钟/.test(beforeCheck);
    const timed = { ...said, due: timeOnlyChecked ? null : onDay };
    const sentence = timed.sentence;
    // What someone said or asked ends with their sentence.
    if (timed.opensSentence) reported = asked = theirTrial = false;
    const repSubject = isRepSubject(timed.text) || TOLD_THEM.test(timed.text);
    // Without 我, a time already past (今天…第一次上门, said in the evening) reports what happened.
    // 让我…今天发过去 is their ask for today, not a report of the day.
    const reportsToday =
      (TODAY_REPORT.test(timed.text) ||
        reportsThisPeriod(timed.text, now) ||
        (timed.sentence === 0 &&
          timed.opensSentence &&
          (reportsTodaysWeekday(timed.text, now) || reportsFirstDayBackToday(timed.text, timed.due, now)))) &&
      !INTENT_WORD.test(timed.text) &&
      !ASKED_OF_US_BY.test(timed.text) &&
      !PLANNED_BA.test(timed.text) &&
      !SENDS_TODAY.test(timed.text) &&
      !plansThisMorning(timed.text, now) &&
      !dayPlanned;
    const pastOrToday = timed.due !== null && (timed.due < now || reportsToday);
    const clause = !repSubject && pastOrToday ? { ...timed, due: null, past: true } : timed;
    if (repSubject) reported = false;
    else if (SPEECH.test(clause.text)) reported = true;
    else if (OUR_TEAM_OPENS.test(clause.text)) reported = false;
    asked = asked || ASKED_OF_US.test(clause.text);
    const theirDeadline = asked && !repSubject && clause.due !== null && DEADLINE.test(clause.text);
    const askedBy = clause.text.match(ASKED_OF_US_BY);
    const bare = clause.text.replace(TRAILING_PARTICLES, '');
    const deadlineFollows =
      askedOfUs?.due === null &&
      askedJustBefore &&
      clause.due !== null &&
      (DEADLINE_ONLY.test(bare) || BACK_TO_THEM_BY.test(bare) || TRAILING_TIME.test(bare) || REVISED_BY.test(bare));
    // 让我们出个完整方案 含培训和售后 下周三之前: what the ask includes, said between it and its deadline.
    askedJustBefore = askedJustBefore && clause.due === null && INCLUDES.test(clause.text);
    // 要我们再让3个点 下周一前重新报: a price cut asked is no promise, the new quote by their deadline is.
    if (concessionAsked && clause.due !== null && REVISED_BY.test(bare)) candidates.push({ text: bare, due: clause.due, sentence });
    concessionAsked = CONCESSION_ASKED.test(clause.text);
    const undated = candidates.at(-1);
    // 我今天第一次去拜访,见到了邓经理 (or 早上去送资料 顺便见了张主任, said that morning): who was met tells the visit is done,
    // so it is no promise.
    if (
      undated?.sentence === sentence &&
      undated.text === event?.text &&
      MET.test(clause.text) &&
      (TODAY_REPORT.test(undated.text) || namesThisPeriod(undated.text, now)) &&
      !INTENT_WORD.test(undated.text)
    )
      candidates.pop();
    if (deadlineFollows) {
      // 要我们重新出清单和报价,月底前交: their deadline follows in a clause of its own; or only its time (要我们做个现场演示
      // 下周四上午, 让我们去汇报一次 时间定在下周四下午两点半).
      askedOfUs = { ...askedOfUs!, due: clause.due };
    } else if (asked && !repSubject && askedOfUs === null && clause.due !== null && BACK_TO_THEM_BY.test(clause.text)) {
      // 让我再降点,明天给他回话: whatever they asked for, our answer is due by their time.
      askedOfUs = { text: clause.text, due: clause.due };
      askedUnnamed = false;
    } else if (clause.due !== null && TRAILING_TIME.test(bare) && undated?.due === null && undated.sentence === sentence) {
      // 下一步约他们老板看方案演示,暂定下周四: a time said after the action, in the same sentence.
      undated.due = clause.due;
    } else if (
      clause.due !== null &&
      !timed.opensSentence &&
      TRAILING_TIME.test(clause.text) &&
      event !== null &&
      event.due === null &&
      (EVENT_ARRANGED.test(event.text) || MET_BY_APPOINTMENT.test(event.text)) &&
      !SPEECH.test(event.text)
    ) {
      // 现场演示约好了,周五下午3点半在他们2号仓: the event arranged, held at the time said after it; 约了采购部的王经理
      // 两点半: the meeting, at the hour said after whom it is with.
      candidates.push({ text: event.text.replace(ARRANGED, ''), due: clause.due, sentence });
    } else if (theirDeadline && askedOfUs?.due === null && ANY_ACTION.test(clause.text)) {
      // 让我们再算算 下下周二之前出个最终价: what they asked, now with their deadline.
      askedOfUs = { text: (askedOfUs as Clause).text, due: clause.due };
    } else if (
      theirDeadline &&
      askedOfUs === null &&
      event !== null &&
      event.due === null &&
      ASKED_OF_US_BY.test(event.text) &&
      !ASKED_OF_US.test(clause.text) &&
      REP_ACTION.test(repActionText(clause.text))
    ) {
      // 要我们和杭氧的价格比一比 本周五前出个方案: the ask, then what we give by their deadline.
      askedOfUs = { text: clause.text, due: clause.due };
      askedUnnamed = false;
    } else if (
      askedBy &&
      !repSubject &&
      !TOLD_NOT_TO.test(clause.text.slice(askedBy.index! + askedBy[0].length)) &&
      (theirDeadline ||
        REP_ACTION.test(repActionText(clause.text.slice(askedBy.index!))) ||
        (/我|咱/.test(askedBy[0]) && REVISE.test(clause.text.slice(askedBy.index! + askedBy[0].length))) ||
        (/我|咱/.test(askedBy[0]) && clause.due !== null && askedByWhen(clause.text.slice(askedBy.index! + askedBy[0].length))))
    ) {
      // The first ask stands, unless a later one gives the deadline it lacks (要我们做个协议 让我后天上午去一趟), or names
      // us with a deadline of its own where the first was read without us (要求4月20日前到货。他们让我明天中午12点前报价).
      const namesUs = /我|咱/.test(askedBy[0]);
      const asking = clause.text.slice(askedBy.index! + askedBy[0].length);
      // 交货定在这周五,店长让我们装完当天给员工做个培训: 当天 in the ask is the day just named.
      const due = clause.due ?? (THEN.test(asking) ? (lastTimed?.due ?? null) : null);
      if (askedOfUs === null || (askedOfUs.due === null && due !== null) || (askedUnnamed && namesUs && due !== null)) {
        askedOfUs = { text: asking, due };
        askedUnnamed = false;
      }
      askedJustBefore = true;
    } else if (clause.due !== null && RESCHEDULED.test(clause.text) && event !== null && isMovedAction(event.text, customer)) {
      // 样板间没去成 改到后天上午了: the rep's visit, moved to a new time, which replaces the old one.
      if (undated?.text === event.text) candidates.pop();
      candidates.push({ text: event.text.replace(NOT_DONE, ''), due: clause.due, sentence });
    } else if (reported && event !== null && wordsSpoken(event.text).length > 0 && goesThere(clause)) {
      // 营销部说…,预算十五万左右,周四去看现场; 老板说要快递袋和纸箱 下周过去看看: going there at a time, after their words,
      // is the rep's plan; right after 王总说, it is what they said (王总说,明天去总部汇报 is their trip).
      candidates.push({ text: clause.text, due: clause.due, sentence });
    } else if (reported && clause.due !== null && quoteAskedBy(clause.text) !== null) {
      // 维保要求我们派人驻场,吴经理说下周二前报一个含驻场维保的价: their deadline for our quote, the promise when the rep
      // states none of their own (我下周二前发过去 is the one kept).
      if (askedOfUs === null || askedOfUs.due === null) {
        askedOfUs = { text: quoteAskedBy(clause.text)!, due: clause.due };
        askedUnnamed = false;
      }
    } else if (dayPlanned && isDayPlanPart(clause, customer)) {
      // 今天安排 上午去园区看苗木 下午…: each part of the day's plan with its own time is ahead, whatever its verb.
      candidates.push({ text: clause.text, due: clause.due, sentence });
    } else if (
      !theirDeadline &&
      !(dayPlanned && DAY_PLAN_HEADING.test(clause.text)) &&
      !(theirTrial && !repSubject && TRIAL_RESULT.test(clause.text)) &&
      isCandidate(clause, reported, repTalking, previous?.due ?? null, customer)
    ) {
      const attended = ATTEND.test(clause.text) ? (event?.due ?? appointment?.due) : null;
      // 曹科长说下周安排院长听汇报 到时候我带工程师一起去: 到时候 is the time just named, whoever named it.
      const then = THEN.test(clause.text) || THEN_ALONE.test(event?.text ?? '') ? lastTimed?.due : null;
      const ahead = AHEAD_OF_IT.test(clause.text);
      const lent = SAID_CAN.test(clause.text) || ahead ? null : previous?.due;
      const daysAhead = clause.text.match(DAYS_AHEAD)?.[1];
      const shifted = (day: DateTime | null | undefined): DateTime | null =>
        day && daysAhead ? day.minus({ days: DAYS_AHEAD_COUNT[daysAhead] }).set({ hour: 18, minute: 0 }) : (day ?? null);
      const aheadOf = ahead ? shifted(lastTimed?.due) : null;
      // 11月4号下午两点半 我提前一天把PPT给他: the time said again is the event's, the promise comes before it.
      const eventsTime = aheadOf !== null && clause.due !== null && lastTimed?.due?.equals(clause.due) === true;
      const due = (eventsTime ? aheadOf : clause.due) ?? lent ?? shifted(attended) ?? shifted(then) ?? aheadOf;
      candidates.push({ text: clause.text, due, sentence, aheadOf, lent: clause.due === null && due !== null && due !== aheadOf });
    } else if (!repSubject && (!asked || askedOfUs?.due == null) && isDeadlineTask(clause, reported, customer)) {
      // Not right after their ask with its deadline (让我们比价,周四前交报价): that deadline is theirs, read above. After an
      // ask with no time (邀请我们参加,下周一交标书) the task by its day is what we owe.
      const asking = askedOfUs as Clause | null;
      if (asking !== null) askedOfUs = { ...asking, due: clause.due };
      else deadlineTask ??= clause;
    } else if (!repSubject && customerAsk(customer ? clause.text.split(customer).join('') : clause.text) !== null) {
      // 他们要一份授权书, 希望周四前能看到样品: asked of us without 让我/要我们.
      if (askedOfUs === null) {
        askedOfUs = { text: clause.text, due: clause.due };
        askedUnnamed = true;
      }
      askedJustBefore = true;
    } else if (
      DONE_NOW.test(clause.text) &&
      candidates.at(-1)?.text === event?.text &&
      (PROMISE.test(event?.text ?? '') || TOPIC_NAMED.test(event?.text ?? ''))
    ) {
      // 答应华庭的检测报告 / 已经寄出去了, 合同下周二去盖章那个 / 我已经盖完了: the promise just named is the one now done.
      candidates.pop();
    }
    if (workInHand && finishesWorkInHand(clause, reported)) deadlineTask ??= clause;
    if (!repSubject && isDeliveryOwed(clause, signed, reported, customer)) deliveryOwed ??= clause;
    signed ||= SIGNED.test(clause.text) && !CONDITIONAL.test(clause.text);
    const conditional = CONDITIONAL.test(clause.text);
    previous =
      reported ||
      conditional ||
      hasThirdPartySubject(clause.text) ||
      WAITED_FOR.test(clause.text) ||
      (!repSubject && COMING_TO_US.test(clause.text)) ||
      THEIR_COMPLAINT.test(clause.text) ||
      (!repSubject && COMES_OUT.test(clause.text))
        ? null
        : clause;
    repTalking = !conditional && (repSubject || (repTalking && previous !== null));
    theirTrial = !repSubject && ((hasThirdPartySubject(clause.text) && THEIR_TRIAL.test(clause.text)) || theirTrial);
    event = clause;
    if (clause.due !== null) lastTimed = clause;
    // 张院长约了下周二上午去谈: an appointment whose time the rep's going there (带过去) keeps.
    if (clause.due !== null && APPOINTMENT.test(clause.text)) appointment = clause;
    // 我们工厂排不过来: the rep cannot do what was asked, so it is no promise.
    if (CANNOT.test(clause.text) && !CONDITIONAL.test(clause.text)) {
      askedOfUs = null;
      askedUnnamed = false;
    }
    // The rep speaking for themselves ends what the customer asked for.
    if (repSubject) asked = false;
  }
  const assented = assentedRequest(sentences);
  if (assented !== null && ANY_ACTION.test(assented)) candidates.push({ text: assented, due: resolveDue(assented, now, calendar) });
  if (candidates.length === 0 && askedOfUs === null) {
    const agreedTo = deadlineAgreedTo(timedClauses, now);
    if (agreedTo) candidates.push(agreedTo);
  }
  if (candidates.length === 0 && askedOfUs) candidates.push(askedOfUs);
  if (candidates.length === 0 && deadlineTask) candidates.push(deadlineTask);
  if (candidates.length === 0 && deliveryOwed) candidates.push(deliveryOwed);
  if (candidates.length === 0) return null;
  const due = sharperDue(candidates, now) ?? candidates.find((c) => c.aheadOf)?.aheadOf ?? askedOfUs?.due ?? null;
  // A bare yes (我说没问题) promises what was asked in the clause before it.
  const promised = (text: string): string =>
    REP_SAYS_YES.test(text) ? (timedClauses[timedClauses.findIndex((c) => c.text === text) - 1]?.text ?? text) : text;
  return { action: candidates.map((c) => actionOf(promised(c.text))).join('并'), due: due ? formatInstant(due) : null };
}
