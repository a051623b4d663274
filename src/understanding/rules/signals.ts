import { alternationOf, inOrder, insideLongerWord, OUR_OPTION_AFTER } from './text';
import { z } from 'zod';
import { SIGNAL_TAGS, type SignalTag } from '../../domain/signals';
import { loadWordFile, words } from '../words/word-file';
import { isNegated } from './negation';
import { SURNAMES } from './contacts';
import { MAKING_ABROAD } from './places';
import { theirBusinessTaken } from './stage-words';

/**
 * Signal tags from keywords of the contract's taxonomy, each mention checked for negation.
 * `negatable: false` marks patterns whose meaning is already negative (没兴趣, 没钱), and people:
 * 老板不在意价格 still puts the boss in play.
 * `concern: true` marks topics raised as a worry, where "没问题" also cancels them.
 */
interface TagRule {
  tag: SignalTag;
  pattern: RegExp;
  negatable?: boolean;
  concern?: boolean;
  /** A mention that looks like the tag but, read in its place, is not (`unless(text, start, end)`). */
  unless?: (text: string, start: number, end: number) => boolean;
}

/**
 * words/signals.json: the tags' words, and under `phrases` the word lists the patterns below are built from, each read
 * in the order written (see inOrder): where a pattern takes the first word that matches, a longer word comes first.
 */
export const signalWordsSchema = z.object({
  version: z.literal(1),
  note: z.string(),
  tags: z.record(z.enum(SIGNAL_TAGS), z.object({ words, notIn: words.optional() })),
  phrases: z.object({
    note: z.string(),
    otherPapers: words,
    soonTimes: words,
    festivals: words,
    negationsBefore: words,
    rightAwayWords: words,
    byThenAsked: words,
    reckonedWords: words,
    aheadTimes: words,
    totalTalkedAfter: words,
    totalTalkedBefore: words,
    supplyCompounds: words,
    sampleKinds: words,
    spanUnits: words,
    absentFillers: words,
    absentWords: words,
    ourSideBefore: words,
    introducedWords: words,
    countUnitsAfterMoney: words,
    budgetNamesBeforeCut: words,
    concededAmounts: words,
    gapHedges: words,
    gapUnits: words,
    ourGapHedges: words,
    ratePer: words,
    ratePerAgain: words,
    moneyWords: words,
    notGoodsInPlace: words,
    inPlaceAdverbs: words,
    goodsInPlace: words,
    goodsInPlaceAdverbs: words,
    heldUpGoods: words,
    clearanceTrouble: words,
    partCountUnits: words,
    doneByAdverbs: words,
    otherMakers: words,
    sameGoods: words,
    otherMakerKinds: words,
    offersThanOurs: words,
    unnamedMakerCounts: words,
    makerAbroadKinds: words,
    choseAbroadVerbs: words,
    faultyPackUnits: words,
    packDamage: words,
    batchFaults: words,
    earlierSentBefore: words,
    sentVerbs: words,
    inUseFaults: words,
    defectWords: words,
    defectRates: words,
    returnedUnits: words,
    askVerbs: words,
    serviceStaff: words,
    serviceComing: words,
    serviceLooks: words,
    fixVerbs: words,
    notServiceVisit: words,
    onSiteAsked: words,
    onSiteServiceKinds: words,
    opsTitles: words,
    partsAsGoodsNouns: words,
    partsBuyAdverbs: words,
    earlierTimes: words,
    againAdverbs: words,
    breakdownWords: words,
    breakdownPeriods: words,
    breakdownCounts: words,
    moneyOrGoodsBeforeDrag: words,
    oldSupplierNames: words,
    businessVerbs: words,
    threatConsiderVerbs: words,
    threatGoods: words,
    neglectVerbs: words,
    switchIntent: words,
    switchTargets: words,
    beforeModals: words,
    goodsDue: words,
    goodsDueAdverbs: words,
    handOverAdverbs: words,
    oftenWords: words,
    papersHandedIn: words,
    notYetSentBefore: words,
    leavesModals: words,
    exWorksCompounds: words,
    backerPosts: words,
    moneyOrGoodsNotTheDeal: words,
    machinesBeforeCannot: words,
    cannotHedges: words,
    cannotVerbs: words,
    forNowWords: words,
    forNowAdverbs: words,
    notBuyingVerbs: words,
    thenAgain: words,
    lookFirstModals: words,
    compareVerbs: words,
    notAWinnerBefore: words,
    noLongerAdverbs: words,
    worksStopped: words,
    stoppedAdverbs: words,
    cutOrders: words,
    cutHedges: words,
    cutVerbs: words,
    againSaid: words,
    stallingWords: words,
    stillInPlay: words,
    notTheirGivingUp: words,
    lossHedges: words,
    delayDenied: words,
    delayNotTheDeal: words,
    delayModals: words,
    delayVerbs: words,
    laterTimes: words,
    termsAhead: words,
    delayAfterNotTheDeal: words,
    doubtNotTheDeal: words,
    replacedParties: words,
    seasonsNotOurs: words,
    heldOrders: words,
    cutIntent: words,
    topicsNotWeighed: words,
    laterThenAgain: words,
    againVerbs: words,
    monthThenVerbs: words,
    waitOnlyFor: words,
    putOffUntil: words,
    notYetVerbs: words,
    noMoreVerbs: words,
    notPlanningVerbs: words,
    notSeekingElsewhere: words,
    elsewhereVerbs: words,
    buyFromOthers: words,
    buyingVerbs: words,
    askedToWait: words,
    notMet: words,
    switchVerbs: words,
    stayIntent: words,
    signOffHeads: words,
    nodHeads: words,
    awaitWords: words,
    signingHeads: words,
    budgetApprovedBefore: words,
    aboveBodies: words,
    localLevels: words,
    signedOffEndings: words,
    featureChannels: words,
    stillBuyingVerbs: words,
    revivedWords: words,
    incumbentTimes: words,
    paidLaterVerbs: words,
    worksWell: words,
    notTheirClient: words,
    notABid: words,
    ourBidAdverbs: words,
    ourBidVerbs: words,
    ourReportTimes: words,
    ourReportModals: words,
    ourCutWords: words,
    ourCutModals: words,
    meetingHeads: words,
    rentTalked: words,
    feeJudged: words,
    quoteDegrees: words,
    quoteJudged: words,
    waivedFees: words,
    moneyPeople: words,
    moneyComingIn: words,
    figureMoves: words,
    notOurFigure: words,
    dearerAdverbs: words,
    fallAdverbs: words,
    papersNotQuotes: words,
    earlierQuote: words,
    butWords: words,
    putOffResults: words,
    putOffVerbs: words,
    againConceded: words,
    concededUnits: words,
    concededEnd: words,
    perUnits: words,
    perUnitsEach: words,
    seatKinds: words,
    notSoonBefore: words,
    signingNear: words,
    orderNotNear: words,
    theirOwnUpstream: words,
    noRivalBefore: words,
    notAnotherFirm: words,
    moneyPeopleTitles: words,
    subsidyGranted: words,
    bossCompounds: words,
    meetingBodies: words,
    meetingDecided: words,
    headsSigning: words,
    headsSigned: words,
    boards: words,
    boardActions: words,
    voteAwaited: words,
    boardsSentTo: words,
    sitesBeforePhases: words,
    phasedWorks: words,
    paymentNotDone: words,
    opsNotService: words,
    slowDegrees: words,
  }),
});
const signalFile = loadWordFile('signals.json', signalWordsSchema);
/** The word lists of the patterns below (words/signals.json `phrases`). */
export const SIGNAL_PHRASES = signalFile.phrases;
const W = SIGNAL_PHRASES;
/** A tag's words from the file as one alternation. */
function wordsOf(tag: SignalTag): string {
  return alternationOf(signalFile.tags[tag]?.words ?? []);
}
/** The mention is part of a longer word that means something else (质保 in 质保金, 上会 in 线上会). */
function insideOtherWord(tag: SignalTag, text: string, start: number, end: number): boolean {
  return insideLongerWord(text, start, end, signalFile.tags[tag]?.notIn ?? []);
}
const NUM = '[0-9一二三四五六七八九十两几]';
/** Papers other than the contract that get a stamp (授权书, 证明, a quote: 把新报价盖章发过去). */
const OTHER_PAPER = `(?:${inOrder(W.otherPapers)})`;
/** Near-future anchors that make a signing imminent. */
const SOON = `(?:${inOrder(W.soonTimes)}|周[一二三四五六日天]|星期[一二三四五六日天]|(?:${inOrder(W.festivals)})节?[前后]|[0-9]+号|[0-9]+月[0-9]+[日号]?|[0-9]+月(?:第[一二三1-3]周|上旬|中旬|下旬)|(?<![0-9])[一两二三1-3](?:周|个星期)(?:之?内|以内))`;
/**
 * Signing words; 签字 alone is an internal sign-off (approval), not the deal, and 签不了 says it will not be signed; the
 * 签 of 标签 (a label), 书签 and 抽签 is no signing. A wish to sign (下个月想签) is not imminent.
 * 走合同 (下周走合同) is moving on to the contract's signing; 开始走合同 starts a process that runs on. 拍板签字 is the
 * decider settling and signing the deal itself, not an internal sign-off. 走合同审批 (下周一走合同审批) puts the contract
 * through their sign-off: an approval, not the signing.
 */
const SIGN = `(?:(?<![标书抽])签(?!字|不)|拍板签字|(?<!${OTHER_PAPER}[^,.;!?]{0,4})盖章|(?<!开始)走合同(?!审批|评审|流程|会签))`;
const NOT_NEGATED = `(?<!${inOrder(W.negationsBefore)})`;
/** Signing once something else is done, with no time (等物业走完流程就签): it waits on that, it is not near. */
const AFTER_WAITING = '(?<!等[^,.;!?]{1,14})';
/**
 * Signing said to come at once (马上就能签, 今天就签). A bare 就 (没问题就走合同, 老板点头就能签) makes it the consequence
 * of a condition: with no time it is not near, as signing after a step waited on is not.
 */
const SIGNING_NOW = `(?:${inOrder(W.rightAwayWords)})就(?:能|可以|要)?`;
/**
 * The contract to be signed by a time, said with 把 (月底前把合同签了, 这个月把框架协议签掉): 签了 there is what is to be
 * done by then, not a signing done.
 */
