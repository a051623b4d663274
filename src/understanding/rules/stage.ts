import { nextStage } from '../../domain/stage-moves';
import type { Stage } from '../../domain/stages';
import { onlyWholeWords } from './segmenter';
import { soundsAlike } from './homophones';
import { LOST_THINGS, MOVE_WORDS, STAGE_FULL_NAMES, STAGE_NAMES, theirBusinessTaken } from './stage-words';
import { alternationOf, escapeRegExp, inOrder } from './text';
import { z } from 'zod';
import { loadWordFile, words } from '../words/word-file';

/**
 * The word lists of the patterns below, under `phrases` in words/stages.json (its stage names are read by stage-words.ts),
 * each read in the order written (see inOrder): where a pattern takes the first word that matches, a longer word comes first.
 */
export const stagePhrasesSchema = z.object({
  version: z.literal(1),
  phrases: z.object({
    note: z.string(),
    moveVerbsAlone: words,
    moveVerbs: words,
    moveEndings: words,
    reportedNotAsked: words,
    towardVerbs: words,
    bareVerbs: words,
    modalsBeforePush: words,
    bareVerbLinks: words,
    updateVerbs: words,
    fieldVerbs: words,
    fieldChangeVerbs: words,
    fieldArrows: words,
    stepVerbs: words,
    stageNowLinks: words,
    earlierRounds: words,
    pastRounds: words,
    hearsay: words,
    switchWeighed: words,
    rankedVerbs: words,
    notARankAfter: words,
    bidSettled: words,
    notAWinner: words,
    futureWords: words,
    negationsBefore: words,
    demandedWords: words,
    lossHedges: words,
    sentOffAdverbs: words,
    shownVerbs: words,
    judgeTitles: words,
    judgedWords: words,
    presentedWhen: words,
    lostWords: words,
    resultSaid: words,
    receiptPapers: words,
    notSignedDealAfter: words,
    orderPapers: words,
    signedWhen: words,
    notYetTakenBefore: words,
    wonBidBefore: words,
    signedTimes: words,
    notTheDealSigned: words,
    notSignedDay: words,
    closedHow: words,
    returnVerbs: words,
    attendedVerbs: words,
    pocVerbs: words,
    trialVerbs: words,
    needsSettled: words,
    needsSettledEnds: words,
    needsSettledVerbs: words,
    needsClearedVerbs: words,
    seasonStarts: words,
    firstMeetings: words,
    firstMeetingsFormal: words,
    decidedWords: words,
    signingAheadTimes: words,
    nextStepWords: words,
    nextStageVerbs: words,
    askedLeave: words,
  }),
});
export const STAGE_PHRASES = loadWordFile('stages.json', stagePhrasesSchema).phrases;
const W = STAGE_PHRASES;

/**
 * Stage a message asks for (stage_change: 推到方案演示, 进入商务谈判吧, 改成丢单) or reports
 * (签了 → won, 丢了 → lost, 需求确认完了 → requirement, 第一次拜访 → contact).
 */

const STAGE_ALTERNATION = STAGE_NAMES.flatMap(([, names]) => names).join('|');
const FULL_NAME_ALTERNATION = STAGE_FULL_NAMES.flatMap(([, names]) => names).join('|');
/**
 * A verb of moving and where to (挪回, 推到, 改成, 改做, 调至, 标记为, 关成丢单, Cantonese 推去/改去 before a stage name), or a move
 * verb of its own (进入, 回退, 标记).
 */
const MOVE_VERB = `(?:(?:${alternationOf(MOVE_WORDS)})\\s*(?:to\\s+|(?:to\\s*)?(?:到|至|成|为))|(?:${inOrder(W.moveVerbs)})(?:${inOrder(W.moveEndings)})到?|${inOrder(W.moveVerbsAlone)}|改(?:做|作))`;
/** 已经进入商务谈判阶段了, 现在进入商务阶段: the stage the deal is at, reported, not a move asked for. */
const REQUEST = new RegExp(
  `(?<!${inOrder(W.reportedNotAsked)})${MOVE_VERB}(?:到)?(?:了)?\\s*(?:下一步|下一个?阶段)?\\s*已?(${STAGE_ALTERNATION})`,
);
/**
 * Toward a stage, then the move (这单可以往商务谈判推了吧, 往方案演示挪一挪): a move asked for or suggested;
 * not the work under way (在往商务谈判推进).
 */
const TOWARD_REQUEST = new RegExp(`(?<![在已])往\\s*(${STAGE_ALTERNATION})\\s*(?:阶段)?\\s*(?:${inOrder(W.towardVerbs)})`);
/**
 * 可以推需求确认了 (推 after a modal, with no 到), 进商务谈判吧, 标丢单, 算赢单吧, 挂赢单, 改丢单, 记一下赢单, 当丢单处理, 先放初步接触: a one-character verb read as a word of its own (not 跟进,
 * 进行, 招标, 打算, 修改); after 进 any stage name, after the others only a name that says the stage by itself. A clause
 * that is only a full stage name and 吧 (X那个,丢单吧; 那就赢单吧) asks for it too, with no verb.
 */
const BARE_REQUEST = new RegExp(
  `(?<!已经|已)(?:进(?:到)?(?:了)?\\s*(${STAGE_ALTERNATION})|(?:${inOrder(W.bareVerbs)}|(?<=${inOrder(W.modalsBeforePush)})[推去])(?:${inOrder(W.bareVerbLinks)})?\\s*(${FULL_NAME_ALTERNATION}))|(?:^|[,\\s])(?:那就|就|直接)?(${FULL_NAME_ALTERNATION})吧(?=[,.!\\s]|$)`,
);
/**
 * The stage field asked to be updated with no stage named (丢了,标记一下; 阶段帮我改一下; 已经进入需求确认,帮我改一下阶段;
 * 需求确认完了 改一下阶段; 赢单 请更新; 盖章了 赢单 改一下, the ask ending the message or its clause): to the stage the message reports.
 */
const UPDATE_ASKED = new RegExp(
  String.raw`(?:阶段|状态)[^.;!?]{0,4}(?:${inOrder(W.updateVerbs)})(?:一下|下)|(?:帮我|麻烦|请)(?:改|更新|调整|调)(?:一下|下)(?:商机)?(?:阶段|状态)|(?:改|更新|调整)(?:一下|下)(?:商机)?(?:阶段|状态)(?:吧)?(?=[\s,.;!?]|$)|(?:^|[\s,])(?:帮我)?改(?:一下|下)(?:吧)?[.!]?$|(?:标记|更新|标)(?:一下|下)(?:吧)?[.!]?$|(?:帮我|帮忙|麻烦|请)(?:更新|标记)(?:吧)?[.!]?$|(?:关掉|关了|关闭|关单)吧|(?:可以|能)(?:关|结)(?:掉|单)?了(?![吗么没])`,
);
/**
 * The stage field named, then where it goes: 阶段改为X, 改一下阶段,到X, stage 改 won, 阶段往前挪,到X,
 * 更新下阶段:X, 阶段调一下:初步接触→需求确认 (the stage after the arrow).
 */
const FIELD_REQUEST = new RegExp(
  [
    `(?:阶段|状态|stage)\\s*(?:${inOrder(W.fieldVerbs)})\\s*(?:一下)?\\s*(?:为|成|到|回)?\\s*:?\\s*(?:[^,.;!?]{0,8}?(?:→|->|=>)\\s*)?已?(${STAGE_ALTERNATION})`,
    `(?:${inOrder(W.fieldChangeVerbs)})(?:一下|下)?(?:的)?阶段[\\s,:]*(?:改|调|推)?(?:到|为|成)?\\s*(${STAGE_ALTERNATION})`,
    `(?:阶段|stage)[^.;!?]{0,8}?(?:${inOrder(W.fieldArrows)})(?!了)\\s*(${STAGE_ALTERNATION})`,
    // A move asked for, then where to (把永盛那单推一下,到方案演示; 往前推一步,到商务谈判).
    `(?:${inOrder(W.stepVerbs)})(?:一下|下|一步|一格)[,\\s]*(?:到|至|成|为)\\s*(${STAGE_ALTERNATION})`,
    // Only a customer and the stage its deal is at now (瓯江那单现在方案演示阶段了, 华信目前是商务谈判阶段): the stage to set.
    `^[^,.;!?:]{1,16}?(?:现在|目前)(?:${inOrder(W.stageNowLinks)})?\\s*(${FULL_NAME_ALTERNATION})\\s*阶段(?:了|啦)?[.!]?$`,
    // Only a customer and the stage it is changed to, by a short name (华信改谈判, 瑞康转演示吧); 改需求 is the customer
    // changing what it wants.
    `^[^,.;!?:]{1,16}?(?:改|转|调)(?:成|到|为)?\\s*(?!需求)(${STAGE_ALTERNATION})(?:阶段)?(?:吧|了|啦)?[.!]?$`,
    // Only a customer and where its deal goes (华信 → 商务谈判, 华信:方案演示).
    `^[^,.;!?:]{1,16}?\\s*(?:→|->|=>|:)\\s*(${FULL_NAME_ALTERNATION})$`,
    `(?:阶段|状态)[^.;!?]{0,3}(?:改|调|更新)[^.;!?]{0,10}?(${FULL_NAME_ALTERNATION})`,
    // The command typed in the chat box: /阶段 华信 方案演示, /stage 华信 谈判.
    `^/(?:阶段|改阶段|stage)\\s+[^,.;!?]{0,24}?\\s*(${STAGE_ALTERNATION})$`,
  ].join('|'),
  'i',
);