// Also asked or aimed at for a time (这周能不能把合同签了, 月底争取把协议签掉), or the contract gone through by then (月底前把合同走完).
const SIGN_BY_THEN = `(?:${SOON}(?:之)?前|这个月|本月|${SOON}(?:${inOrder(W.byThenAsked)}))把(?:[^,.;!?]{1,14}?签(?:了|掉)|(?:合同|协议)(?:流程)?走完)`;
/** The deal said to be settled by a near time (这个月底就能定下来, 月底前就定下来, 下个月初就能定下来): a close near. */
const SETTLED_BY_THEN = `${SOON}[^,.;!?]{0,3}?就(?:能|可以)?定下来`;
/**
 * Signing, then when it is reckoned to come (走完流程就签 大概下周, 就签了 预计月底): the time makes it near, as one said
 * before 签 does.
 */
const SIGN_THEN_WHEN = `(?<!已经|已|没|不)${SIGN}(?![了过好完])[,\\s]{0,2}(?:${inOrder(W.reckonedWords)})(?:是|在)?${SOON}`;
/** Anchors that can only point ahead: after them 签了 is a modal 了 (同意下周签了), not a past signing. */
const AHEAD = `(?:${inOrder(W.aheadTimes)})`;
/**
 * A total (总价) is the deal's amount, not a price signal (合同总价79.5万); it is price talk only when
 * it is bargained, capped, quoted or judged (总价做到132万, 总价控制在60万以内, 把总价发过去, 总价能接受).
 */
const TOTAL_TALKED = `总价[^,.;!?]{0,8}?(?:${inOrder(W.totalTalkedAfter)})|(?:${inOrder(W.totalTalkedBefore)})[^,.;!?]{0,2}总价`;
/** A stamp on another paper (授权书已经盖章寄出了, 证明盖好章了, 把新报价盖章发过去) is no contract, and no signing. */
const OTHER_PAPER_STAMPED = `(?:(?!盖章|用印)|(?<!${OTHER_PAPER}[^,.;!?]{0,4}))`;
/** The head having signed the contract itself (合同校长签字了) is the deal won, not an internal sign-off; one still awaited is read by contractSignature. */
const NOT_CONTRACT = '(?:(?<!合同[^,.;!?]{0,6})|(?![^,.;!?]{0,10}签了?字了))';
/**
 * 供货 as supplying (开始供货, 供货更稳定), not the name of a supply deal (三年供货合计96万, 年度供货合同, 三年的独家供货),
 * its price, the supplier (想换个供货商), or a paper drawn up for it (全年供货方案, 供货协议).
 */
const SUPPLY = `(?<!年度|[0-9一二三四五两几]年(?:的)?(?:独家)?|长期|生鲜|独家)供货(?!${inOrder(W.supplyCompounds)})`;
/** A sample arriving (滑板样品今天到厂了) is no delivery of the order; 样品和大货 names the goods too. */
const SAMPLE_BEFORE = new RegExp(String.raw`样(?:${inOrder(W.sampleKinds)})?(?![^,.;!?]*(?:大货|和|跟|及))[^,.;!?]{0,6}$`);
/** A delivery word naming the contract it is in (双11备货合同, 交付合同): the contract's kind, not delivery talk. */
const NAMES_A_CONTRACT = '(?!合同)';
/** A go-live or a delivery a span ago (上线一个月了, 交付半年了): the goods in use, no delivery talk. */
const LONG_PAST = `(?![0-9一二三四五六七八九十两几半]+个?多?(?:${inOrder(W.spanUnits)})多?了)`;
/** The decision maker said to be absent (老板不在, 他们老板没露面) is not in play; away on business (出差了, 等他回来定) still is. */
const NOT_THERE = `(?!\\s?(?:${inOrder(W.absentFillers)})?\\s?(?:不在(?!意|乎)|${inOrder(W.absentWords)}))`;
/**
 * The rep's own side: 我们老板 is not the customer's decision maker; nor is the group hailed (新年快乐各位老板, 老板们辛苦了).
 */
/** Their contact to report to their boss (韩工挺满意，说回去跟老板汇报): the boss in play; 我跟老板汇报 is our own. */
const THEIR_HEAD_TOLD = '(?<=说(?:回去|要|得|先)?(?:跟|向|给))老板(?=汇报|请示|商量)';
const OUR_SIDE = `(?<!${inOrder(W.ourSideBefore)})`;
/** A head who passed the lead on (村里梁书记牵的线, 王局长介绍的): someone else's head; one introduced (吴校长是朋友介绍的) is theirs. */
const INTRODUCER = `(?!\\s?(?:帮忙|帮我们)?(?:${inOrder(W.introducedWords)}))`;

/**
 * A price bargained down to a figure, or a sum conceded (陈总压到2.52万, 想我们降到十一万以内, 王总砍到47万, 最后谈到49.8万, 今天谈下来191万, 比一开始让了13万):
 * price talk. A budget or a sum cut (预算压到35万, 预算先按900万批，后来又压到820万, 金额从380万砍到210万) is the money for
 * the purchase, not its price; a date or a quantity (压到下周, 谈到3台) is not money.
 */
const MONEY_FIGURE = `(?:${NUM}|[.百千])+(?:万|千|块|元|[kK](?![A-Za-z]))(?![0-9一二三四五六七八九十两几]*(?:${inOrder(W.countUnitsAfterMoney)}))`;
const BUDGET_CUT_BEFORE = `(?<!(?:${inOrder(W.budgetNamesBeforeCut)})[^.;!?]{0,14})`;
const BARGAINED_TO = `(?:${BUDGET_CUT_BEFORE}(?:压|砍|降)|谈|让)(?:到|下来|了)(?:到)?${MONEY_FIGURE}`;
/** A concession asked for with no more said (问我们还能不能让, 能不能再让点): price talk; 让 before a person (让我们…) is not. */
const MORE_CONCEDED = `(?:能不能|能否|可不可以|还能)再?让(?:${inOrder(W.concededAmounts)})?(?=$|[,.;!?\\s])`;
/** A price gap (差了不到2个点, 一天差7块钱): what one offer is above another. */
const PRICE_GAP = `(?<!款(?:还|也|都)?)差(?:了)?(?:${inOrder(W.gapHedges)})?(?:${NUM}+|半)(?:${inOrder(W.gapUnits)})`;
/**
 * An offer said to be above or below ours by a sum of money (比我们低0.2块, 比我们高了300元): a price gap; a share (能耗比我们低
 * 15%) or points of a score (技术分比我们高3分) may measure anything else.
 */
const OUR_PRICE_GAP = `比(?:我们|咱们|我司)(?:的)?(?:还|更)?[低高](?:了)?(?:${inOrder(W.ourGapHedges)})?(?:${NUM}|[0-9.])+(?:块|元|毛|分钱)`;
/**
 * A rate per person or per time (每人每月35, 每托每天2.8, 每小时3块): the figure alone or in yuan ends it;
 * a count after it (每天200单, 每月30万米, 每月5号) is volume or a date.
 */
const RATE = `每(?:${inOrder(W.ratePer)})(?:每(?:${inOrder(W.ratePerAgain)}))?[0-9.]+(?:块钱?|元|毛钱?)?(?:左右|上下)?(?=[,.;!?\\s]|$)`;
/**
 * Goods or the crew in place by a date (5月20号前进场安装, 七月底前全部进场, 六月底设备必须到位, 下周一前第一台塔吊进场): the
 * delivery's deadline.
 * Money in place (资金到位) is the budget; 进场 with no deadline (进场协调会, 设备想先进场) is no delivery talk.
 */
const IN_PLACE_BY = `(?<!(?:${inOrder(W.moneyWords)})[^,.;!?]{0,8})前(?:(?!${inOrder(W.notGoodsInPlace)})[^,.;!?]){0,8}?(?:${inOrder(W.inPlaceAdverbs)})*(?:进场|到位)|(?:${inOrder(W.goodsInPlace)})(?:${inOrder(W.goodsInPlaceAdverbs)})*到位`;
/**
 * Goods held up on their way (模组还没到, 清关卡住了, 把配件催到现场) or loaded for shipping (后天装柜): delivery talk. Money
 * not in (款还没到) is payment; 清关 named as a service (清关方案, 清关那块) is none.
 */
const GOODS_HELD_UP = `(?:${inOrder(W.heldUpGoods)})(?:还|都|一直|迟迟)?没(?:到|发)(?![期账款位])|清关[^,.;!?]{0,3}?(?:${inOrder(W.clearanceTrouble)})|催(?:货|到现场|到工地)|把[^,.;!?]{1,8}?催到|装柜`;
/** Goods promised within a span (两小时内补货, 24小时内送达): a delivery term; a reorder with no span (下个月还要补货) is none. */
const RESTOCK_WITHIN = '(?:小时|天)(?:之?内|以内)(?:补货|补齐|送到|送达)';
/**
 * A share of the order shipped first (先发一半货, 先发一部分货, 分两批发货, 首批30台下月交) or how long the goods take, asked
 * (问多久能到货), or only part of it come (8台车到了4台): the goods' schedule; not how long until someone comes (工程师多久能到), nor the first batch's money (第一批货款还没到).
 */
const GOODS_IN_PARTS = `(?:${inOrder(W.partCountUnits)})[^,.;!?\\s]{0,3}?到了${NUM}+(?:${inOrder(W.partCountUnits)})|(?:先|再|分)发(?:一半|一部分|[0-9一二三四五六七八九十两]+(?:成|批|车|柜))的?货|(?:首批|第一批|头一?批)[^,.;!?款钱费]{0,8}?(?:交|发|到)(?:货|齐|付)?(?=$|[,.;!?\\s])|多久(?:能|可以|才能)?(?:到货|送到|交货|发货)`;
/**
 * Goods that came late (上批货送晚了一天, 到货迟了, 那票到港晚了五天, 第一批货海关查验 耽误了四天): a delivery complaint. A share of the price paid on
 * delivery (预付30% 到货60%) is a payment term, no delivery talk.
 */
const LATE_GOODS =
  '(?:送|到|发)(?:货|港)?(?:晚|迟)了|(?:货|查验|清关|海关)[^,.;!?]{0,10}?(?:耽误|延误)了|货比(?:约定|合同|计划|说好)的?(?:时间|日期)?(?:晚|迟)了';
/**
 * Work on site finished by a date (明年3月前安装调试完, 6月底前要装完, 交房前全部调试完, 10号前给他们装完) or a line opened by one
 * (月底前必须开通): the delivery's deadline, as 前完工 and 前投产 are.
 */
const DONE_ON_SITE_BY = `前(?:${inOrder(W.doneByAdverbs)}|给(?:他们|客户|对方))*(?:完工|竣工|投产|(?:安装|调试|装)(?:调试)?(?:完|好)(?:成|毕)?|开通(?!账号|试用|权限|测试))`;
/**
 * A maker left unnamed that offers less (有家同配置的便宜两万多, 还有个厂家报价比我们低): a rival all the same.
 * Not a household word (有家长, 有家属) nor a branch of the customer's (有家分店) with no offer said.
 */