/**
 * 丢了 of a thing, not of the deal: something mislaid (车钥匙丢了), lost by someone's handling (快递给弄丢了),
 * or a count dropped (价格丢了个零).
 */
const THING_LOST_BEFORE = new RegExp(`(?:弄|搞|给|被|${LOST_THINGS.map(escapeRegExp).join('|')})$`);
const THING_LOST_AFTER = /^(?:个|一|两|几|好几|[0-9])/;
/** The deal given to a rival (最后还是给了东方雨虹, 签给了汇川, 定了正泰的). */
const GIVEN_TO = /(?:给了|签给了?|(?<![指约确规预商])定了|交给了)$/;
/** The rival named as the award's winner or first candidate (中标的是大华, 第一候选人是梅安森, 中标候选人第一是X): our loss. */
const AWARDED_TO = /(?:中标(?:的|单位|人|方)(?:是|为)|(?:中标|成交)?(?:第一)?候选人(?:第一(?:名)?)?(?:是|为))$/;
/** An earlier round's winner (去年中标的是天合): the incumbent, no loss of this deal. */
const EARLIER_ROUND = new RegExp(inOrder(W.earlierRounds));
/** An earlier round named just before a loss (上次输给X, 去年那单丢了). */
const PAST_ROUND = new RegExp(String.raw`(?:${inOrder(W.pastRounds)})[^,.;!?]{0,6}$`);
/** A choice heard of, not told (听说院里定了东软): the deal in doubt, no stage moved, as 基本没戏了 is. */
const HEARSAY = new RegExp(inOrder(W.hearsay));
/** A rival that took it (让八乐梦拿走了, 被德尔格抢了) or won it (小罐茶中了, 韦莱中标了): our loss. */
const TAKEN_BY = /(?:让|被)$/;
const TAKEN = /^(?:给)?(?:抢|拿|截|撬)(?:走|了|去)/;
const WON_BY = /^(?:也|最后|最终)?(?:中了|中标了?|拿下了)/;
/**
 * The customer gone over to a rival, said as done (转锅圈了, 选星星充电了): our loss. Only a switch said with 了 right after
 * the rival counts; one wanted or weighed (想转锅圈, 考虑选X) is still open. 改用X了 / 转用X了 stay without a stage, as
 * sets 17 and 18 label them (a supplier changed for part of the goods).
 */
const WENT_OVER_VERB = /(?<![改转])(?:选|转)$/;
/**
 * 改用X了 said as how it ended (最后改用大疆了, 还是改用桐昆了, 最后改用了希沃的一体机): our loss, as b6-077, b13-039 and b47-104
 * label it; without the ending word it keeps no stage (above).
 */
const SWITCHED_IN_THE_END = /(?:最后|最终|结果|还是)(?:还是)?(?:改用|转用|改选)(了)?$/;
const SWITCH_ENDED = /^(?:的[^,.;!?]{0,6}?)?了/;
const SWITCH_DONE = /^了/;
const SWITCH_WEIGHED = new RegExp(inOrder(W.switchWeighed));

/** We ranked below first (我们排第二, 咱们第三): a win reported in the same message is another's (桂林橡机中了 我们排第二). */
const RANKED_BELOW = new RegExp(
  String.raw`(?:我们|咱们|我司)(?:${inOrder(W.rankedVerbs)})?第[二三四五六七八九]名?(?![^,.;!?]{0,2}(?:${inOrder(W.notARankAfter)}))`,
);
/** Our own win told (我们中了两个包, 咱们中标了, 我司拿下了): what a rival took beside it was another part. */
const OUR_PART_WON = /(?:我们|咱们|我司)(?:也|还是)?(?:中了|中标了?|拿下了)/;
/** The bid settled (定标了, 开标了, 比选结果出来了), then given to another in the next clause (给了利拉伐): our loss. */
const BID_SETTLED = new RegExp(String.raw`(?:${inOrder(W.bidSettled)})(?:结果)?(?:出来)?了|结果出来了`);
const GIVEN_AWAY_NEXT = /^(?:最后|最终|结果)?(?:还是)?(?:给了|签给了?|交给了)(?!我们|咱们|我司|你们)/;
/**
 * The customer's pick said as how it ended (他们说还是选海林, 最后还是选了进口的): our loss. Picks among our own options
 * (还是选A方案, 最后选了第二版) and a pick still asked about (还是选X吗) are none.
 */
const PICKED_IN_THE_END =
  /(?:还是|最后|最终)(?:还是)?选(?:了|的|择了?)?(?![择了的])(?!我们|咱们|我司|你们|[一二两三四五这那哪]?[个版套款种]|[A-Za-z0-9]{1,2}(?:版|方案|款)|[^,.;!?]{0,8}(?:吗|么|\?|呢|吧))/;