const UNNAMED_RIVAL_OFFER = `(?:${inOrder(W.otherMakers)})[^,.;!?]{0,10}?(?:${inOrder(W.sameGoods)})[^,.;!?]{0,3}?(?:便宜|更低|低了?[0-9一二三四五六七八九十两几])|(?:${inOrder(W.otherMakers)})(?:那家)?的?(?:${inOrder(W.otherMakerKinds)})?[^,.;!?]{0,10}?比(?:我们|咱们|我司)(?:${inOrder(W.offersThanOurs)})|(?:有|还有)(?:一|个)?(?:${inOrder(W.unnamedMakerCounts)})(?![长属里人具电居庭用乡])[^,.;!?]{0,12}?(?:便宜|更低|低了?[0-9一二三四五六七八九十两几]|报价|报的价|给的价|价格(?:更)?低)`;
/** A maker abroad named by its place (越南那边, 越南那家厂, 印度的工厂), not a route or a market (越南的路线). */
const MAKER_ABROAD = `(?:${MAKING_ABROAD.join('|')})(?:那边|那家|的?(?:${inOrder(W.makerAbroadKinds)}))`;
/**
 * A maker abroad offering less (越南那边同款沙发便宜15%) or chosen over us (选了越南那家厂): a rival left unnamed.
 * Not a market there (越南那边的客户, 越南那边卖得好) with no offer said.
 */
const RIVAL_ABROAD = `${MAKER_ABROAD}[^,.;!?]{0,10}?(?:便宜|更低|价格(?:更)?低|报价(?:更)?低|比(?:我们|咱们|我司)(?:低|便宜))|(?:${inOrder(W.choseAbroadVerbs)})${MAKER_ABROAD}`;
/**
 * Goods already delivered found faulty (上批液压油过滤后杂质偏多, 这批货有开裂的, 上次送的有破损, 上批涤纶丝染色不匀): a
 * complaint about what we supplied, as 质量不稳定 is.
 */
const BATCH_FAULT = `(?:有|[0-9一二两三四五六七八九十几]+)(?:${inOrder(W.faultyPackUnits)})[^,.;!?]{0,4}?(?:${inOrder(W.packDamage)})|(?:上批|上一批|这批|那批|上次(?:送|发|供)的)[^,.;!?]{0,12}?(?:${inOrder(W.batchFaults)})`;
/**
 * Goods of ours failing in use, pointed at as ours (先到的一台机子喷头堵了, 我们的变频器报故障停机了, 我们冷轧板的冲压开裂率偏高):
 * after-sales talk, a defect reported (开裂率偏高, 划伤了), not one prevented (防止开裂); the
 * customer's old equipment failing (老设备老出故障想换) is a reason to buy, none.
 */
const OUR_GOODS_FAULT = `(?:(?:${inOrder(W.earlierSentBefore)})(?:${inOrder(W.sentVerbs)})的|(?:我们|咱们)(?:家)?的?)[^,.;!?]{0,10}?(?:${inOrder(W.inUseFaults)}|(?:${inOrder(W.defectWords)})率?(?:${inOrder(W.defectRates)}))`;
/** How long a repair takes, asked or weighed (坏了多久能修好, 几天能修好): after-sales talk. */
const REPAIR_TIME = '坏了[^,.;!?]{0,2}(?:多久|几天|多长时间)|(?:多久|几天|多长时间)(?:能|可以)?修(?:好|完)';
/** Goods sent back by the count (退了3吨, 退回两箱): a return, as 退货 is. */
const GOODS_SENT_BACK = `退(?:了|回(?:了)?)${NUM}+(?:${inOrder(W.returnedUnits)})`;
/**
 * Someone of ours asked to come and look at a fault (要我们派人去看, 要我们48小时内派人上门维修): a service call; staff sent
 * to be on site for training or an inspection date (要我们派人驻场培训, 要我们派人到场) is not named as looking at anything.
 */
const SERVICE_CALLED = `(?:${inOrder(W.askVerbs)})(?:我们|咱们)(?:售后)?[^,.;!?]{0,6}?派(?:${inOrder(W.serviceStaff)})(?:${inOrder(W.serviceComing)})?(?:${inOrder(W.serviceLooks)})`;
/**
 * A fix of ours demanded within a span (要求我们一周内优化好, 让我们三天内修好): after-sales talk; work on the offer itself
 * (一周内把方案优化好) puts it after 把.
 */
const FIX_DEMANDED = `(?:要求|要|让|催)(?:我们|咱们)[^,.;!?\\s]{0,6}?(?:之?内|以内|前)(?:${inOrder(W.fixVerbs)})(?:好|完)`;
/** A service time promised or demanded (四小时响应, 响应24小时, 48小时内必须有人到场, 4小时到场, 两天内上门). */
const SERVICE_TIME = `(?<![0-9一二两三四五六七八九十])(?:[0-9]+|[一二两三四五六七八九十]+)个?小时(?:内)?响应|响应(?:[0-9]+|[一二两三四五六七八九十]+)个?小时|(?:小时(?:之?内|以内)?|天(?:之?内|以内))(?:(?!把)[^,.;!?]){0,6}(?:有人)?(?:到场|到现场|上门)(?!${inOrder(W.notServiceVisit)})`;
/**
 * Staff on site asked for as service (维保要驻场, 问能不能驻场, 驻场工程师): after-sales talk. Staff on site as what is sold
 * (驻场方案, 驻场人员名单, 派人驻场培训) is the offer itself.
 */
const ON_SITE_SERVICE = `(?:${inOrder(W.onSiteAsked)})[^,.;!?]{0,4}?驻场(?!培训|方案|人员|名单)|驻场(?:${inOrder(W.onSiteServiceKinds)})`;
/** Someone named by surname and title after 运维 (运维郑经理): their ops staff, no after-sales topic. */
const OPS_PERSON = `[${SURNAMES}](?:${inOrder(W.opsTitles)})`;
/** Spare parts as the goods sold (报个备件价, 备件预算, 第三方备件供应商, 备件清单, 备件年框, 备件可以先买几块): a purchase, not a service worry. */
const PARTS_AS_GOODS = new RegExp(
  String.raw`^(?:的)?(?:${inOrder(W.partsAsGoodsNouns)})|^(?:${inOrder(W.partsBuyAdverbs)}){0,3}(?:买|采购|订|囤)`,
);
function partsAsGoods(text: string, start: number, end: number): boolean {
  return text.slice(start, end) === '备件' && PARTS_AS_GOODS.test(text.slice(end));
}
/**
 * A fault of an earlier year, told as settled or as someone else's (去年我们那批PU皮有色差,当时已经赔过了; 前年投诉过售后响应慢,
 * 不过那是前任代理商的事): history, no after-sales worry now. Both are needed: a past fault alone may still be sore.
 */
const EARLIER_TIME = new RegExp(String.raw`(?:${inOrder(W.earlierTimes)})[^,.;!?]{0,12}$`);
const SETTLED_SINCE = /^[^.;!?]*?(?:(?:已经|早就|都)(?:赔|处理|解决)(?:过|好|完)?了|赔过了|那是[^,.;!?]{0,8}的事)/;
function pastAndSettled(text: string, start: number, end: number): boolean {
  const clause = text
    .slice(0, start)
    .split(/[,.;!?]/)
    .pop()!;
  return EARLIER_TIME.test(clause) && SETTLED_SINCE.test(text.slice(end));
}
/**
 * Our goods failing again (开水器又坏了, 老是掉线) or a repair on site (明早带师傅上门修, 派人过来修): after-sales talk,
 * as 维修 is; not another job named after 修 (预算挪去修电梯了).
 */
const BREAKDOWN = `(?:${inOrder(W.againAdverbs)})(?:${inOrder(W.breakdownWords)})|(?:${inOrder(W.breakdownPeriods)})(?:已经|都|就|又)?(?:坏|出故障|停机|跳停)了?(?:${inOrder(W.breakdownCounts)}|[2-9])次|上门(?:维)?修|(?:过去|过来|来|去)修(?:一下|下|理)?(?=$|[,.;!?\\s])`;
/**
 * The deal dragged out (续约又被拖了, 这单拖了半年了); money or goods late (工程款拖了三个月, 账期拖了, 货期拖了) is
 * payment or delivery, not the deal going cold, also when the lateness is said in the next clause (还没回款,拖了45天了);
 * a repair or a response late (说好24小时响应,这次拖了两天) is after-sales.
 * A drag told as what the deal had been through, now over (拖了俩月的项目终于动了), is no churn.
 */
const DRAGGED = `(?<!(?:${inOrder(W.moneyOrGoodsBeforeDrag)})[^,.;!?]{0,6}(?:,[^,.;!?]{0,6})?)(?:又|一直|总)?被?拖(?:了|着)(?![^,.;!?]{0,4}的[^,.;!?]{0,8}(?:终于|总算))`;
/** Going back to the supplier they had (想换回原来那家的, 改回以前的供应商): a rival, and churn. */
const BACK_TO_OLD = `(?:换|改|用)回(?:了)?(?:原来|以前|之前|老)(?:的)?(?:${inOrder(W.oldSupplierNames)})`;
/**
 * A bid named as a noun (那个微型站的标, 这个标) and how it ended (我们没中, 中了, 被先河拿了): tender talk, as 中标 is.
 * Not a booth (标摊) or a standard (标准).
 */
const BID_OUTCOME =
  '(?:的|个|这|那)标(?![摊准书段杆牌识签])[^.;!?]{0,10}?(?:(?:没|没有|未)中|中了|被[^,.;!?]{1,8}?(?:拿|抢|截)(?:走|了|去))';
/** A bid named as the topic of what follows (宝越的标 我们报了…, 这个标 下周开), or said opened (那个防腐的标开了): tender talk. */
const BID_AS_TOPIC = '(?:的|这个|那个)标(?=[,.;!?\\s]|$|(?:已经|也|都)?(?:开了|公示了))';
/**
 * The customer threatening to take the business away (再这样新食堂的单就不给你们了, 合同到期就换人, 不找我们了), or to weigh
 * another's goods or supplier if we fail them (不然就考虑发那科的现货, 否则考虑别家, 不然月底换供应商, 不然就跟X签): churn said as what they will do.
 */
const THREAT = `(?:就|都|再也)?不(?:再)?(?:给|找|用|跟)(?:你们|我们|咱们)(?:${inOrder(W.businessVerbs)})?了|(?:到期|再这样|再出[^,.;!?]{0,6}|下次)[^,.;!?]{0,6}?就(?:要|得|会)?(?:换人|换别人|换掉你们|找别人)|(?:不然|否则)(?:的话)?(?:就|只能|只好)?(?:用|选|换|找|转(?:用|向))(?!我们|咱们|你们)[^,.;!?]{1,8}?了|(?:不然|否则)(?:的话)?[^,.;!?]{0,4}?(?:就|只能|只好)?(?:换(?:供应商|厂家|别家|一家)|跟(?!我们|咱们|你们)[^,.;!?]{1,8}?签)|(?:不然|否则)(?:的话)?(?:就|只能|只好)?考虑(?:${inOrder(W.threatConsiderVerbs)})?(?:别家|其他家|(?!我们|咱们|你们)[^,.;!?]{2,8}?的(?:${inOrder(W.threatGoods)}))`;
/**
 * Our after-sales left them waiting (售后一直没人管, 服务老是没人来), then a change of supplier wanted (要换供应商):
 * they would leave us. A change wanted with no such neglect of ours (维保合同到期了想换一家, 彩盒要换供应商) may be a
 * change away from someone else, as b6-004 and b27-004 are labelled.
 */
const NEGLECTED_THEN_SWITCH = `(?:售后|服务|客服)[^,.;!?]{0,4}(?:一直|老是|总是|都)?没人(?:${inOrder(W.neglectVerbs)})[^.;!?]{0,12}?(?:${inOrder(W.switchIntent)})?(?:换|更换)(?:掉)?(?:${inOrder(W.switchTargets)})`;
/** Goods to be there by a day (答应下周一前送到, 5月15号前必须送到他们工厂); samples sent by a day (样品月底前要送到) are no delivery talk. */
const GOODS_BY_DAY = `(?<!样[^,.;!?]{0,8})前(?:${inOrder(W.beforeModals)})?(?:送到|送达)`;
/**
 * The goods (not a sample: 样品, 样货) brought to the customer or sent off (货已经全部送到工地了, 货都到齐了, 首批货今天发了): delivery done; goods
 * that may now be sent (那批货现在可以发了) are not yet.
 */
/**
 * Goods wanted there by a date, said with a bare 到 (种子4月10号前到, 首批货下周三前要到场), or a first share handed over by
 * one (6月底前交第一批): the delivery's deadline; a person coming (我3点前到) names no goods.
 */
const GOODS_DUE_BY = `(?<!样)(?:${inOrder(W.goodsDue)})[^,.;!?]{0,12}?前(?:${inOrder(W.goodsDueAdverbs)})*到(?:场|齐|货)?(?=$|[,.;!?\\s])|前(?:${inOrder(W.handOverAdverbs)})*交(?:第一批|首批|头批|一批)`;
/**
 * Goods said late again and again (经常晚到, 老是送晚), or in place later than set (原定3月中旬到位 现在拖到4月底): a
 * delivery complaint; money late (资金原定月底到位) is the budget. Goods handed over in full (那批冷箱总算交齐了) are the
 * delivery; papers handed in (入库资料交齐) are not.
 */
const LATE_AGAIN = `(?:${inOrder(W.oftenWords)})(?:晚到|送晚|到晚)|(?<!(?:${inOrder(W.papersHandedIn)})[^,.;!?]{0,6})交齐|(?<!(?:${inOrder(W.moneyWords)})[^,.;!?]{0,8})(?:原定|原计划|说好|约定)[^,.;!?]{0,8}?到位`;
const GOODS_ARRIVED = `(?<![样送])货(?![款期架源代币])[^,.;!?]{0,4}?(?:送到|送达|到齐|(?<!${inOrder(W.notYetSentBefore)})发(?:了|出|走))`;
/** Goods able to leave the plant by a time (4月15号能出厂, 月底前出厂): the delivery; the ex-works price (出厂价) and the plant's own checks (出厂检验) are not. */
const LEAVES_THE_PLANT = `(?:${inOrder(W.leavesModals)})出厂(?!${inOrder(W.exWorksCompounds)})`;
/**
 * The person who backed or signs the deal gone (领导换人了, 原来的副院长调走了, 换了新主任): it starts over, gone cold. A
 * contact of theirs replaced (HR负责人换人了, b18-076) is only a new person to talk to.
 */
const LEADER_CHANGED = `(?:${inOrder(W.backerPosts)})(?:换人|换了人|调走|调离)|换了(?:个|新)?(?:的)?(?:${inOrder(W.backerPosts)})`;
/** The bid won by someone left unnamed (中标的是本地一家系统集成商): lost to a rival, as a named one is. */
const UNNAMED_WINNER = '中标(?:的|单位|人|方)是(?!我们|咱们|我司)[^,.;!?]{0,8}?(?:一家|一个|别家|其他)';
/** Money, goods or works named just before (进度款, 工期, 交货): a delay of theirs is payment or delivery, not the deal. */
const NOT_THE_DEAL_BEFORE = `(?<!(?:${inOrder(W.moneyOrGoodsNotTheDeal)})[^,.;!?]{0,6})`;
/**
 * The deal said not to be doable, hedged (这个项目基本做不了了, 这边可能用不了了): it is falling through. A machine that
 * cannot be used (设备可能用不了了) is a fault.
 */
const HEDGED_CANNOT = `(?<!(?:${inOrder(W.machinesBeforeCannot)})[^,.;!?]{0,4})(?:${inOrder(W.cannotHedges)})(?:是|也|就)?(?:${inOrder(W.cannotVerbs)})不(?:了|成)了`;
/** The purchase pushed back (设备都想往后拖, 进货都在往后压, 往后挪一挪); money or goods pushed back is payment or delivery. */
const PUT_BACK = `${NOT_THE_DEAL_BEFORE}往后(?:拖|压|挪|延)`;
/**
 * Not buying for a while (这学期暂时不买新设备了, 今年先不采购了): the purchase stopped, said with what is not bought before
 * the closing 了.
 */
const NOT_BUYING_FOR_NOW = `(?:${inOrder(W.forNowWords)})(?:${inOrder(W.forNowAdverbs)})?不(?:${inOrder(W.notBuyingVerbs)})[^,.;!?不没]{0,8}了(?=$|[,.;!?\\s])`;
/** Put off until a spell passes (等汛期过了再说, 等旺季过去再看): the deal waits on nothing of ours. */
const WAIT_FOR_A_SPELL = `等(?:到)?[^,.;!?]{1,8}?过(?:了|去|完)(?:以后|之后)?(?:${inOrder(W.thenAgain)})`;
/** Looking at others' offers before going on (先看看别家的方案再说, 想再比比别家): the deal held back for rivals. */
const LOOK_ELSEWHERE_FIRST = `(?:${inOrder(W.lookFirstModals)})(?:${inOrder(W.compareVerbs)})(?:别家|其他家|别的厂家|其他厂家)`;
/** The business moved to another supplier (下半年切给拓普了, 切换到别家); moved to us (切给我们) is none. */
const MOVED_AWAY_TO = '切(?:换)?(?:给|到)(?!我们|咱们|我司)[^,.;!?]{1,8}?了';
/**
 * Our offer ranked behind a winner named (开标了 我们第二 第一是智游宝, 我们排第二,第一名是艺康, 我们第三 X第一): lost to a
 * rival, unless hope is said after it (还有议价环节, 张主任说还有机会, 还得等评标结果, 看有没有能质疑的点: STILL_IN_PLAY).
 */
const RANKED_BEHIND =
  '(?:我们|咱们|我司)(?:[^,.;!?\\s]{0,10}?排)?第[二三四五](?:名)?[,\\s]{0,2}(?:第一(?:名)?(?:是|为)|(?!我们|咱们|我司)[^,.;!?\\s]{2,8}?(?:排)?第一(?:名)?(?![0-9一二三四五六七八九十]))';
/** A bid not won, then its winner named (没中 美的中了, 没中,X那边的联合体中了): lost to a rival. */
const LOST_TO_WINNER = `(?:没中|没有中|未中|落标)(?:标|了)?[,\\s]{1,2}(?!我们|咱们|我司)[^,.;!?]{2,12}?(?<!${inOrder(W.notAWinnerBefore)})中(?:了|标)`;
/**
 * What we supply no longer needed or used (那我们的液体气体就不需要了, 不用我们的锁了, 以后不需要你们的服务了): the customer's own
 * plan or another supplier takes it.
 */
const NO_LONGER_NEEDED = `(?:我们|咱们|我司)的[^,.;!?]{1,8}?(?:${inOrder(W.noLongerAdverbs)})*(?:不需要|不用|用不上|用不着)了|不(?:再)?(?:需要|用|要)(?:我们|咱们|你们)的[^,.;!?]{1,6}?了`;
/** The works or the purchase stopped (技改全停了, 项目都停了, 采购停掉了); a machine stopped (停机) is a fault. */
const WORK_STOPPED = `(?:${inOrder(W.worksStopped)})(?:${inOrder(W.stoppedAdverbs)})*停(?:了|掉|下来)`;
/** An order or the purchase's budget to be cut (种子订单可能要砍一半, 换膜预算可能要砍): the deal shrinks or goes; a cut already done is the budget alone. */
const ORDER_TO_BE_CUT = `(?:${inOrder(W.cutOrders)})[^,.;!?]{0,2}?(?:${inOrder(W.cutHedges)})*(?:要|会|得)(?:${inOrder(W.cutVerbs)})`;
/**
 * The contact putting us off again and again (老说领导在考虑, 问就是再等等, 每次都说还在研究): stalling.
 */