/**
 * Whom the deal went to, said by the form of the words (输给了勇猛, 给了文灿, 最后还是用的东方电机原厂件, 桂林橡机中了): a
 * winner named, though the name is none the word lists know. Read only when the message reports the deal lost.
 */
export const WINNER_NAMED = new RegExp(
  [
    `(?:输给|(?<![送发交递寄带拿转])给了|签给了?|切给)(?!${inOrder(W.notAWinner)})[\\u4e00-\\u9fa5A-Za-z]{2}`,
    '(?:还是|最后|最终)(?:还是)?(?:用|选)(?:了|的|择了?)?(?![择了的回])(?!我们|咱们|我司|你们)[\\u4e00-\\u9fa5A-Za-z]{2}',
    '(?<=[\\u4e00-\\u9fa5A-Za-z]{2})(?<!我们|咱们|我司|[标也没未])中(?:了|标了?)',
  ].join('|'),
);

const FUTURE = new RegExp(inOrder(W.futureWords));
const NEGATED_BEFORE = new RegExp(String.raw`(?:${inOrder(W.negationsBefore)})$`);
/** A step demanded by a deadline (要求12月底前做完需求调研): still ahead, not reached. */
const DEMANDED_BY = new RegExp(String.raw`(?:${inOrder(W.demandedWords)})[^,.;!?]{0,10}(?:前|之前|以前|内)$`);
/** A loss conceded before what goes on (虽然彩超丢了,但妇科还想要一台): one part lost, the deal still open. */
const CONCEDED = /(?:虽然|虽说|尽管)[^,.;!?]{0,10}$/;
/** A loss guessed (这单估计黄了, 基本没戏了): the deal is still open until the rep says it is lost, as sets 9, 28 and 29 label it. */
const HEDGED = new RegExp(String.raw`(?:${inOrder(W.lossHedges)})[^,.;!?]{0,2}$`);

/** Our stamped copy sent off (盖好章寄回去了, 已盖章寄出): a deliverable of ours; their copy coming back (寄回来) is the signing. */
const OUR_SENDING = '[^,.;!?]{0,3}(?:寄|送|发|递)(?:回去|出|过去|给)';

/** A stamp reported (盖好章了, 已盖章): ours when the clause after sends it off (已经寄回给他们, 寄出去了). */
const STAMPED = /盖|章/;
const SENT_OFF_AFTER = new RegExp(String.raw`^(?:${inOrder(W.sentOffAdverbs)})*(?:快递|顺丰)?(?:寄|送|发|递)(?:回去|出|过去|回?给(?!我))`);

/**
 * Our solution presented to them (给厂长汇报了MBR方案, 讲完方案了, 方案给信息部讲完了, 深冷方案今天讲了): the demo held.
 * Only as an event told, with 了, whom it was for or when: a bare 方案讲完了 may tick off a task, 讲过了 says it was done
 * at some time, and a report to our own leader (给领导汇报了方案) is no presentation to the customer.
 */
const PRESENTED = '(?<!领导|老板)(?:讲|讲解|汇报|宣讲)';
/**
 * A bare 方案讲完了 / 演示做了 / 演示做完 / 方案看完了 closing its clause, then a named person's verdict on it in the next (黄主任比较认可,
 * 杨总很满意, 唐总说再看看): the demo held and judged, no task ticked off. A body's nod (秘书处挺认可, b19-102) stays a task done.
 */
const SHOWN = new RegExp(String.raw`(?:方案|演示|demo)(?:${inOrder(W.shownVerbs)})(?:完了?|了)$`);
const JUDGED = new RegExp(String.raw`^[^,.;!?]{0,8}?(?:${inOrder(W.judgeTitles)})[^,.;!?]{0,6}?(?:${inOrder(W.judgedWords)})`);
const PRESENTED_WHEN = `(?:${inOrder(W.presentedWhen)})`;
const SOLUTION_PRESENTED =
  `${PRESENTED}(?:完)?了[^,.;!?]{0,10}?方案|${PRESENTED}完[^,.;!?]{0,10}?方案了` +
  `|方案${PRESENTED_WHEN}?给(?![^,.;!?]{0,8}(?:领导|老板))[^,.;!?没未不]{1,8}?${PRESENTED}(?:完)?了|方案${PRESENTED_WHEN}${PRESENTED}(?:完)?了`;

/**
 * A stage reported. A deal that fell through (那个项目吹了; not the wind: 被风吹了) is lost, as 黄了 is. Lost includes a bid opened or its result out, then 没中 shortly after (开标了 我们第二 没中), as well as
 * 我们没中, 标没中 and a result said with 就是/还是/最后 (这个就是没中), and the project dropped by the customer (那个项目不做了; not asked: 不做了吗),
 * or the customer no longer buying from us (今年不跟我们做了; not a threat: 再涨价就不跟我们做了), or the deal gone (这单基本没了).
 * Failing the pre-qualification (资格预审没过) is out of the tender: lost.
 */