const STALLED_AGAIN = `(?:(?:老|总)说|(?:${inOrder(W.againSaid)})说?)[^,.;!?]{0,6}?(?:${inOrder(W.stallingWords)})`;
const STILL_IN_PLAY = new RegExp(String.raw`^[^]*?(?:${inOrder(W.stillInPlay)})`);
/** A deal going cold, or lost to a rival. A delay of delivery or payment is not churn. */
const CHURN = new RegExp(
  [
    wordsOf('churn_risk'),
    LEADER_CHANGED,
    UNNAMED_WINNER,
    // The customer gives it up (客户放弃了); the rep giving up (这单放弃吧, 我们放弃了) is a loss without the tag.
    `(?<!${inOrder(W.notTheirGivingUp)})放弃(?!吧)`,
    '不太?积极',
    // A loss guessed (估计是丢了, 估计要丢, 基本黄了): the deal is in doubt, no stage is moved; a bare loss said (黄了, 丢了) is the
    // stage alone, churn only when lost to a rival (rule-extractor).
    `(?:${inOrder(W.lossHedges)})(?:是|要|也|就)?(?:黄了|吹了|丢了?(?![失东件钱人])|输了|没了)`,
    // The deal about to fall through, said as what will happen (这单怕是要黄, 感觉快黄了, 感觉要凉); not yellow goods (要黄油).
    '(?:要|快|会)(?:黄|吹|凉)了?(?=$|[,.;!?\\s])',
    HEDGED_CANNOT,
    PUT_BACK,
    NOT_BUYING_FOR_NOW,
    WAIT_FOR_A_SPELL,
    LOOK_ELSEWHERE_FIRST,
    MOVED_AWAY_TO,
    RANKED_BEHIND,
    LOST_TO_WINNER,
    NO_LONGER_NEEDED,
    WORK_STOPPED,
    ORDER_TO_BE_CUT,
    STALLED_AGAIN,
    // A delay denied (可能不推迟了) is none. A delay tied to a penalty (延期一天罚千分之五, 延期要罚款) is a contract term, not the deal slipping; the goods, the
    // works or the go-live late (交货可能要拖到8月, 工期推迟, 上线时间可能要推到七月) are the delivery, and money paid late
    // (尾款拖到下个月付, 推到月底结) is payment; a loan paid out later (放款要推迟) and a tender put off (招标延迟到3月) are the
    // deal slipping. A visit or a
    // showing put off (演示推迟到下周, 拜访延期) is scheduling.
    `(?<!${inOrder(W.delayDenied)})(?<!(?:${inOrder(W.delayNotTheDeal)})(?:时间|日期)?(?:${inOrder(W.delayModals)}){0,2})(?:推迟|延期|延后|(?:${inOrder(W.delayVerbs)})到(?:${inOrder(W.laterTimes)}|[0-9一二三四五六七八九十]+月|(?:${inOrder(W.termsAhead)})学期|秋季|秋天|开春))(?!${inOrder(W.delayAfterNotTheDeal)}|[^,.;!?]{0,4}(?:罚|扣|赔|违约金))`,
    // The deal in doubt (这单有点悬, 感觉悬), not the money or the goods (回款有点悬), nor 悬挂 or 悬念.
    `(?<!(?:${inOrder(W.doubtNotTheDeal)})[^,.;!?]{0,3})(?:有点悬|悬了|(?:感觉|觉得|看着)悬(?![挂念殊崖浮空]))`,
    // A threat to change supplier if it happens again (再出问题就换供应商), a project cut (项目砍了).
    `就(?:要|得|会|只能)?(?:换|更换)(?:掉)?(?:${inOrder(W.replacedParties)})`,
    NEGLECTED_THEN_SWITCH,
    '项目(?:也|被|给)?(?:砍|撤)了',
    // A season's or a batch's work no longer ours (今年礼盒不用我们做, 这批不需要咱们供了); a part for now (暂时不用我们做维保) is not.
    `(?:${inOrder(W.seasonsNotOurs)})[^,.;!?]{0,6}?(?:不用|不需要|用不着)(?:我们|咱们|我司)(?:做|供|来)`,
    // Leaning to switch away (他们倾向换过去, 倾向于改用X); leaning to us (李总倾向我们) is none.
    '倾向(?:于)?(?:换|改用|转|改选)(?!我们|咱们|我司)',
    // The order held back (订单就先压着, 采购先压一压); money held back (尾款先压着) is payment.
    `(?:${inOrder(W.heldOrders)})[^,.;!?]{0,3}?先(?:压|放)(?:着|一压|一放|一下)`,
    // Hope given up on the deal (别抱太大希望, 不抱什么希望).
    '(?:别|不|没)抱(?:太大|多大|什么|太多)?希望',
    // The customer says it cannot pick us (价格再不让,我们真没法选你们).
    '(?:没法|没办法|不能|不会)(?:再)?(?:选|用|找)(?:你们|我们|咱们)',
    THREAT,
    // Dropping us said outright (考虑换掉我们), or as a bare threat after a condition (不降价就换, 再涨就换了).
    '换掉(?:我们|咱们|我司)|不[^,.;!?就]{1,6}就(?:要|得|会|只能)?换(?:掉|人)?(?=了?(?:$|[,.;!?\\s]))',
    // A dealer or customer taking less from us (下半年可能要减量, 准备砍单); an alternative demanded (要么跟价要么减量) is not.
    `(?:${inOrder(W.cutIntent)})(?:要|会)?(?:减量|砍单|减少(?:采购|订货|进货|提货))`,
    // Looking elsewhere from now on (以后要看看别家的).
    '(?:以后|今后|下次|往后)[^,.;!?]{0,3}(?:看看|找找|试试|换换)别家',
    DRAGGED,
    // Going back to the supplier they had (想换回原来那家的, 改回以前的供应商).
    BACK_TO_OLD,
    // Not weighing a topic (价格暂时不考虑, 功能优先) is no churn.
    `(?<!(?:${inOrder(W.topicsNotWeighed)})[^,.;!?不没]{0,3})(?:(?:暂时|暂|先|目前)不考虑|不考虑(?=了|$|[,.;!?\\s]|我们|你们)|不考虑[^,.;!?\\s]{1,6}了)`,
    `(?:${inOrder(W.laterThenAgain)})后?再(?:${inOrder(W.againVerbs)})`,
    // Put off until a month named (合同等8月再说, 等到九月份再定).
    `等(?:到)?[0-9一二三四五六七八九十]{1,2}月份?(?:底|初|中)?(?:以?后)?再(?:${inOrder(W.monthThenVerbs)})`,
    // Only left to wait for a later year or season (今年的招标已经过了,只能等明年了): the deal put off.
    `(?:只能|只好)(?:再)?等(?:到)?(?:${inOrder(W.waitOnlyFor)})`,
    // Put off until something later (等下半年立项再说, 节后等新厂房的消息再说).
    `(?:${inOrder(W.putOffUntil)})[^,.;!?]{1,8}?再(?:说|考虑|议)`,
    `先不(?:${inOrder(W.notYetVerbs)})|不(?:${inOrder(W.noMoreVerbs)})了|(?:今年|年内|暂时|目前)(?:都|也)?不动了?(?=$|[,.;!?\\s])|(?<!是|(?:想|要|打算)[\\u4e00-\\u9fa5]{1,8})不(?:打算|想)(?:${inOrder(W.notPlanningVerbs)})|不再(?:采购|合作|考虑|用)`,
    // Calls or messages unanswered (微信也不回, 电话都不接); a debtor not answering while money is owed (货款还是没打,何总电话也不接了) is payment.
    `不回(?:复|消息|电话|微信)|(?<!款[^.;!?]{0,12})(?:微信|消息|电话)(?:也|都|一直|还是)?(?:不回|不接)|(?<!${inOrder(W.notSeekingElsewhere)})(?:${inOrder(W.elsewhereVerbs)})别家|(?:就|只能|只好|转而)(?:交)?给别家|(?:考虑|打算)换(?:供应商|一家|别家|厂家)`,
    `(?<!我们|[筛挑评入遴比])选了(?!我们|咱们|我司|第|[一二两三四五这那哪]?[个版套款种]|[A-Za-z0-9]{1,2}(?:版|方案|款)|${OUR_OPTION_AFTER})|开始用(?![,.;!?\\s了的]|$|我们|咱们)|决定(?:改)?(?:用|选)(?!我们|咱们)|转向(?!我们)`,
    // A threat to go elsewhere if it happens again (再不解决就要找X来替换了, 再出问题就还用回X, 再这样他们考虑换别家).
    // The rep going to see them again (我下周再去找他) is no threat.
    `(?<!我[^,.;!?\\s]{0,4})再[^,.;!?\\s]{1,6}?(?:的话)?(?:他们)?就?(?:要|只能|只好|得|还)?(?:考虑)?(?:(?<!去)找|换|改用|转去|转给|用回)`,
    // Buying part or all elsewhere from now on (改从他们那拿货, 一部分改在别家进).
    `改(?:从|在|找|去)(?:${inOrder(W.buyFromOthers)})(?:那里?|那边|家)?(?:${inOrder(W.buyingVerbs)})`,
    // The customer asking us to wait, with no date (说再等等不急, 让我们再等等); the rep waiting himself (阿拉再等等) is not.
    `(?:${inOrder(W.askedToWait)})(?:先)?再等等|转(?:过去|给别|到别)|被[^,.;!?]{1,6}(?:抢|拿|截|撬)(?:走|了|去|胡)`,
  ].join('|'),
  'g',
);
/**
 * Unless we do something, the business goes elsewhere (不然就分一半量给东明, 改不好就用盛虹的了, 不然就考虑换艺福堂): a threat
 * said as a condition, then what they would do instead. Only looking elsewhere after 不然 (不然就找三一的租赁商) is a rival
 * weighed, not the business moved (b45-069); 再不行就找X, with X a rival, is a switch (b46-013: SWITCHED_TO).
 */
const IF_NOT_THEN = `(?:(?:不然|否则|要不然?)(?:的话)?(?:就|只能|只好)?|(?:${inOrder(W.notMet)})(?:的话)?(?:就|只能|只好))(?:考虑)?`;
/**
 * Switching to something (改用, 换成, 改去, 改做, 想换X的), or threatening to (再这样就换美厨的, 再不行就找X): churn only when a rival is
 * what they switch to (改用迈瑞的, 想换久保田的, 改做迪尔, not 换成400万像素的); 就换掉X names the one left; the business handed to
 * one (最后还是转给递四方了, 转给财务 names none) or back to the one they had (可能还是找原来的康力).
 */
export const SWITCHED_TO = new RegExp(
  `(?:${inOrder(W.switchVerbs)}|还是(?:找|用|选)(?:回)?(?:原来|以前|之前)的|(?:想|考虑|打算)换(?:台|个|套)?|(?:就|只能|只好)换(?![掉了个一新])|再不行(?:的话)?(?:就|只能|只好)?(?:找|换|用|选)|${IF_NOT_THEN}(?:用|选|换|给|分[^,.;!?]{0,6}?给))(?!我们|咱们)`,
  'g',
);
/**
 * A bare 想换 / 考虑换 switches to a rival only when the rival follows at once (想换久保田的); 想换掉现在用的X names the one left.
 * 想换台 / 想换套 is a machine replaced (想换台四色胶印机, rivals weighed later): the same.
 */
export const BARE_WISH_TO_SWITCH = /^(?:想|考虑|打算)换(?:台|套)?$/;
/**
 * The customer stays with us after all, or comes over to us (之前用的X,合同到期不续了,想换我们): a mention of switching
 * or not renewing is not churn of ours.
 */
const STAYS = new RegExp(
  String.raw`(?:还是|继续|仍然|决定)(?:用|选)我们|(?<![不别没])(?:${inOrder(W.stayIntent)})(?:换|换成|改用|转用)我们`,
);

/** Sent to a head of theirs for sign-off (要报总经理批, 得报给院长审批): an approval, as 报批 is. */
const SENT_TO_HEAD_FOR_SIGN_OFF = `报(?:给|到)?(?:他们|上面)?(?:${inOrder(W.signOffHeads)})(?:那里|那边)?(?:审)?批(?![发量次])`;
/** A plan sent up and its sign-off awaited (采购计划报上去了 还没批): an approval; a quote handed in (报价报上去) is not. */
const SENT_UP_UNSIGNED = '(?<!价[^,.;!?]{0,2})报上去[^.;!?]{0,6}?(?:没|未|等|待)(?:审)?批';
/** A head's sign-off awaited (设备科说要等院长批, 得老板审批): an approval, as 领导批 is; 批发 and 批评 are other words. */
const HEAD_TO_SIGN_OFF = `(?:要|得|需要)(?:他们)?[^,.;!?]{0,4}?(?:[\\u4e00-\\u9fa5]总|${inOrder(W.nodHeads)})点头|(?:${inOrder(W.awaitWords)})(?:他们)?(?:${inOrder(W.signingHeads)})(?:那边|那里)?(?:来)?(?:审)?批(?![发量次评])`;
/**
 * A bureau, a level of government or a head office above them signing off (卫健局批了, 等镇上批完, 县里批下来, 合同越南总部批下来了): an approval; a budget so
 * approved (财政局批了预算, 经费要等教育局批下来) is the budget (BUDGET_APPROVED).
 */
const ABOVE_SIGNED_OFF = `(?<!(?:${inOrder(W.budgetApprovedBefore)})[^,.;!?]{0,8})(?:${inOrder(W.aboveBodies)}|(?:${inOrder(W.localLevels)})(?:里|上))(?:已经|也|都)?(?:审)?批(?:${inOrder(W.signedOffEndings)})`;
/** Approval as a feature of the software sold (对接移动端审批, 手机审批): not a sign-off on the purchase. */
const NOT_A_FEATURE = `(?<!${inOrder(W.featureChannels)})`;
/** We are asked to cut a part of our offer (让我们把二层结构砍掉, 我们把安装取消, 让我们砍掉两个夜班岗): the offer shrinks, the deal goes on. */
const OUR_OFFER_CUT = /(?:我们|咱们|我司)把[^,.;!?]{1,10}$|(?:让|要|叫|请)(?:我们|咱们|我司)$/;
/** What they still buy, said right after (刀具管理那块先不做了,只采购刀具): a part dropped, not the deal. */
const STILL_BUYING = new RegExp(String.raw`^[^,.;!?]{0,3}[,;]\s*(?:只|就只|先只)(?:${inOrder(W.stillBuyingVerbs)})`);
/** A pause said to be over (暂停的项目又活了, 搁置的改造重启了): the deal is back, not going cold. */
const REVIVED = new RegExp(String.raw`^[^,.;!?]{0,8}?(?:${inOrder(W.revivedWords)}|(?:要|又|准备)?重新(?:启动|开始|上马|开动))`);
/** The rest put off while a part is bought now (先买30张，剩下的等明年预算批了再说): the deal goes on. */
const REST_PUT_OFF = /(?:剩下|剩余|其余)的?[^,.;!?]{0,10}$/;
/**
 * The one serving them now or before, pointed at (原来那家物业到期不续了, 之前合作的X不续约了): not renewing it leaves the
 * incumbent, an opening for us, not churn of ours.
 */
const INCUMBENT_POINTED = new RegExp(
  String.raw`(?:${inOrder(W.incumbentTimes)})(?:(?:用|合作|在用)的|(?:用的|合作的|在用的|的)?那家)[^,.;!?]{0,14}$`,
);
const NOT_RENEWED = /^不(?:再)?续/;
/** Money put off, said right after (进度款要缓一缓再付, 尾款先放一放再结): payment, not the deal. */
const MONEY_PUT_OFF_AFTER = new RegExp(String.raw`^[^,.;!?]{0,2}再(?:${inOrder(W.paidLaterVerbs)})`);
/**
 * More bought later if the first does well (一台先试,要是好用明年再上四台): the deal grows, nothing put off.
 */
const IF_IT_WORKS = new RegExp(String.raw`(?:要是|如果|假如)[^,.;!?]{0,4}(?:${inOrder(W.worksWell)})[^,.;!?]{0,6}$`);
/** A part of the service or offer named after 砍掉 (服务内容砍掉绿化养护): the offer shrinks, as OUR_OFFER_CUT. */
const PART_NAMED_AFTER = /^(?!了)[\u4e00-\u9fa5]{2}/;
function onlyPartDropped(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 14), start);
  return (
    OUR_OFFER_CUT.test(before) ||
    REST_PUT_OFF.test(before) ||
    IF_IT_WORKS.test(before) ||
    STILL_BUYING.test(text.slice(end)) ||
    REVIVED.test(text.slice(end)) ||
    MONEY_PUT_OFF_AFTER.test(text.slice(end)) ||
    (/第一(?:名)?(?:是|为)?$/.test(text.slice(start, end)) && STILL_IN_PLAY.test(text.slice(end))) ||
    (text.slice(start, end) === '砍掉' && PART_NAMED_AFTER.test(text.slice(end)))
  );
}
function incumbentLeft(text: string, start: number, end: number): boolean {
  return NOT_RENEWED.test(text.slice(start, end)) && INCUMBENT_POINTED.test(text.slice(Math.max(0, start - 24), start));
}

/**
 * The customer's own business, not ours (在忙给他们大客户交货, 财务在催下游付款, 在忙自己产品涨价的事, 在忙进口货的海关审批,
 * 他们给航司的餐标价格, 他们在给业主做整体报价, 他们的越南供货商都在涨价, 他们自己在投一汽的标, 他们自己在搞牛肉招标, 他们自己的
 * 管网改造工程在招标, 他们刚中了一段县道改造的标): a delivery, payment, price or sign-off of theirs said in the same clause
 * before the word. 跟我们没关系 names us only to set us apart.
 */
const THEIR_OWN_WORK = new RegExp(
  String.raw`(?:在忙|忙着|忙于)|(?:他们|自己)(?:自己)?的?(?:[^,.;!?\s]{0,2}?的?|大)客户|下游|自己的?产品|海关|(?:他们|对方|自己)(?:自己)?(?:也|正)?(?:在)?给(?!${inOrder(W.notTheirClient)})[^,.;!?]{1,6}?(?:的|做|供货|代工)|(?:他们|自己)(?:自己)?(?:也|这两天|最近|正)*在投(?!${inOrder(W.notABid)})|(?:他们|自己)的[^,.;!?]{0,4}(?:供货商|供应商|上游)(?:都|也|又|还)?(?:在)?$|自己(?:也|正|最近)*在(?:搞|做|办|弄)|自己的[^,.;!?\s]{1,10}?(?:工程|项目)|(?:他们|自己)(?:自己)?(?:刚|也|刚刚|最近)*(?:中了|拿下了?)[^,.;!?]{0,14}$`,
);
/**
 * The customer bidding for a tender of its own client (他们自己在投一个德国连锁超市的标, 新锐自己也在投): their business,
 * no tender of ours, unless we bid too (我们准备投, 我们也报名了); so is one they won (比亚迪那个标他们中了).
 */
const THEIR_OWN_BID = new RegExp(
  String.raw`(?:他们|自己)(?:自己)?(?:也|这两天|最近|正)*在投(?!${inOrder(W.notABid)})|(?<!我们|咱们|我司|我)在给[^,.;!?\s]{1,12}?投标|自己(?:也|正|最近)*在(?:搞|做|办|弄)[^,.;!?\s]{0,6}?招标|标[^,.;!?\s]{0,2}(?:他们|自己)(?:自己)?(?:也)?中了`,
);
/** A tender said to be none of ours (他们自己在招标 跟我们没关系, 正在招标施工方 跟我们业务没啥关系). */
const NONE_OF_OURS =
  /^[^.;!?]{0,12}?(?:跟|和|与)(?:我们|咱们|我司)[^,.;!?]{0,4}?(?:没|无)(?:啥|什么|多大)?关系|^[^.;!?]{0,12}?与(?:我们|咱们|我司)无关/;
const OUR_BID = new RegExp(String.raw`(?:我们|咱们|我司)(?:${inOrder(W.ourBidAdverbs)})*(?:${inOrder(W.ourBidVerbs)})`);
/** A contract already carried out (前年那份已经履行完的机房合同): looked up, not in play. */
const CARRIED_OUT = /履行(?:完|完毕|结束)了?的[^,.;!?]{0,4}$/;
const OURS = /(?<!跟|和|与)(?:我们|咱们|我司)(?!没关系|无关)|这单/;
/**
 * The clause before the word, or, when that clause names none of ours, the clause before it in the same sentence
 * (他们自己在给一家药企做检测项目,药企那边压价压得厉害): their own business told first, then its detail; none when
 * the word's clause names us after it.
 */
function theirOwnWork(text: string, start: number): boolean {
  const clauses = text
    .slice(Math.max(0, start - 40), start)
    .split(/[.;!?]/)
    .pop()!
    .split(',');
  const clause = clauses.pop()!;
  if (CARRIED_OUT.test(clause.slice(-20))) return true;
  // Us named in the word's clause, before or after it (他们的供应商报价比我们低): the business is weighed against ours.
  if (OURS.test(clause) || OURS.test(text.slice(start).split(/[,.;!?]/)[0])) return false;
  return [clause.slice(-20), clauses.pop() ?? ''].some((part) => THEIR_OWN_WORK.test(part) && !OURS.test(part));
}

/**
 * The rep reporting to his own leader (我跟领导汇报下, 我回去请示一下, 我今天下午请示完回他), or our price cut needing our
 * leader (我们要降价得领导批): our side asking, not the customer's sign-off.
 */
const OUR_OWN_REPORT = new RegExp(
  String.raw`我(?:们|这边)?(?:说)?(?:${inOrder(W.ourReportTimes)})*(?:${inOrder(W.ourReportModals)})?(?:(?:跟|向|找|给)(?:(?:我们|公司|总部)(?:领导|老板)?|领导|老板))?$|(?:我们|咱们|我司)[^,.;!?\s]{0,4}?(?:${inOrder(W.ourCutWords)})[^,.;!?\s]{0,2}?(?:${inOrder(W.ourCutModals)})$`,
);
/** The head asked named as ours after the word (回头请示下我们老板, 报批一下公司领导): our side asking, as above. */
const OUR_HEAD_AFTER = /^(?:一)?下?(?:我们|咱们|我司|公司)的?(?:老板|领导|老总|总经理)/;
/** A head of theirs meeting to decide (要等院长开会定, 老板下周开会研究): the purchase goes to their sign-off. */
const HEAD_MEETS_TO_DECIDE = `(?:${inOrder(W.meetingHeads)})(?:们)?[^,.;!?]{0,4}?开会(?:定|研究|决定|讨论)`;
/**
 * The budget said not to be known yet (预算还没定, 预算不详, 没预算信息) when nothing else of it is told: no budget in play, as
 * most sets label a new lead's 预算还没定; with its approval under way (先立项,预算还没定; 要等年度预算会) it is.
 */