const REPORTS: Array<[Stage, RegExp]> = [
  [
    'lost',
    new RegExp(
      String.raw`${inOrder(W.lostWords)}|(?:我们|我司|咱们)(?:也|还是|最后)?没中(?=[,.;!?\s]|$)|标(?:也|还是|最后)?没中|(?:${inOrder(W.resultSaid)})没中(?=[,.;!?\s]|$)|(?:开标|结果)[^.;!?]{0,10}?没中(?=[,.;!?\s]|$)|(?:项目|这单|单子)(?:也|就)?不做了(?![吗么])|(?:项目|这单|那单|单子)(?:基本|算是|算|也|就)?没了(?![吗么])|(?<!如果|要是|再|就)不(?:跟|和|找)(?:我们|咱们|我司)(?:做|合作|订货|拿货)了(?![吗么])|落标|没拿下|资格预审(?:也|都)?(?:没|未)(?:过|通过)|黄了|(?<![风被])吹了(?=[,.;!?\s]|$)|没戏了|被[^,.;!?]{1,6}(?:抢|拿|截|撬)(?:走|了|去|胡)|(?<!我们|[筛挑评入遴比])选了(?!我们|咱们|我司|[一两三几]家|第|[一二两三四五这那哪]?[个版套款种]|[A-Za-z0-9]{1,2}(?:版|方案|款))`,
    ),
  ],
  ['lost', PICKED_IN_THE_END],
  [
    'won',
    // 定点了 (an automaker nominating its supplier) is the deal won; the letter that confirms it comes later; so is the
    // customer's order issued (PO下来了, 订单下来了; not waited for: 等PO下来了再排产), which is how many buyers sign.
    // A terse 已签 closing a clause (华泰置业 已签), a PO confirmed (PO confirm了) and both sides' stamps done (完成双方盖章)
    // are the deal signed too.
    // A receipt or acceptance paper signed (验收单也签了, 送货单签了) is the goods accepted, not the deal signed.
    // A renewal signed (续签合同了, 续约了) is the deal won again; one refused (不续签了) is churn.
    // A clause ending in 中了 (江职院中了!) is the bid won, unless picked or hit (选中了, 命中了); a rival before it is our loss.
    // The award notice in hand (中标通知书今天拿到了) is the bid won; ranked first (开标了,我们第一) is not yet (b38-102);
    // the award's publicity period over (中标公示结束了) is the bid won. An acceptance report stamped (验收报告盖好章了) is the goods accepted.
    // The order placed said with 啦 (落单啦, read 下单啦), a deal closed at a price (九七折成交, 最终成交), the order landed
    // with its goods (最终落了两台), and we got it, said as a clause of its own (结果出来了,我们拿到了!), are the deal won too;
    // a thing we got (招标文件我们拿到了) is not.
    new RegExp(
      `(?:我们|我司|咱们)?中标(?:的)?公示(?:期)?(?:已经|已)?(?:结束|过)了|(?<!(?:${inOrder(W.receiptPapers)})[^,.;!?]{0,3})(?<![不没未]续)签了(?!${inOrder(W.notSignedDealAfter)})|(?:正式|顺利|成功)签(?:约|下|合同)|(?<!(?:${inOrder(W.receiptPapers)})[^,.;!?]{0,3})盖(?:好|完|了)章(?!${OUR_SENDING})|章盖好了|已盖章(?!${OUR_SENDING})|下单金额|签约了|(?<![不没未再])续(?:签|约)(?:合同)?(?:了|好了|下来了)(?![吗么])|签下来了|签下了|已签约|已经签约|(?<![未待没])已签(?=[,.;!?\s]|$)|完成(?:了)?(?:双方)?盖章|签单了|下了?PO|(?<!等[^,.;!?]{0,6})(?:${inOrder(W.orderPapers)})(?:已经|也|终于)?(?:下来了|下了(?![,.;!?\s]*(?:吗|没))|\s?confirm(?:ed)?了?(?![吗么没]))|(?:合同|(?<!技术|保密|质量|安全)协议)(?:${inOrder(W.signedWhen)})*签(?:了|好|完)|拿下了|拿下来了|(?<!${inOrder(W.notYetTakenBefore)})拿下(?=[!~]|$)|成交了|赢单|(?:单|单子|标|项目)(?:也|终于|总算)?赢(?:了|下来了)(?![吗么没])|定点了|(?:拿到|获得)(?:了)?定点(?!信|通知)|(?:已经|已|成功|顺利)?中标(?:了|啦)|(?:${inOrder(W.wonBidBefore)})中标|(?:我们|我司|咱们)(?:也|终于|真)?中了(?![^,.;!?]{0,3}(?:毒|暑|奖|圈套))|标(?:也|终于)?中了|中了[^,.;!?]{0,6}(?:包|标)|(?<![选看猜打命相击射没未])中了$|(?:${inOrder(W.signedTimes)})[^,.;!?]{0,10}(?:签|盖)的(?!${inOrder(W.notTheDealSigned)}|[^,.;!?]{0,6}(?:${inOrder(W.notSignedDay)}))|(?:合同|协议)[^,.;!?]{0,8}(?:签了?字|签好字)了|盖章了|下单(?:了|啦)|(?:${inOrder(W.closedHow)})成交(?![吗么没])|(?:最后|最终|终于)落了(?=[一两二三四五六七八九十几\\d]+[台套件只个批])|^(?:我们|我司|咱们)(?:也|终于)?拿到了[!~]*$|(?<![待未没])订单(?:已经|也|都)?确认(?:了|好了)(?![吗么没])|(?:合同|单子)?签回来了|合同[^,.;!?]{0,6}(?:寄|递|送|拿)回来了|合同[^,.;!?]{0,6}盖(?:好|完)?章(?:${inOrder(W.returnVerbs)})?回来了|中标通知书[^,.;!?]{0,6}?(?:拿到|收到|下来|发下来)了|(?:拿到|收到)(?:了)?中标通知书(?![吗么没])`,
    ),
  ],
  // A round of it (商务谈判第一轮, 第二轮商务谈判, 谈到最后一轮了) is the stage under way; a tender's shortlist (进了最后一轮) is not.
  [
    'negotiation',
    /商务谈判(?:中|阶段|第[一二三四五两0-9]轮)|谈到了?(?:最后|第[一二三四五两0-9]+)一?轮|第[一二三四五两0-9]轮(?:商务)?谈判|(?:开始|正在|在|已经)谈商务|谈商务了|开始谈判|进入谈判阶段|(?:进入|到了|在)商务阶段|(?<![未没])进入(?:价格|商务)谈判/,
  ],
  [
    'demo',
    new RegExp(
      String.raw`演示(?:了|完|过|得)|演示(?:很|挺|非常|比较)?(?:顺利|成功)|(?:演示|demo)[^,.;!?]{0,4}(?:做|搞|弄)(?:完|好)了|(?:${inOrder(W.attendedVerbs)})(?:了|过|完)[^,.;!?]{0,10}(?:演示|demo)|(?:演示|demo)[^,.;!?]{0,4}(?:反应|反馈|效果)|(?:POC|概念验证)[^,.;!?]{0,4}(?:${inOrder(W.pocVerbs)})?(?:完|好|通)了|(?:试飞|试听课|现场试飞|演示飞行)[^,.;!?]{0,3}(?:${inOrder(W.trialVerbs)})(?:完|好)了|(?:讲|上)了[^,.;!?]{0,3}试听课|${SOLUTION_PRESENTED}`,
      'i',
    ),
  ],
  [
    'requirement',
    // A needs survey or interview held (需求调研做完了, 今天做了需求访谈, 已完成需求调研) is the requirement stage reached,
    // as needs said to be clear are (需求基本清楚了), and the deal said to be in the stage (已经进入需求确认).
    new RegExp(
      String.raw`(?<![没未])(?:已经|已|正式)(?:进入|进到|到了)(?:了)?需求确认|需求(?:已经|已|都|基本)?(?:${inOrder(W.needsSettled)})(?:${inOrder(W.needsSettledEnds)})|需求(?:已经|已|都|基本)?清楚了|(?:已经|已)?完成(?:了)?需求(?:调研|访谈|确认)|需求[^,.;!?没不未]{0,6}?(?:(?:${inOrder(W.needsSettledVerbs)})(?:了|完了|好了|下来了)|(?:${inOrder(W.needsClearedVerbs)})清楚?了)|需求(?:已经|已)(?:确认|明确|敲定)|确认了需求|对(?:了|完|过)需求|需求(?:调研|访谈)[^,.;!?]{0,3}?(?:做|搞|弄)?(?:完|好)了|(?:做|开)(?:了|完)[^,.;!?]{0,4}?需求(?:调研|访谈)`,
    ),
  ],
  [
    'contact',
    // 第一次碰面, 第一次电话沟通: the first meeting or call, however held; the first of a season (年后第一次去, 今年第一次拜访)
    // is a known customer visited again.
    new RegExp(
      String.raw`(?<!(?:${inOrder(W.seasonStarts)})(?:的)?)第一次(?:${inOrder(W.firstMeetings)}|(?:电话|线上|视频)(?:沟通|联系|交流|聊))|(?:初次|首次)(?:${inOrder(W.firstMeetingsFormal)}|(?:电话|线上|视频)(?:沟通|联系|交流))|初步接触|刚接触|头一[回次]|陌拜|陌生拜访|首访`,
    ),
  ],
];