const BUDGET_UNKNOWN = /^(?:预算|经费)(?:他们|对方|客户)?(?:暂时|目前|现在)?(?:还)?(?:没定|没确定|未定|待定|不详|不清楚|不明确?|信息)/;
const BUDGET_UNDER_WAY = /立项|预算会|申请/;
function budgetUnknown(text: string, start: number): boolean {
  return BUDGET_UNKNOWN.test(text.slice(start)) && !BUDGET_UNDER_WAY.test(text);
}

/** A board that approved a budget (董事会开会把预算批了, 董事会批了今年的改造预算) puts money in place: that is `budget`, not an approval of the purchase. */
const BUDGET_APPROVED =
  /^[^,.;!?]{0,12}?(?:预算|资金|经费)(?:也|都)?(?:已经)?(?:批了|批下来|通过了)|^[^,.;!?]{0,4}?(?:批了|批下来了|通过了)[^,.;!?]{0,12}?(?:预算|资金|经费)(?=[,.;!?\s]|$)/;
/**
 * A head's signature on the contract named before it (合同…就等总经理签字, 框架协议要他们老板签字), with no sign-off told
 * besides (审批, 上会, 签字流程, 续约): the signing of the deal, not an internal approval; a signature before the contract
 * is signed (就等校长签字,下周能签合同) is one.
 */
const CONTRACT_NAMED = /合同|协议/;
const SIGN_OFF_TOLD = /审批|批|上会|办公会|流程|续约/;
function contractSignature(text: string, start: number, end: number): boolean {
  return (
    text.slice(start, end).includes('签字') &&
    CONTRACT_NAMED.test(text.slice(0, start)) &&
    !CONTRACT_NAMED.test(text.slice(end)) &&
    !SIGN_OFF_TOLD.test(text)
  );
}

function notTheirApproval(text: string, start: number, end: number): boolean {
  return (
    contractSignature(text, start, end) ||
    theirOwnWork(text, start) ||
    OUR_OWN_REPORT.test(text.slice(Math.max(0, start - 12), start)) ||
    OUR_HEAD_AFTER.test(text.slice(end)) ||
    BUDGET_APPROVED.test(text.slice(start))
  );
}

/**
 * The rent of a lease set, reckoned or bargained (浮动租金方案, 问租金怎么算, 租金按季度调, 租金想打九折): price talk. Rent
 * owed, docked or totalled (租金还欠着, 要扣租金, 全年租金150万) is payment or the amount.
 */
const RENT_TALKED = `(?:浮动|阶梯|固定)租金|租金(?:方案|怎么算|多少|按[^,.;!?]{0,4}?(?:调|算|付|结)|${inOrder(W.rentTalked)})`;
/**
 * A fee weighed (嫌台班费贵) or quoted (搭建费18.6万已报), a rival's offer said by how it quoted (X报得低, X报得比我们低, X报的…比我们低15%) or a fee waived (免一年服务费): price talk.
 */
const FEE_TALKED =
  `费(?:${inOrder(W.feeJudged)})?贵|费\\s*[0-9.]+[万千元块]?[^,.;!?]{0,12}(?:已经?报|报了)|报得(?:比(?:我们|咱们|我司|咱))?(?:${inOrder(W.quoteDegrees)})?(?:${inOrder(W.quoteJudged)})|免[^,.;!?]{0,4}(?:${inOrder(W.waivedFees)})|` +
  RENT_TALKED;
/**
 * The customer's money coming in (钱都打过来了, 配件的钱月底能回一半, 钱到了): payment talk, as 回款 is. Not money found
 * for the purchase (钱批下来了, 钱到位: budget) nor a person called 钱 (钱总打过来电话).
 */
const MONEY_COMING_IN = `(?<!价)钱(?!${inOrder(W.moneyPeople)})[^,.;!?批]{0,6}?(?:${inOrder(W.moneyComingIn)})`;
/**
 * A fee or price moved from one figure to another (物业费能不能从2.8降到2.5, 合同价从320万谈到了298万), or a sum cut to another (62.8万降到58万): price
 * talk. A budget, a bill of theirs or the deal's size cut (预算从300万压到200万, 预算砍了一半,从40万降到20万, 电费从80万降到50万, 先做一期,金额从380万砍到
 * 210万) is not our price, nor is a total that follows the quantity (数量…加到2000份,总价从45万调到58万); a total revised
 * on its own (总价从最初估的420万调到了385万) is the price moved.
 */
const FIGURE_CUT = `(?<!电|数量[^.;!?]{0,30}总)(?:费|价)[^,.;!?]{0,6}?从[^,.;!?0-9]{0,4}?(?:${NUM}|\\.)+[^,.;!?]{0,4}?(?:${inOrder(W.figureMoves)})到|(?<!(?:${inOrder(W.notOurFigure)})[^,.;!?]{0,6}(?:,[^,.;!?]{0,2})?)[0-9.]+万(?:元)?(?:降|砍|压|让)到[0-9.]+万`;
/**
 * The customer's own goods dearer (酱香源说他们的酒今年提价了 出厂价涨了15%): their price to their buyers, not ours, in the
 * mention and what follows it.
 */
const THEIR_GOODS_DEARER = new RegExp(
  String.raw`(?:他们|对方)(?:自己)?(?:家)?的(?!报价|价|供应商|供货商)[^,.;!?\s]{1,4}?(?:${inOrder(W.dearerAdverbs)})?(?:提价|涨价|调价)`,
);
/**
 * A market price falling (焦炭价格跌了两百多, 价格一直在跌): the customer's trade, not our price; our price is cut (降), not
 * said to fall.
 */
const MARKET_FELL = new RegExp(String.raw`^(?:${inOrder(W.fallAdverbs)})*(?:跌|暴跌|下跌|大跌)`);
/** Dearer by a sum (信易贵一千多, 我们贵了两万): a price gap. */
const DEARER_BY = `贵了?(?:${NUM}|[0-9.])+(?:[十百千万]|块|元|毛|分钱)`;
/** 谈价 said for 谈价格 (下午去跟周总谈价); the word is 价, so 没谈价 is negated as 没谈价格 is. Not 谈价值. */
const PRICE_TALKED = '(?<=谈)价(?![格钱值位目])';
/** Prices compared once more (再比一轮价, 比个价, 再比一次价): price talk, as 比价 is. */
const PRICE_COMPARED = '比(?:一|两|几)?(?:轮|次|下|个)价';
/**
 * A quote asked for again (让我们按这个数重新报, 重新报一版): price talk; 重新报名, 重新报批 and a plan handed in again (把方案重新报一下)
 * are not quotes.
 */
const REQUOTED = `(?<!(?:${inOrder(W.papersNotQuotes)})[^,.;!?\\s]{0,2})重新报(?![名备批到道案])`;
/** A price settled on as quoted before (就按我们上次报的, 按之前报的走): price talk. */
const OUR_EARLIER_QUOTE = `按(?:我们|咱们)?(?:${inOrder(W.earlierQuote)})报的`;
/** The customer finding goods dear (嫌史丹利的复合肥贵, 嫌他们家的料太贵): price talk; 贵 of a place (贵州, 贵阳) is not. */
const DEAR_FOUND = '嫌[^,.;!?]{1,10}?贵(?![州阳港宾])';
/** A letter of credit written LC (客户要LC 90天), not the letters inside a longer name (HPLC). */
const LETTER_OF_CREDIT = '(?<![A-Za-z])LC(?![A-Za-z])';
/** A yearly frame agreement said without 协议 (年度设备租赁框架, 三年框架): a contract, as 年框 is; not 方案框架. */
const YEARLY_FRAME = '(?:年度|(?<![0-9])[一二两三四五]?年)[^,.;!?]{0,6}?框架(?!搭|广告|结构)';

/**
 * A signing said and then put off (说下周签合同 结果又推迟了, 本来月底签 但又延期了), or the signing planned for a day said put
 * off in the same breath (原定上周五签约推迟了): the deal slipped, no signing near.
 */
const SIGNING_PUT_OFF = new RegExp(
  String.raw`^[^.;!?]{0,12}?(?:${inOrder(W.butWords)})(?:又|还是|再次)?(?:${inOrder(W.putOffResults)})|^(?:约|合同|协议)?(?:又|被|要|得)?(?:${inOrder(W.putOffVerbs)})`,
);
function signingPutOff(text: string, _start: number, end: number): boolean {
  return SIGNING_PUT_OFF.test(text.slice(end));
}

const RULES: TagRule[] = [
  // Bidding for a tender named by its buyer (拿去投县医院的标), or a bid named with how it ended (那个标我们没中).
  {
    tag: 'tender',
    unless: (text, start, end) =>
      theirOwnWork(text, start) || (THEIR_OWN_BID.test(text) && !OUR_BID.test(text)) || NONE_OF_OURS.test(text.slice(end)),
    pattern: new RegExp(`${wordsOf('tender')}|投[^,.;!?]{0,8}?的标|${BID_OUTCOME}|${BID_AS_TOPIC}`, 'g'),
  },
  {
    tag: 'price',
    concern: true,
    unless: (text, start, end) =>
      theirOwnWork(text, start) || THEIR_GOODS_DEARER.test(text.slice(Math.max(0, start - 24), end)) || MARKET_FELL.test(text.slice(end)),
    pattern: new RegExp(
      `${wordsOf('price')}|${DEAR_FOUND}|${TOTAL_TALKED}|${BARGAINED_TO}|${NUM}折|打(?:完|了)折|比[^,.;!?]{1,8}(?:贵|便宜)|贵(?:太多|不少|很多|一些)|${DEARER_BY}|(?:费|价)[^,.;!?]{0,6}(?:涨|降)(?:到|了)|(?:[降低少高]了?|让了?)(?!一点)(?:${NUM}+|半)个?多?点|${PRICE_GAP}|${OUR_PRICE_GAP}|${RATE}|降了?${NUM}+%|(?:${inOrder(W.againConceded)})(?:降|让)了?${NUM}+(?:[0-9]|${inOrder(W.concededUnits)})*(?=[,.;!?\\s]|$|${inOrder(W.concededEnd)})|${MORE_CONCEDED}|买${NUM}+送${NUM}+|(?<!(?:预算|经费|资金)[^,.;!?]{0,2})报(?:了|的是?)\\s*[0-9零一二三四五六七八九十两](?![0-9零一二三四五六七八九十两.]*(?:天|个月|周|小时))|报的[^,.;!?]{0,12}比[^,.;!?]{1,6}[低高]|报(?:了|一)?(?:个|版|次)[^,.;!?]{0,5}?价|报[^,.;!?\\s]{1,8}?的价(?![值])|出(?:个|一个|一版)[^,.;!?]{0,5}?价(?![值])|[0-9.]+(?:块|元)钱?的?(?:服务费|管理费|手续费|佣金)|${FEE_TALKED}|[0-9.]+(?:元|万)?(?:一|每|/)(?:${inOrder(W.perUnits)})|每(?:${inOrder(W.perUnitsEach)})[0-9.]+|一(?:车次|趟|柜)[0-9][0-9.]*(?:元|块)?(?=[,.;!?\\s]|$)|价(?:格|钱|位)?(?:还|也|都)?(?:能|可以)接受|(?:一|每)个?(?:${inOrder(W.seatKinds)})(?:一年|每年|一个月|每月)[0-9.]+|(?:降|涨)到${NUM}+(?:[0-9.]|[十百千万])*(?:块|元|毛)|${FIGURE_CUT}|${PRICE_COMPARED}|${REQUOTED}|${OUR_EARLIER_QUOTE}|${PRICE_TALKED}`,
      'g',
    ),
  },
  { tag: 'contract', unless: theirOwnWork, pattern: new RegExp(`${OTHER_PAPER_STAMPED}(?:${wordsOf('contract')}|${YEARLY_FRAME})`, 'g') },
  // Orders to start flowing by a time (下周开始下单) follow a deal already won: no close to come.
  {
    tag: 'closing_soon',
    unless: signingPutOff,
    pattern: new RegExp(
      `${SOON}(?:(?!到期)[^.;!?]){0,14}?(?<!${inOrder(W.notSoonBefore)})${SIGN}(?![了过好完]|那个)|${AHEAD}[^,.;!?]{0,6}?(?<!已经|已)${SIGN}了|${NOT_NEGATED}${AFTER_WAITING}(?:${SIGNING_NOW}|(?<!就)(?:${inOrder(W.signingNear)}))${SIGN}|${SOON}[^,.;!?]{0,4}?(?<!${inOrder(W.orderNotNear)})下(?:首|第一)?(?:单|订单|PO|po)(?![了过]|给(?:${inOrder(W.theirOwnUpstream)}))|${SIGN_BY_THEN}|${SETTLED_BY_THEN}|${SIGN_THEN_WHEN}|${wordsOf('closing_soon')}`,
      'g',
    ),
  },
  // A rival said not to be the cause (不是竞品的原因) is no rival in play. The customer's other sites or our other customers
  // (另外两家分店, 另外一家客户) are no other firm in the running.
  {
    tag: 'competitor',
    concern: true,
    pattern: new RegExp(
      `(?<!${inOrder(W.noRivalBefore)}|没有?(?:找|问|看|考虑)|不(?:找|考虑))(?:${wordsOf('competitor')}|${UNNAMED_WINNER}|另外[一两几三]?家(?!${inOrder(W.notAnotherFirm)})|(?<![0-9十百千])[两三四五几多]家(?:供应商|厂家|厂商|品牌)|${BACK_TO_OLD}|${UNNAMED_RIVAL_OFFER}|${RIVAL_ABROAD})`,
      'g',
    ),
  },
  {
    tag: 'delivery',
    concern: true,
    unless: (text, start) => theirOwnWork(text, start) || SAMPLE_BEFORE.test(text.slice(Math.max(0, start - 8), start)),
    pattern: new RegExp(
      `(?<![0-9]%|(?<!完)成)(?:${wordsOf('delivery')}|${SUPPLY})(?!(?:验收|安装|调试)(?:合格)?[前后]?付|[前后]付|[0-9]+(?:%|(?=[\\s,.;!?]|$)))${NAMES_A_CONTRACT}${LONG_PAST}|${IN_PLACE_BY}|前(?:${inOrder(W.beforeModals)})?(?:(?:送|发|供|到)(?:一批|货)|要(?:到)?货)|${GOODS_BY_DAY}|${SOON}[^,.;!?]{0,2}(?:能|要|得|就)开通(?!账号|试用|权限|测试)|${DONE_ON_SITE_BY}|${LATE_GOODS}|${RESTOCK_WITHIN}|${GOODS_HELD_UP}|${GOODS_ARRIVED}|${LEAVES_THE_PLANT}|${GOODS_IN_PARTS}|${GOODS_DUE_BY}|${LATE_AGAIN}`,
      'g',
    ),
  },
  // A subsidy awaited, not in or granted (补贴啥时候下来, 补贴不到位, 补贴批了, 今年有农机补贴), or a loan for it (贷款能批下来), is the money for the purchase; a subsidy policy (等补贴政策出来)
  // or goods named by it (政府补贴的展位) is not. 钱 with a title (钱主管) is a person, and 批量 is a quantity, not 钱批.
  {
    tag: 'budget',
    unless: budgetUnknown,
    pattern: new RegExp(
      `${wordsOf('budget')}|钱(?!${inOrder(W.moneyPeopleTitles)})[^,.;!?]{0,4}(?:批(?!量|发|次)|到位)|补贴(?!政策)[^,.;!?]{0,6}?(?:${inOrder(W.subsidyGranted)})|有[^,.;!?]{0,4}?补贴(?!政策)|贷款[^,.;!?]{0,4}?(?:批|下来|到位|放款)`,
      'g',
    ),
  },
  { tag: 'budget', negatable: false, pattern: /没钱|缺钱/g },
  {
    tag: 'decision_maker',
    negatable: false,
    pattern: new RegExp(
      `${OUR_SIDE}(?:老板(?!${inOrder(W.bossCompounds)})|${THEIR_HEAD_TOLD}|${wordsOf('decision_maker')})${NOT_THERE}${INTRODUCER}`,
      'g',
    ),
  },
  {
    tag: 'approval',
    unless: notTheirApproval,
    pattern: new RegExp(
      `${wordsOf('approval')}|专家论证|${SENT_TO_HEAD_FOR_SIGN_OFF}|${NOT_A_FEATURE}审批(?!流(?!程))|(?:${inOrder(W.meetingBodies)})会(?:上)?(?:已经|已)?(?:${inOrder(W.meetingDecided)})|签报(?!价)|${NOT_CONTRACT}(?:${inOrder(W.headsSigning)})[^,.;!?]{0,5}签字|领导[^,.;!?预资经钱]{0,4}(?:批|签字|审)|${NOT_CONTRACT}(?:${inOrder(W.headsSigned)})(?:已经)?(?:批了|批准|签字|签了字)|(?:${inOrder(W.boards)})[^,.;!?]{0,6}?(?:${inOrder(W.boardActions)}|开(?:了|过)会|定|同意|表决|(?:${inOrder(W.voteAwaited)})投票|投票(?:过|通过)|的?(?:评审|比价)?结果)|(?:院办|校办|局办|党办)[^,.;!?]{0,3}(?:批|审|同意)|${SENT_UP_UNSIGNED}|${HEAD_MEETS_TO_DECIDE}|${HEAD_TO_SIGN_OFF}|${ABOVE_SIGNED_OFF}|(?:上|走)[^,.;!?]{0,8}?(?:${inOrder(W.boardsSentTo)})`,
      'g',
    ),
  },
  {
    tag: 'payment',
    concern: true,
    unless: theirOwnWork,
    pattern: new RegExp(
      `${wordsOf('payment')}|${LETTER_OF_CREDIT}|付${NUM}成|(?<!(?:${inOrder(W.sitesBeforePhases)})[^,.;!?]{0,3})分${NUM}+期(?!${inOrder(W.phasedWorks)})|[月季年]付(?!出)|按?季度(?:付|结)(?!出)|[0-9]+%的?(?:款|预付|首付)|(?<![贷拨])款(?:还|也|已经|已)?(?:没)?(?:到|打|付|结)|(?<![贷拨])款(?:又|一直|还|都)?拖(?:了|着)|(?<![贷拨])款(?:还有|还差|还剩)[^,.;!?\\s]{0,5}?(?:没|未)(?:${inOrder(W.paymentNotDone)})|费(?:还|也|都)?(?:没|未)(?:付|结|交)|${MONEY_COMING_IN}`,
      'g',
    ),
  },
  {
    tag: 'after_sales',
    concern: true,
    unless: (text, start, end) => partsAsGoods(text, start, end) || pastAndSettled(text, start, end),
    pattern: new RegExp(
      `${wordsOf('after_sales')}|${ON_SITE_SERVICE}|运维(?!${inOrder(W.opsNotService)}|的?${OPS_PERSON})|响应(?:${inOrder(W.slowDegrees)})?慢|${BREAKDOWN}|${SERVICE_TIME}|${BATCH_FAULT}|${OUR_GOODS_FAULT}|${REPAIR_TIME}|${GOODS_SENT_BACK}|${SERVICE_CALLED}|${FIX_DEMANDED}`,
      'g',
    ),
  },
  {
    tag: 'churn_risk',
    negatable: false,
    pattern: CHURN,
    unless: (text, start, end) =>
      onlyPartDropped(text, start, end) ||
      incumbentLeft(text, start, end) ||
      (text[start] === '被' && theirBusinessTaken(text.slice(0, start))),
  },
];

/** A software module named after the topic (报价审批流和回款跟踪两个模块, 费控模块): a feature, not a signal. */
const FEATURE_AFTER = /^(?:[\u4e00-\u9fa5]{0,3}(?:模块|子系统)|[^,.;!?]{0,14}[两三四五几]个(?:模块|功能))/;

export function detectTags(text: string): SignalTag[] {
  const tags = new Set<SignalTag>();
  for (const rule of RULES) {
    if (tags.has(rule.tag) || (rule.tag === 'churn_risk' && STAYS.test(text))) continue;
    for (const m of text.matchAll(rule.pattern)) {
      const start = m.index!;
      const end = start + m[0].length;
      if (insideOtherWord(rule.tag, text, start, end) || FEATURE_AFTER.test(text.slice(end)) || rule.unless?.(text, start, end)) continue;
      if (rule.negatable === false || !isNegated(text, start, end, rule.concern === true)) {
        tags.add(rule.tag);
        break;
      }
    }
  }
  return [...tags];
}