/** A choice made, told in a clause of its own (招采领导小组昨天开会定了), then that it chose us (改造选我们): the deal won. */
const DECIDED = new RegExp(String.raw`(?<![还没未不要])(?:${inOrder(W.decidedWords)})$`);
/** The signing still ahead (定了 选了我们 下周签合同): the choice is told, the deal not yet won. */
const SIGNING_AHEAD = new RegExp(String.raw`(?:${inOrder(W.signingAheadTimes)})[^,.;!?]{0,4}签`);
const CHOSE_US = /选(?:了|定)?(?:我们|咱们|我司)(?![^,.;!?]{0,3}[吗么]|还是|或)/;

function stageOf(name: string): Stage {
  return STAGE_NAMES.find(([, names]) => names.some((n) => n.toLowerCase() === name.toLowerCase()))![0];
}

const NEXT_WORDS = `(?:${inOrder(W.nextStepWords)}|(?:${inOrder(W.nextStageVerbs)})(?:到)?下一?个?阶段)`;
/** 从需求确认往前推一步: the stage after the one named. */
const NEXT_REQUEST = new RegExp(`(${STAGE_ALTERNATION})[^,.;!?]{0,4}?${NEXT_WORDS}`, 'i');
const NEXT_ALONE = new RegExp(NEXT_WORDS);
/** 下一步是谈判了 帮我挪过去: the stage named, then the move asked for in the clause after, with no stage of its own. */
const NAMED_THEN_MOVED = new RegExp(
  `(?:下一步|该|可以)(?:是|到|进)?(${STAGE_ALTERNATION})(?:阶段)?了?[,\\s]+你?(?:帮我|帮忙|麻烦|请)?(?:把阶段)?(?:${inOrder(W.moveVerbs)})?(?:过去|一下)`,
  'i',
);
/** 线索→初步接触: a move written as an arrow from one stage to the next. */
const ARROW_REQUEST = new RegExp(`(?:${STAGE_ALTERNATION})\\s*(?:→|->|—>|=>)\\s*(${STAGE_ALTERNATION})`, 'i');
/** 往前推一步了,到商务谈判: the next step asked, then the stage it goes to, named in the clause after. */
const NEXT_TO_NAMED = new RegExp(`${NEXT_WORDS}[^,.;!?]{0,3}[,\\s]+(?:到|进|进入|至)\\s*(${STAGE_ALTERNATION})`, 'i');

/** 鸿运往前推一步: a move to the next stage, whichever the deal is in (the flow knows it, the text does not). */
export function asksNextStage(text: string): boolean {
  return NEXT_ALONE.test(text);
}

/** Whether the deal has been moved, asked (推进到商务谈判了吗, 进入演示了没有), unless asked leave to (可以…了吗). */
const ASKED_WHETHER_MOVED = /了(?:吗|么|没有?)[?]?$/;
const ASKED_LEAVE = new RegExp(inOrder(W.askedLeave));

/** A move asked about (推到谈判了吗?): a question about the deal's stage, not a request to move it. */
export function asksWhetherMoved(text: string): boolean {
  return ASKED_WHETHER_MOVED.test(text.trim()) && !ASKED_LEAVE.test(text);
}

/** A request to update the stage field that names no stage (the flow then takes the stage the message reports). */
export function asksStageUpdate(text: string): boolean {
  return UPDATE_ASKED.test(text);
}

const FULL_NAME_SAID = new RegExp(`(?:${FULL_NAME_ALTERNATION})`, 'i');

/** A stage said by a name of its own, no verb with it (首瑞 谈判阶段 标一下, 兴华玻璃 赢单 改一下状态). */
export function stageNamed(text: string): Stage | null {
  const name = text.match(FULL_NAME_SAID)?.[0];
  return name ? stageOf(name) : null;
}

/** Stage labels of four characters, the ones a voice typo can be told by (方案演士 for 方案演示). */
const LONG_LABELS = STAGE_FULL_NAMES.flatMap(([, names]) => names).filter((name) => name.length === 4);

/** The text with a stage label typed with one sound-alike character put right (改成方案演士 → 改成方案演示). */
export function withStageTyposRepaired(text: string): string {
  let out = text;
  for (let at = 0; at + 4 <= out.length; at += 1) {
    const window = out.slice(at, at + 4);
    const label = LONG_LABELS.find((name) => {
      const differing = [...name].filter((ch, i) => ch !== window[i]);
      return differing.length === 1 && [...name].every((ch, i) => soundsAlike(ch, window[i]));
    });
    if (label) out = out.slice(0, at) + label + out.slice(at + 4);
  }
  return out;
}

export function findRequestedStage(text: string): Stage | null {
  const m =
    text.match(REQUEST) ??
    text.match(FIELD_REQUEST) ??
    text.match(TOWARD_REQUEST) ??
    text.match(ARROW_REQUEST) ??
    text.match(NEXT_TO_NAMED) ??
    text.match(NAMED_THEN_MOVED) ??
    onlyWholeWords(text, '进标算挂改转记当放').match(BARE_REQUEST);
  const name = m?.slice(1).find((group) => group !== undefined);
  if (name) return stageOf(name);
  const from = text.match(NEXT_REQUEST)?.[1];
  return from ? nextStage(stageOf(from)) : null;
}

/** The clause up to a word's first place in it, or the whole clause when the word is not there. */
function beforeWord(clause: string, word: string): string {
  const at = clause.indexOf(word);
  return at < 0 ? '' : clause.slice(0, at);
}

/**
 * Reported stage; outcomes count only when not negated or still in the future. A win whose winner
 * is a rival named before it in the clause (陶氏中标了, 京东物流拿下了) is our loss.
 */
export function findReportedStage(clauses: readonly string[], rivals: readonly string[] = []): Stage | null {
  // Our own win told (我们中了两个包 另外一个包给了科尼): a loss said beside it is another part's, not the deal's.
  const ourWin = clauses.some((clause) => {
    const before = clause.slice(0, clause.match(OUR_PART_WON)?.index ?? clause.length);
    return before.length < clause.length && !FUTURE.test(before) && !PAST_ROUND.test(before);
  });
  const takers = ourWin ? [] : rivals;
  const givenTo = (before: string) =>
    (GIVEN_TO.test(before) && !HEARSAY.test(before)) || (AWARDED_TO.test(before) && !EARLIER_ROUND.test(before));
  if (clauses.some((clause) => takers.some((rival) => givenTo(beforeWord(clause, rival))))) return 'lost';
  const rivalTookIt = (clause: string, rival: string) => {
    const at = clause.indexOf(rival);
    if (at < 0) return false;
    const after = clause.slice(at + rival.length);
    return (TAKEN_BY.test(clause.slice(0, at)) && TAKEN.test(after)) || WON_BY.test(after);
  };
  if (clauses.some((clause) => takers.some((rival) => rivalTookIt(clause, rival)))) return 'lost';
  const switchedTo = (clause: string, rival: string) => {
    const at = clause.indexOf(rival);
    if (at < 0) return false;
    const before = clause.slice(0, at);
    if (WENT_OVER_VERB.test(before) && SWITCH_DONE.test(clause.slice(at + rival.length)) && !SWITCH_WEIGHED.test(before)) return true;
    const ended = before.match(SWITCHED_IN_THE_END);
    return ended !== null && (ended[1] !== undefined || SWITCH_ENDED.test(clause.slice(at + rival.length)));
  };
  if (clauses.some((clause) => takers.some((rival) => switchedTo(clause, rival)))) return 'lost';
  if (!ourWin && clauses.some((clause, i) => BID_SETTLED.test(clause) && GIVEN_AWAY_NEXT.test(clauses[i + 1] ?? ''))) return 'lost';
  const rankedBelow = clauses.some((clause) => RANKED_BELOW.test(clause));
  const chosen = clauses.findIndex((clause, i) => DECIDED.test(clause) && CHOSE_US.test(clauses[i + 1] ?? ''));
  if (chosen >= 0 && !clauses.slice(chosen).some((clause) => SIGNING_AHEAD.test(clause))) return 'won';
  for (const [stage, pattern] of REPORTS) {
    for (const clause of clauses) {
      const m = clause.match(pattern);
      if (!m) continue;
      const before = clause.slice(0, m.index);
      if (NEGATED_BEFORE.test(before)) continue;
      // 盖好章的合同 describes a thing (an attribute before 的), not a signing that happened.
      if (clause[m.index! + m[0].length] === '的') continue;
      // 合同盖好章了,已经寄回给他们: our stamped copy sent off in the clause after, as in one clause (盖好章寄回去了).
      if (stage === 'won' && STAMPED.test(m[0]) && SENT_OFF_AFTER.test(clauses[clauses.indexOf(clause) + 1] ?? '')) continue;
      if ((stage === 'won' || stage === 'lost') && FUTURE.test(before)) continue;
      if (stage === 'lost' && (ourWin || HEDGED.test(before) || CONCEDED.test(before))) continue;
      // A loss of an earlier round (上次输给Sunkid主要是价格, 去年丢了): the deal before, not this one.
      if (stage === 'lost' && PAST_ROUND.test(before)) continue;
      if (DEMANDED_BY.test(before)) continue;
      if (m[0].startsWith('被') && theirBusinessTaken(before)) continue;
      if (m[0] === '丢了' && (THING_LOST_BEFORE.test(before) || THING_LOST_AFTER.test(clause.slice(m.index! + 2)))) continue;
      if (stage === 'won' && (rankedBelow || takers.some((rival) => before.includes(rival)))) return 'lost';
      return stage;
    }
  }
  if (clauses.some((clause, i) => SHOWN.test(clause) && JUDGED.test(clauses[i + 1] ?? ''))) return 'demo';
  return null;
}
