import { z } from 'zod';
import { loadWordFile, words } from '../words/word-file';
import { escapeRegExp, inOrder, insideLongerWord, OUR_OPTION_AFTER } from './text';
import { DEFAULT_BRANDS, NOT_BRANDS, NOT_RIVALS, STANDALONE_BRANDS } from './brands';
import { isPlaceOnly, MAKERS_HOME } from './places';
import { STAGE_NAMES } from './stage-words';

/** The word lists of the patterns below (words/rivals.json): the lists are data, checked at load; the patterns stay here. */
export const RIVAL_WORDS = z.object({
  version: z.literal(1),
  note: z.string(),
  switchVerbs: words,
  inTalksVerbs: words,
  originWords: words,
  incumbentWords: words,
  notWithinWords: words,
  notANameWords: words,
  firmWords: words,
  lineWords: words,
  comparedJudgements: words,
  rivallingWords: words,
  partyWords: words,
  productEndings: words,
  kindEndings: words,
  steelKinds: words,
  personTitles: words,
  propertyWords: words,
  postWords: words,
  makerGoods: words,
  goodsJudged: words,
  countUnits: words,
  weighingLeads: words,
  offerWords: words,
  bidDeeds: words,
  deedOpeners: words,
  askedTopics: words,
  pricedUnits: words,
  parts: words,
  guessWords: words,
  goodsUnits: words,
  notARivalStarts: words,
  notARivalWords: words,
  notARivalEndings: words,
  judgedAfterWords: words,
  notANameAfterVerb: words,
  trailingWords: words,
  ourOwnVerbs: words,
  acceptedWords: words,
  sentVerbs: words,
  partnerWords: words,
  partWantedVerbs: words,
  alongsideVerbs: words,
  inRoundRoles: words,
  countedRoundVerbs: words,
  otherwiseVerbs: words,
  nameEndWords: words,
  powerUnits: words,
  timesAndPieces: words,
  afterFirmWords: words,
  rivallingAdverbs: words,
  leadTimeUnits: words,
  beforeWonOrOut: words,
  beforeChose: words,
  lostOrSettled: words,
  boughtVerbs: words,
  batchWords: words,
  originalPartWords: words,
  quotedLowDegrees: words,
  faultedThings: words,
  faultWords: words,
  goodsFaults: words,
  contractKinds: words,
  sampleSentWhen: words,
  outOfStockWords: words,
  goodTiesWords: words,
  goodsStates: words,
  priceCutAdverbs: words,
  demoWhen: words,
  demoDeeds: words,
  deliveryVerbs: words,
  deliverySlipWhen: words,
  deliveryTopics: words,
  deliverySlipOften: words,
  deliverySlips: words,
  madeVerbs: words,
  madeFaults: words,
  ourShippedThings: words,
  nowOrBefore: words,
  procedureWords: words,
  procedureEndings: words,
  madeAtVerbs: words,
  currentWords: words,
  notTheIncumbent: words,
  partOfLine: words,
  writtenToVerbs: words,
  standardsWrittenTo: words,
  writtenVerbs: words,
  termsMet: words,
  termsFailed: words,
  inTalksWhen: words,
  inTalksDeeds: words,
  failingOften: words,
  failingDeeds: words,
  propertiesWeighed: words,
  levelWords: words,
  contractKindsEnding: words,
  handedOverVerbs: words,
  turningAwayWords: words,
  oldMachineWords: words,
  rivalPeople: words,
  rivalPeopleWhen: words,
  rivalPeopleDeeds: words,
  offerMadeVerbs: words,
  machineInWords: words,
  machineInDeeds: words,
  lateWhen: words,
  usingNowWords: words,
  shortJudgements: words,
  insistWords: words,
  notAnAdverb: words,
  listedGuessWords: words,
  countedDeeds: words,
  countedKinds: words,
  countedInRound: words,
  talkWithWhen: words,
  talkWithDeeds: words,
  quoteWords: words,
  withUsDeeds: words,
  signedWhen: words,
  offerTerms: words,
  offerJudgements: words,
  winnerAgents: words,
  dealWords: words,
  goingForDeal: words,
  ourOffers: words,
  alsoGoingFor: words,
  priceCutDone: words,
  priceCutting: words,
  servesNowWhen: words,
  levelWithUs: words,
  discountOccasions: words,
  usedBeforeWhen: words,
  comparedWith: words,
  weLost: words,
  lossWords: words,
  workedWithWhen: words,
  settledBy: words,
  stillUsedGoods: words,
  stillUsedWhen: words,
  boughtIntoRound: words,
  endedWithVerbs: words,
  endedWithSource: words,
  allAlongWhen: words,
  triedOnceWhen: words,
  triedOnceVerbs: words,
  offersGiven: words,
  awardPapers: words,
  usedOrBoughtWhen: words,
  usedOrBoughtVerbs: words,
  usedGoodsKinds: words,
  offerBargainedWith: words,
  makerGoodsOften: words,
  businessMoved: words,
  moveVerbs: words,
  thatOneAfter: words,
  suppliedBeforeWhen: words,
  complainedOf: words,
  goodsLookedAt: words,
  lookingVerbs: words,
  offerJudgedOf: words,
  offerJudgedBetter: words,
  endedWithToEnd: words,
  allAlongToEndWhen: words,
  allAlongVerbs: words,
  otherUsers: words,
  byHowMuch: words,
  listComparedJudgements: words,
  togetherDeeds: words,
  roundWords: words,
  andWords: words,
  usWords: words,
  ourOwnAdverbs: words,
  goneByAllAlong: words,
  theirPartnerWhen: words,
});
const W = loadWordFile('rivals.json', RIVAL_WORDS);

/**
 * Competitor names as written: known brands, plus names introduced by 选了X / 改用X / 签给了X / 也在问X / 竞品X. 转向 is
 * turning to a rival, not the steering parts of a vehicle (转向架, 转向节, 转向器).
 * The 选 of a selection round (遴选的投标文件, 筛选的, 入选的) or of a word that holds it (a customer named 丝路优选的合同, 精选的,
 * 备选的, 海选的) introduces no one.
 */

const INTRODUCERS = new RegExp(
  `(?:(?<![筛挑评入遴甄候优精备海落])(?:选了|选的(?:是)?)(?!${OUR_OPTION_AFTER})|签给了?|(?:有|有一|一)家叫|${inOrder(W.switchVerbs)}|换了(?![个一新])|(?:也|还|同时)在(?:${inOrder(W.inTalksVerbs)})|决定(?:改)?(?:用|选)|竞品是?|竞争对手(?:应该|可能|估计|主要)?(?:还是)?(?:是|有)?|竞争的(?:有(?!点|些|一点)|是)|对手(?:应该|可能|估计|主要)?(?:还是)?(?:是|有)?|(?:不然|否则|要不然?)(?:就|只能|只好)?(?:续签?|${inOrder(W.otherwiseVerbs)})|转向(?![架节灯器机])|(?:对比|比较|在比)(?:了|一下)?(?:我们|咱们|我司)(?:和|跟|与))`,
  'g',
);
/** Rivals named as such (竞争对手有, 对手是, 竞争的有): what follows may be a list. */
const RIVALS_NAMED = /(?:竞品|对手)(?:应该|可能|估计|主要)?(?:还是)?(?:是|有)?$|竞争的(?:有|是)$/;
const MAX_LISTED = 4;
/** Where a rival is from, said before its name (德国的欧瑞康, 本地的). */
const ORIGIN = new RegExp(`^(?:(?:${MAKERS_HOME.join('|')}|${inOrder(W.originWords)})的)?`);
/** A country said before a maker's name (意大利百利通的二手机, 同时在问葡萄牙的Simoldes): the name is what follows. */
const HOME_BEFORE = new RegExp(`^(?:${MAKERS_HOME.join('|')})的?(?=[A-Za-z\\u4e00-\\u9fa5]{2})`);
/** Voice fillers a rep may say before a name (用的是 那个 中涂化工的). */
const FILLERS = /^(?:\s*(?:那个|这个|就是|嗯+|呃+)\s*)*/;
/** The customer's current supplier: 现在用的是精创的. Only a name owned by 的 counts (not 用的是人工). */
const INCUMBENT = new RegExp(`(?:${inOrder(W.incumbentWords)})`, 'g');
/** Latin brand names may start with a digit (3Shape) but have a letter. */
const LATIN_NAME = /^(?=[0-9]*[A-Za-z])[A-Za-z0-9][A-Za-z0-9&.-]{1,19}/;
/** A CJK name stops at a function word, a verb of comparison or a clause break. */
const CJK_NAME = new RegExp(`^[\\u4e00-\\u9fa5]{2,5}?(?=${inOrder(W.nameEndWords)}|家(?![私具居纺])|[,.;!?\\s]|$)`);
const LATIN_AT_END = /^(?=[0-9]*[A-Za-z])[A-Za-z0-9&.-]{2,19}(?=[,;!?\s]|$)/;
const OWNED_NAME = /^((?=[0-9]*[A-Za-z])[A-Za-z0-9][A-Za-z0-9&.-]{1,19}|[\u4e00-\u9fa5]{2,6}?)的/;
/**
 * A request (让再便宜点), a deal pointed at (这单拿下) or a voice filler (嗯培训也做完了) opens no name. A letter and a figure (换成P3的, P2.5, A4) is a size or a grade of the goods, never a maker: it ends NOT_A_NAME; so is
 * a figure in a unit of power or storage (换成60kVA的, 2PB, 15kW), a screen's resolution (换成4K的, 1080P), an ordinal or a version (选了第二版, 选了B版).
 * Nor does what follows 竞品 when it is no name (不是竞品的原因, 有没有竞品还不清楚), what was expected or waited for (比预想的好,
 * 目前等待公示), nor an amount (我讲三十五万最低了).
 */
/** Never inside a name: us, a time (县里去年装的), or a request at its end (嫌贵让便宜点). */
const NOT_WITHIN = new RegExp(`${inOrder(W.notWithinWords)}|让[再便]|[让请]$`);
const NOT_A_NAME = new RegExp(
  `^(?:${inOrder(W.notANameWords)}|周[一二三四五六日]|有[一两三四五六几多好]|[一两三四五六几]家|[A-Za-z][0-9.]+$|[0-9]+[KkPp]$|[0-9.]+(?:[kKMGTP]?(?:${inOrder(W.powerUnits)}))$|第[一二三四五六七八九十0-9]|[一二两三四五六七八九十几0-9]+(?:${inOrder(W.timesAndPieces)})|[一二两三四五六七八九十0-9]?[版稿](?:方案)?|[0-9一二两三四五六七八九十几]+(?:[百千万亿]+[0-9一二两三四五六七八九十几]*)+(?:块|元)?$|[单每](?:${inOrder(W.pricedUnits)})$)`,
);

interface Span {
  name: string;
  start: number;
  end: number;
}

/** A brand as the substring test and the pattern a message is checked with. */
interface BrandMatcher {
  folded: string;
  pattern: RegExp;
}

/** Each brand's matcher, made once: a message is checked against hundreds of brands. */
const brandMatchers = new Map<string, BrandMatcher>();

function brandMatcher(brand: string): BrandMatcher {
  let matcher = brandMatchers.get(brand);
  if (!matcher) {
    // A Latin name may open with a figure (3M, 3Shape): it is no brand inside a measure (2.3MW) or a longer code.
    const latin = /^[A-Za-z0-9]/.test(brand);
    // A full stop (上会。H3C那边…, read as '.') ends a sentence; only a dot after a figure (2.3MW) is inside a measure.
    const pattern = new RegExp(
      latin ? `(?<![A-Za-z0-9]|[0-9]\\.)${escapeRegExp(brand)}(?![A-Za-z])` : escapeRegExp(brand),
      latin ? 'gi' : 'g',
    );
    matcher = { folded: brand.toLowerCase(), pattern };
    brandMatchers.set(brand, matcher);
  }
  return matcher;
}

/**
 * The built-in brands by the first character of their folded form, each with its place in the list: a message is
 * tried only with the brands whose first character it holds (a few dozen of over a thousand), in list order.
 */
const DEFAULT_BY_FIRST = new Map<string, { rank: number; matcher: BrandMatcher }[]>();
DEFAULT_BRANDS.forEach((brand, rank) => {
  const matcher = brandMatcher(brand);
  const first = [...matcher.folded][0]!;
  const sameFirst = DEFAULT_BY_FIRST.get(first);
  if (sameFirst) sameFirst.push({ rank, matcher });
  else DEFAULT_BY_FIRST.set(first, [{ rank, matcher }]);
});

/** The tenant's brands, then the built-in ones, that the folded text could hold. */
function candidateMatchers(folded: string, tenantBrands: readonly string[]): BrandMatcher[] {
  const builtIn = [...new Set(folded)].flatMap((first) => DEFAULT_BY_FIRST.get(first) ?? []).sort((a, b) => a.rank - b.rank);
  return [...tenantBrands.map(brandMatcher), ...builtIn.map(({ matcher }) => matcher)];
}

/** Where a brand that ends everyday words may start: a clause's start or a word that introduces a maker (格力、美的, 说美的报得). */
const WORD_START_BEFORE = /(?:^|[^\u4e00-\u9fa5]|[和跟与说是用选了虑称])$/;

/** A firm's word after a brand (宇通重工, 中联环境, 海尔集团, 海天国际, a mould shop's 模具), not the goods (中联泵车). */
const FIRM_WORD = new RegExp(`^(?:${inOrder(W.firmWords)})(?=[^\\u4e00-\\u9fa5]|$|${inOrder(W.afterFirmWords)})`);

/** A line named by what it packs or makes (一条小罐茶包装线): the goods, not their maker as a rival. */
const LINE_AFTER = new RegExp(`^(?:${inOrder(W.lineWords)})线`);

/** The brands written in the text, and whether a brand's word was written inside a word that is no brand (富士康, 美的确). */
function brandSpans(text: string, tenantBrands: readonly string[]): { spans: Span[]; passedOver: boolean } {
  const folded = text.toLowerCase();
  const spans: Span[] = [];
  let passedOver = false;
  for (const matcher of candidateMatchers(folded, tenantBrands)) {
    // A plain substring test first: most brands are not in the message at all.
    if (!folded.includes(matcher.folded)) continue;
    for (const m of text.matchAll(matcher.pattern)) {
      const start = m.index!;
      const end = start + m[0].length;
      if (
        insideLongerWord(text, start, end, NOT_BRANDS) ||
        LINE_AFTER.test(text.slice(end)) ||
        (STANDALONE_BRANDS.has(m[0]) && !WORD_START_BEFORE.test(text.slice(Math.max(0, start - 1), start)))
      ) {
        passedOver = true;
        continue;
      }
      // A brand written with its firm's word (宇通重工, 中联环境) is that firm, as written.
      const firm = /^[\u4e00-\u9fa5]/.test(m[0]) ? text.slice(end).match(FIRM_WORD)?.[0] : undefined;
      spans.push(firm ? { name: m[0] + firm, start, end: end + firm.length } : { name: m[0], start, end });
    }
  }
  return { spans, passedOver };
}

/**
 * 比X贵 / 比X便宜: X is a rival when it is a name (up to six CJK characters, never across 的), not 我们 or 去年; its model
 * (比奇美757好) or its agent (比科思创的代理贵) may stand between.
 */
const COMPARED = new RegExp(
  `(?<![对相类评占])比(?![较价])((?=[0-9]*[A-Za-z])[A-Za-z0-9]{2,16}|(?:(?![的我跟和与])[\\u4e00-\\u9fa5]){2,6}?)(?:[A-Za-z]*[0-9][A-Za-z0-9-]*)?(?:的(?:代理商?|经销商|报价|价格|价)?)?(?:${inOrder(W.comparedJudgements)}|差(?!不多)|(快|慢)(?![递件车线]))`,
  'g',
);

/** 跟X在比 / 和X竞争: X is a rival (not 跟客户比价, 跟财务比对, nor the process: 合页和滑撑要走比选). */
const RIVALLING = new RegExp(
  `(?:跟|和|与|在比)((?=[0-9]*[A-Za-z])[A-Za-z0-9]{2,16}|(?:(?![的对])[\\u4e00-\\u9fa5]){2,6}?[A-Za-z0-9]{0,8})(?:也|又|还|都)?(?:在|正在)?(?:${inOrder(W.rivallingAdverbs)})?(?:(?:的(?:(?!对)[\\u4e00-\\u9fa5]){0,4}?)?比(?![对较如选例率重分])|${inOrder(W.rivallingWords)}|的?(?:做|在做|进行)?(?:个|一个|一下)?对比)`,
  'g',
);
const A_PARTY = new RegExp(`^(?:${inOrder(W.partyWords)})`);

/** What is switched to may be a kind of product (改用多联机, 换成智慧黑板), not a maker: a CJK name ending in a product word. */
const A_PRODUCT = new RegExp(`[\\u4e00-\\u9fa5](?:${inOrder(W.productEndings)})$`);
/**
 * A material, a cost or a kind (原材料, 铜价, 白色, 大款, 螺纹钢, 岩棉, 玻璃棉, 水电, 用电), never a maker; a mill named by its
 * place (河钢, 鞍钢) is one, and so is a power-equipment maker (哈电, 东电).
 */
const A_KIND = new RegExp(`(?:${inOrder(W.kindEndings)})$|(?:${inOrder(W.steelKinds)})钢$`);
/** A name that is a person (王经理, 张总, 李工: a surname and 工, not a firm's 化工 or 重工) or a party of the deal, never a rival. */
const PERSON_OR_PARTY = new RegExp(`^[\\u4e00-\\u9fa5]工$|(?:${inOrder(W.personTitles)})$|^[老小][\\u4e00-\\u9fa5]$`);
/**
 * What is switched to may be a property of the goods (换成可降解的, 改用无线的, 换成带屏的), not a maker: a name that
 * opens with a word of what the goods can do or are made of, or of how a chiller works (换成磁悬浮, 改用风冷的).
 */
const A_PROPERTY = new RegExp(`^(?:${inOrder(W.propertyWords)})`);
/** Someone in a post (换了新店长, 换了培训负责人): a person replaced, not a maker switched to. */
const A_POST = new RegExp(`(?:${inOrder(W.postWords)})$`);
/** One character of a CJK name: none of the function words a clause runs through (他们说…), nor 最 or 更 (单价最低 is how low, no name; 鸿鹄环保最低 names 鸿鹄环保; 鹿客价格更低 names 鹿客). */
const NAME_CHAR = '(?:(?![说讲的是了们在和跟与也都还就把被给对向从比报拿用最更]|中[标了])[\\u4e00-\\u9fa5])';
/** A rival's name: Latin, or CJK without the function words a clause runs through (他们说…). */
const NAME_SOURCE = `(?=[0-9]*[A-Za-z])[A-Za-z0-9&.-]{2,16}|${NAME_CHAR}{2,6}`;
/** Taking part in a round (报了名, 买了文件, 都报了): the makers named before it are bidders. */
const BID = `(?:${inOrder(W.bidDeeds)}|报了(?=[,.;!?\\s]|$))`;
const DEED_START = `(?:^|[,.;!?\\s、:"']|${inOrder(W.deedOpeners)})`;
/** The same name read shortest first, where what follows it (直供的货, 的热卷报价) would otherwise be read into it. */
const SHORT_NAME = `${NAME_SOURCE}?`;
/** Words for goods a maker makes, by which the maker is named (马钢的料, 鞍钢的板子, 昆仑的齿轮油). */
const MAKER_GOODS = inOrder(W.makerGoods);
/** What is said of such goods: their price or a fault (便宜, 开裂, 色差, 投诉多, 质量不行). */
const GOODS_JUDGED = inOrder(W.goodsJudged);
/** Not a count or a span of time (用了三天的, 找过两家的). */
const NOT_A_COUNT = `(?![0-9一二三四五六七八九十两几半多]+(?:${inOrder(W.countUnits)}))`;
const NUM_WORD = '[0-9一二三四五六七八九十两]';
/** 低 opening a measure (超低温, 低压, 低噪音): a property of the goods, not a price lower than ours. */
const NOT_A_LOW_MEASURE = '(?![温压速噪碳频氮耗排])';
/** Weighing as a deed (在比较, 要对比, 在比), not 比较 the adverb (比较看重续航和售后网点). */
const WEIGHING = `(?:(?:${inOrder(W.weighingLeads)})(?:比较|对比)|对比(?=了|一下)|比较了(?!解)|在比(?!较)|比一比|比比看|比一下)`;
/** What of a maker is weighed, said after its name (对比了X和Y的报价). */
const OFFER_OF = `(?:的(?:${inOrder(W.offerWords)})?)?`;
/** A clause ends here. */
const CLAUSE_END = '(?=[,.;!?\\s]|$)';
/** A name that ends as goods, a batch, a phase or a project (样机, 灯管, 电芯外箱, 这批, 二期, 新方案, 改造项目): no maker. */
const NOT_GOODS = '(?<![机器仪车泵阀件料剂板管线灯屏柜货款型期批台套案统备配缸箱盒袋目程])';
/** A figure quoted (280, 两百八, 30天), not a count of one (报一下, 报一版). */
const QUOTED_FIGURE = `${NUM_WORD}+[0-9.]*(?:[百千万块元毛角天周%个]|[,.;!?\\s]|$)`;
/** A figure of time to delivery (4个月, 30天, 六周). */
const LEAD_TIME = `${NUM_WORD}+(?:个)?(?:${inOrder(W.leadTimeUnits)})`;
/** What the customer may ask about, listed like makers (参数和价格都问过了): no maker. */
const NOT_A_SUPPLIER_ASKED = new RegExp(`^(?:${inOrder(W.askedTopics)})$`);
/** A measure of the goods said before a price (一台便宜两万八, 每吨贵两百). */
const PER_UNIT = `(?:一|每|单)(?:${inOrder(W.pricedUnits)})`;
/**
 * A rival said where only a rival stands, its name unknown to the brand list: the one we lost to (输给了勇猛), the
 * winner (桂林橡机中了, Quick出局 said of the loser), the one chosen or not (还是选海林, 没选欧马可), what they bought or
 * must use (去年买的哈电那批, 用东方电机原厂件), its quote (莱利那边报一百五, 报价压得很低), its service or goods faulted
 * (TechnoAlpin的售后太慢, 海林的阀确实毛病多, 文灿的压铸件气孔率超标), its contract not renewed (喔趣到期不续了), its
 * moves on the customer (被嘉园环保压下来, 三芳在送免费样品, 冠珠那边断货, 跟巴特勒那边关系不错, 莱利的人去了三趟).
 */
const RIVAL_POSITIONS = [
  new RegExp(`输给(?:了)?(${NAME_SOURCE})`, 'gd'),
  new RegExp(`${DEED_START}(${SHORT_NAME})的?(?:${inOrder(W.beforeWonOrOut)})?(?:中了|出局了?|落选了?|被淘汰了?)${CLAUSE_END}`, 'gd'),
  new RegExp(`(?:${inOrder(W.beforeChose)})选(?:了|的是?)?(${NAME_SOURCE})了?${CLAUSE_END}`, 'gd'),
  new RegExp(`(?:没有?|不)选(?![型择购])(${NAME_SOURCE})(?=[,.;!?\\s]|$|的)`, 'gd'),
  // Two weighed against each other (在比较古野和佳明): each is a rival unless we say it is ours.
  new RegExp(`${WEIGHING}(?:了|一下)?(${SHORT_NAME})(?=(?:和|跟|与)(?!我们|咱们|我司)(?:${NAME_SOURCE})${OFFER_OF}${CLAUSE_END})`, 'gd'),
  new RegExp(`${WEIGHING}(?:了|一下)?(?:${SHORT_NAME})(?:和|跟|与)(?!我们|咱们|我司)(${NAME_SOURCE})${OFFER_OF}${CLAUSE_END}`, 'gd'),
  new RegExp(`切给了?(${NAME_SOURCE})`, 'gd'),
  new RegExp(
    `(?:${inOrder(W.lostOrSettled)})[,.;!?\\s]+[^,.;!?\\s]{0,8}?(?:最后|最终|结果)?(?:还是)?给了(?![个一两几这那])(${NAME_SOURCE})${CLAUSE_END}`,
    'gd',
  ),
  new RegExp(`(?:${inOrder(W.boughtVerbs)})(?:了|的)(${SHORT_NAME})那(?:${inOrder(W.batchWords)})`, 'gd'),
  new RegExp(`用(?:的是?|了)?(${SHORT_NAME})原厂(?:${inOrder(W.originalPartWords)})?`, 'gd'),
  new RegExp(`${DEED_START}(${NAME_SOURCE})(?:那边|那家)(?:报价|报)(?:了|是|的是)?(?=[0-9一二三四五六七八九十两])`, 'gd'),
  new RegExp(`问(${SHORT_NAME})的(?:[\\u4e00-\\u9fa5]{0,4}?)比(?:我们|咱们|我司)(?:的)?(?:还|更)?(?:便宜|低|贵|好)`, 'gd'),
  new RegExp(
    `${DEED_START}(${NAME_SOURCE})(?:那边|那家)?(?:报价|价格|报的价)(?:压得|报得|给得|开得)(?:${inOrder(W.quotedLowDegrees)})?(?:低|便宜)`,
    'gd',
  ),
  new RegExp(`${DEED_START}(${NAME_SOURCE})(?:的)?${PER_UNIT}(?:比(?:我们|咱们|我司))?(?:还|更|要)?(?:便宜|低)`, 'gd'),
  new RegExp(
    `${DEED_START}(${SHORT_NAME})的[\\u4e00-\\u9fa5A-Za-z]{0,4}?(?:${inOrder(W.faultedThings)})[^,.;!?\\s]{0,6}?(?:${inOrder(W.faultWords)}|毛病(?:挺|很|特别|确实)?多|问题(?:挺|很|特别|确实)?多|${inOrder(W.goodsFaults)})`,
    'gd',
  ),
  new RegExp(`${DEED_START}(${NAME_SOURCE})(?:的)?(?:合同)?到期(?:后)?(?:就)?(?:不续|不再续|不续约|不续签)`, 'gd'),
  // Its contract named, then not renewed (日立那边的维保合同6月到期 到期不续了).
  new RegExp(
    `${DEED_START}(${NAME_SOURCE})(?:那边|那家)?的?(?:${inOrder(W.contractKinds)})?合同[^.;!?]{0,10}?到期[^.;!?]{0,6}?(?:不续|不再续|不续约|不续签)`,
    'gd',
  ),
  // Its goods or ours as the customer's choice, counted (要上两台维特根的铣刨机或者我们的).
  new RegExp(`[台套个辆种款](${SHORT_NAME})${NOT_GOODS}的[\\u4e00-\\u9fa5A-Za-z0-9]{0,6}?(?:或者|或是|还是|或)(?:我们|咱们|我司)的`, 'gd'),
  new RegExp(`被(${SHORT_NAME})(?:给)?(?:压下来|压下去|压住|比下去)`, 'gd'),
  new RegExp(
    `${DEED_START}(${NAME_SOURCE})(?:${inOrder(W.sampleSentWhen)})?(?:在|正在)?(?:给(?:他们|客户|对方))?(?:免费)?(?:送|寄)(?:了)?(?:免费的?)?样品`,
    'gd',
  ),
  new RegExp(`${DEED_START}(${NAME_SOURCE})(?:最近|一直|也|又)?(?:在|正在)?想挖(?:单|墙脚|客户|人)`, 'gd'),
  new RegExp(`${DEED_START}(${NAME_SOURCE})(?:那边|那家|他们家)(?:又|也|一直|最近)?(?:${inOrder(W.outOfStockWords)})`, 'gd'),
  new RegExp(`(?:跟|和|与)(${NAME_SOURCE})(?:那边|那家|他们家)(?:的)?关系(?:${inOrder(W.goodTiesWords)})`, 'gd'),
  new RegExp(`${DEED_START}(${NAME_SOURCE})的人(?:已经|以经|都|也)?(?:去了|去过|跑了)${NUM_WORD}+(?:趟|次|回)`, 'gd'),
  // The subject of a supplier's act, whoever it is: it quoted lower or a figure (华兴玻璃那边报低了两毛, 宁波水表那边一只才报280,
  // 马士基报的30天), its goods cost only so much or less by so much (宝马格二手的才四十来万, 久吾的方案便宜四十万).
  new RegExp(
    `${DEED_START}(${NAME_SOURCE})(?:那边|那家|他们家)?(?:${PER_UNIT})?(?:才|只|就|只要)?(?:报(?:价|得)?(?:了|的)?(?:低|便宜)了?|报(?:了|的|价)?(?:是)?(?=${QUOTED_FIGURE}))`,
    'gd',
  ),
  new RegExp(
    `${DEED_START}(${SHORT_NAME})${NOT_GOODS}(?:${inOrder(W.goodsStates)})?的[\\u4e00-\\u9fa5]{0,4}?(?:${PER_UNIT})?(?:才|只要|只卖|只)(?:${NUM_WORD}|几)`,
    'gd',
  ),
  new RegExp(`${DEED_START}(${SHORT_NAME})${NOT_GOODS}的[\\u4e00-\\u9fa5]{0,4}?(?:便宜|低)了?(?:${NUM_WORD}|几|好几)`, 'gd'),
  // It cut its price by so much (楚天直接降了十几个点), not a cost, a rate or a measure falling (成本降了两个点, 良率降了5%).
  new RegExp(
    `${DEED_START}(${NAME_SOURCE})(?<![本润率量耗价费额算速能绩温度压])(?:那边|那家)?(?:${inOrder(W.priceCutAdverbs)}|一下子?)?(?:降了|让了|砍了|便宜了)(?:${NUM_WORD}|几|好几)+(?:个百分点|个点|点|%|块|万|千|百)`,
    'gd',
  ),
  // It demonstrated, quoted or sampled to the customer too (曙光数创也给他们演示过).
  new RegExp(
    `${DEED_START}(${NAME_SOURCE})(?:${inOrder(W.demoWhen)})?(?:也|都|又)?(?:已经)?给(?:他们|客户|对方|人家)(?:也)?(?:${inOrder(W.demoDeeds)})`,
    'gd',
  ),
  // It delivers sooner (安德里茨能4个月交) or its deliveries slip (嘉立创最近交期老是延).
  new RegExp(
    `${DEED_START}(${NAME_SOURCE})(?:那边|那家)?(?:说)?(?:能|可以|只要|只需要?|才)(?:${LEAD_TIME})(?:就|内|以内)?(?:能)?(?:${inOrder(W.deliveryVerbs)}|到(?=[,.;!?\\s]|$))`,
    'gd',
  ),
  new RegExp(
    `${DEED_START}(${NAME_SOURCE})(?:那边|那家)?(?:${inOrder(W.deliverySlipWhen)})?(?:的)?(?:${inOrder(W.deliveryTopics)})(?:${inOrder(W.deliverySlipOften)})?(?:${inOrder(W.deliverySlips)})`,
    'gd',
  ),
  // What it made or supplied failed (就是天润做的2.5MW风机齿轮箱出了质量问题).
  new RegExp(
    `${DEED_START}(?:就是|都是|是)?(${SHORT_NAME})(?:${inOrder(W.madeVerbs)})的(?:[^,.;!?\\s]|(?<=[0-9])\\.(?=[0-9])){0,14}?(?:出了?(?:质量)?问题|有(?:质量)?问题|${inOrder(W.madeFaults)})`,
    'gd',
  ),
  // The customer's supplier now, by the verb of being supplied: shipped through (现在走DHL), made at (现在在深南打样,
  // 现在都在嘉立创打), not a procedure (走流程) nor our own goods sent (样品现在走顺丰寄过去).
  new RegExp(
    `(?<!(?:${inOrder(W.ourShippedThings)})[^,.;!?\\s]{0,4})(?:${inOrder(W.nowOrBefore)})(?:一直|都|主要)?走(?![得着了过量货]|${inOrder(W.procedureWords)})(?:的是?)?(${NAME_SOURCE})(?<![寄发送运过去来]|${inOrder(W.procedureEndings)})${CLAUSE_END}`,
    'gd',
  ),
  new RegExp(`(?:${inOrder(W.nowOrBefore)})(?:一直|都|主要)?在(${SHORT_NAME})(?:那边|那家|家)?(?:${inOrder(W.madeAtVerbs)})`, 'gd'),
  // The incumbent complained of (对现在的开元物业意见很大), not the service or the goods (对现在的价格意见很大).
  new RegExp(
    `对(?:${inOrder(W.currentWords)})的?(?!${inOrder(W.notTheIncumbent)})(${SHORT_NAME})${NOT_GOODS}(?:的[\\u4e00-\\u9fa5]{1,4})?(?:意见(?:很|挺|特别|比较)?大|很?不满意?|有意见|不太满意)`,
    'gd',
  ),
  // Its part of the line replaced by ours (劲拓那部分也换成我们的, 把海湾的主机换成我们的); what is replaced, said without
  // ours (把桶装水换掉, 把窑炉的温控全部换掉), may be goods.
  new RegExp(
    `${DEED_START}(${SHORT_NAME})${NOT_GOODS}(?:${inOrder(W.partOfLine)}|的(?:那部分|部分|设备|机器))(?:也|都|全)?(?:要)?(?:换成|换掉|改成|替换成)(?:我们|咱们|我司)`,
    'gd',
  ),
  new RegExp(`把(${SHORT_NAME})${NOT_GOODS}的[\\u4e00-\\u9fa5]{0,4}?(?:也|都|全)?(?:换成|替换成|改成)(?:我们|咱们|我司)`, 'gd'),
  // A tender written to its goods (参数是照着福龙马写的), not to a standard (照着国标写的).
  new RegExp(
    `(?:${inOrder(W.writtenToVerbs)})(?!${inOrder(W.standardsWrittenTo)})(${SHORT_NAME})(?:的[\\u4e00-\\u9fa5]{0,4}?)?(?:${inOrder(W.writtenVerbs)})的`,
    'gd',
  ),
  // Us and it both meeting a tender's terms, or it failing them beside us (我们和诺亚都满足 钛米的不满足).
  new RegExp(`(?:我们|咱们|我司)(?:和|跟|与)(${NAME_SOURCE})都(?:${inOrder(W.termsMet)})`, 'gd'),
  new RegExp(
    `(?:我们|咱们|我司)(?:和|跟|与)(?:${NAME_SOURCE})都(?:满足|符合|达标|能满足)[^.;!?]{0,4}?${DEED_START}(${NAME_SOURCE})的?(?:${inOrder(W.termsFailed)})`,
    'gd',
  ),
  // The customer in talks with it (听说他们在跟久吾高科接触), not with its own people, head office or a bank.
  new RegExp(
    `(?:他们|客户|对方|人家)(?:${inOrder(W.inTalksWhen)})*(?:在|正在)?(?:跟|和|与)(${NAME_SOURCE})(?:在)?(?:${inOrder(W.inTalksDeeds)})`,
    'gd',
  ),
  // Ranked first in a tender beside our rank (我们第二 X第一, X排第一 我们排第三).
  new RegExp(`(?:我们|咱们|我司)(?:排)?第[二三四五](?:名)?[,;\\s]+(${SHORT_NAME})(?:排)?第一(?:名)?${CLAUSE_END}`, 'gd'),
  new RegExp(`${DEED_START}(${SHORT_NAME})(?:排)?第一(?:名)?[,;\\s]+(?:我们|咱们|我司)(?:排)?第[二三四五]`, 'gd'),
  // Its quote to a customer named, beside ours (X给金河报了170 我们报185, X给蓝鲸报的价比我们低): a figure may hold a dot.
  new RegExp(
    `${DEED_START}(${NAME_SOURCE})给[^,.;!?\\s]{2,12}?报(?:了|到|的|价)(?:[^.;!?]|(?<=[0-9])\\.(?=[0-9])){0,20}?(?:(?:我们|咱们|我司)(?:报|的)|比(?:我们|咱们|我司))`,
    'gd',
  ),
  // Supplying them now (X在供, 进口的): the incumbent.
  new RegExp(`${DEED_START}(${NAME_SOURCE})(?:一直|现在|目前)?在供(?:货)?${CLAUSE_END}`, 'gd'),
  // Its goods failing in use (X的轨道衡老出故障, X的制动器用了两个月就出问题), not goods or a place named by their kind
  // (鼓风机的轴承, 冷库的压缩机).
  new RegExp(
    `${DEED_START}(${SHORT_NAME})${NOT_GOODS}(?<![库房间炉站厂])的[\\u4e00-\\u9fa5A-Za-z]{1,6}?(?:用了[^,.;!?\\s]{1,6}?)?(?:${inOrder(W.failingOften)}|动不动就?)(?:${inOrder(W.failingDeeds)}|卡(?!着|住了?[我他])|死机|报错|漏)`,
    'gd',
  ),
  // Our goods judged level with its (寿命跟X差不多, 精度和X一样): a property weighed against a maker's.
  new RegExp(
    `(?:[\\u4e00-\\u9fa5]{1,3}性|${inOrder(W.propertiesWeighed)})(?:上)?(?:跟|和|与)(${SHORT_NAME})${NOT_GOODS}(?:的)?(?:${inOrder(W.levelWords)})`,
    'gd',
  ),
  // Whom the customer threatens to turn to (再拖就要找X了, 再不降就换成X).
  new RegExp(`再[^,.;!?\\s]{1,6}?就(?:要|只能|只好|得)?(?:找|换成?|改用|转给?)(${SHORT_NAME})(?=了|[,.;!?\\s]|$)`, 'gd'),
  // The incumbent's contract running out, its share coming to us (X的合同8月底到期 到时候切一部分给我们, 8月X合同到期后先切给我们).
  new RegExp(
    `(?:${DEED_START}|[0-9一二三四五六七八九十]月(?:底|初|中)?)(${SHORT_NAME})(?<!${inOrder(W.contractKindsEnding)})(?:那边|那家)?的?合同[^.;!?]{0,10}?到期[^.;!?]{0,16}?(?:${inOrder(W.handedOverVerbs)})[^.;!?]{0,8}?(?:我们|咱们|我司)`,
    'gd',
  ),
  // Unhappy with whom they have, and turning to us or away (对X不太满意 想重新跟我们合作), not with the goods or the service.
  new RegExp(
    `对(?:现在|目前|原来)?的?(?!${inOrder(W.notTheIncumbent)})(${NAME_SOURCE})(?:的[\\u4e00-\\u9fa5]{1,4})?(?:很|挺|特别|比较)?(?:不太满意|不满意|不满|意见(?:很|挺|特别|比较)?大)[^.;!?]{0,6}?(?:想|要|打算|准备)(?:${inOrder(W.turningAwayWords)})`,
    'gd',
  ),
  // The old machine is its (老机器是X的, 原来那台是X的).
  new RegExp(`(?:老|旧|原来的?|以前的?|之前的?|现有的?)(?:${inOrder(W.oldMachineWords)})(?:是|用的是?)(${SHORT_NAME})${NOT_GOODS}的`, 'gd'),
  // The same with the goods named (老的排课系统是青鸟的, 原来的揉捻机是上洋的).
  new RegExp(
    `(?:老的|旧的|原来的?|以前的|之前的|现有的?)[\\u4e00-\\u9fa5A-Za-z]{1,6}?(?:是|用的是?)(${SHORT_NAME})${NOT_GOODS}的${CLAUSE_END}`,
    'gd',
  ),
  // Its price set against ours (X的二手机价格只有我们新机一半), or ours a share of its (价格只有X的一半).
  new RegExp(`${DEED_START}(${SHORT_NAME})${NOT_GOODS}的[\\u4e00-\\u9fa5]{0,6}?(?:价格|报价|价钱)?只有(?:我们|咱们|我司)`, 'gd'),
  new RegExp(`(?:价格|报价|价钱)?只有(${SHORT_NAME})${NOT_GOODS}的(?:一半|[二三四五六七八九]成|[0-9]+%|三分之[一二])`, 'gd'),
  // Its people at the customer (X的代理在搞促销, X的区域经理去找陈老板了); a Latin maker's 人 (Viessmann的人也去了).
  new RegExp(
    `${DEED_START}(${NAME_SOURCE})的(?:代理商?|${inOrder(W.rivalPeople)})(?:${inOrder(W.rivalPeopleWhen)})*(?:${inOrder(W.rivalPeopleDeeds)})`,
    'gd',
  ),
  new RegExp(`${DEED_START}((?=[0-9]*[A-Za-z])[A-Za-z0-9&.-]{2,16})的人(?:也|都|已经|又)*(?:去|来)`, 'gd'),
  // Its offer to the customer (X给他们做了个专卖店补贴).
  new RegExp(
    `${DEED_START}(${NAME_SOURCE})给(?:他们|客户|对方|人家)(?:${inOrder(W.offerMadeVerbs)})?了?(?:个|一个)?[\\u4e00-\\u9fa5]{0,4}?(?:补贴|返点|返利|赠品)`,
    'gd',
  ),
  // Its machine already in (X的那台已经装好了).
  new RegExp(
    `${DEED_START}(${SHORT_NAME})${NOT_GOODS}的那(?:${inOrder(W.machineInWords)})(?:已经|都|也)?(?:${inOrder(W.machineInDeeds)})`,
    'gd',
  ),
  // It cut its price again (X又降价了), not goods or a cost getting cheaper.
  new RegExp(`${DEED_START}(${NAME_SOURCE})(?<![件料材机器油钢板管费价池片货])(?:又|也|再次)(?:降价|压价|打折|让价)了`, 'gd'),
  // It delivers late again (X这个月又延迟交货).
  new RegExp(`${DEED_START}(${SHORT_NAME})(?:那边|那家)?(?:${inOrder(W.lateWhen)})*(?:延迟|推迟|拖延|延误)(?:交货|发货|到货|交付)`, 'gd'),
  // A Latin name the customer uses now (现在用Zoom), a CJK maker named with its model (一直用奇美757).
  new RegExp(`(?:${inOrder(W.usingNowWords)})(?:都|一直|主要)?(?:在)?用((?=[0-9]*[A-Za-z])[A-Za-z0-9&.-]{2,16})(?=[,.;!?\\s]|$|的)`, 'gd'),
  new RegExp(
    `(?:${inOrder(W.usingNowWords)})(?:都|一直)?(?:用|买|拿|进)(?:的是?)?(${NAME_CHAR}{2,4}?)(?=[A-Za-z]*[0-9][A-Za-z0-9-]*)`,
    'gd',
  ),
  // Asked of it beside us (问了X和我们), dearer or cheaper than us by so much (X贵一千多).
  new RegExp(`问了(${NAME_SOURCE})(?:和|跟)(?:我们|咱们|我司)`, 'gd'),
  new RegExp(`问了(?:我们|咱们|我司)(?:和|跟)(${NAME_SOURCE})${CLAUSE_END}`, 'gd'),
  new RegExp(`${DEED_START}(${NAME_SOURCE})(?:比(?:我们|咱们|我司))?贵了?(?:${NUM_WORD}|几)`, 'gd'),
  // Its goods judged short (说北森太贵 Moka功能不够).
  new RegExp(`${DEED_START}(${SHORT_NAME})${NOT_GOODS}(?<![台站])的?(?:功能|性能|稳定性)(?:${inOrder(W.shortJudgements)})`, 'gd'),
];
/**
 * The maker the customer insists on (锅炉就要X的, 点名要X或者Y的) or no longer weighs (就不考虑X了): what follows may be a kind
 * of goods (就要不锈钢的, 不考虑二手了), so product and property words are no names.
 */
const WANTED = [
  new RegExp(`(?:${inOrder(W.insistWords)})要(${SHORT_NAME})(?=(?:(?:或者|或|还是|和)(?:${NAME_SOURCE}))?的${CLAUSE_END})`, 'gd'),
  new RegExp(`(?:${inOrder(W.insistWords)})要(?:${SHORT_NAME})(?:或者|或|还是|和)(${NAME_SOURCE})的${CLAUSE_END}`, 'gd'),
  // Dropped on a condition we can meet (只要…就不考虑X了): not a plan dropped (就不考虑扩产了).
  new RegExp(`只要[^.;!?]{1,24}?就不(?:再)?考虑(${SHORT_NAME})了?${CLAUSE_END}`, 'gd'),
  // Whose goods they turn to, keep or drop (下个月开始用万兴的, 再这样就换威索的了, 想继续用G7的, 不再用三角的了).
  new RegExp(`(?:开始|改|换|继续|不再|别再|不用)用(${SHORT_NAME})的了?${CLAUSE_END}`, 'gd'),
  new RegExp(`就(?:要)?换(?:成)?(${SHORT_NAME})的了?${CLAUSE_END}`, 'gd'),
  // A machine of its they have (手上有一台X的旧机).
  new RegExp(`有(?:${NUM_WORD}|几)?[台套](${SHORT_NAME})${NOT_GOODS}的(?:旧|老|二手)?(?:机|设备|机器|机子)`, 'gd'),
];
const NOT_AN_ADVERB = `(?!${inOrder(W.notAnAdverb)})`;
/** Rivals listed as visitors or bidders (利拉伐和基伊埃都来过了, 冠美和健威肯定也会投, 海狮和伊莱克斯都去过了, 基伊埃 博美特也都投了, 天冰 德美科 肯定都来). */
const LISTED_BIDDERS = new RegExp(
  `${DEED_START}((?:${NAME_SOURCE})(?:[\\s、和]${NOT_AN_ADVERB}(?:${NAME_SOURCE})){1,4})\\s*(?:${inOrder(W.listedGuessWords)})?(?:也|都)(?:会)?(?:来过了?|去过了?|来看过了?|来交流过|来|投了?|报了名|报名了|参加了?|买了标书)`,
  'gd',
);
/** One name of a list, followed by the list's next separator or its end. */
const LISTED_NAME = `(?:${NAME_SOURCE})(?=[\\s、,.;!?:]|$|和|还有|以及|一起)`;
/**
 * Us and rivals counted (我们跟桂林橡机、湛江农垦机械三家投, 邀请了我们、中外运和嘉里三家), or the count, us, then the
 * others (三家:我们、科华、伊顿; 三家 我们 诺亚 还有一家优必选), or the count then the names (找了三家比价 有柳州的桂糖机械).
 */
const COUNTED_WITH_US = new RegExp(
  `(?:我们|咱们|我司)(?:和|跟|与|、|,)((?:${NAME_SOURCE})(?:[、和,](?:${NAME_SOURCE})){0,3})[两三四五几]家(?:一起)?(?=${inOrder(W.countedDeeds)}|[,.;!?\\s]|$)`,
  'gd',
);
const COUNT_US_FIRST = new RegExp(
  `[两三四五六几]家(?:${inOrder(W.countedKinds)})?(?:${inOrder(W.countedInRound)})?[\\s:,]*(?:我们|咱们|我司|咱家)(?:[\\s、,]+|、)(${LISTED_NAME}(?:(?:[\\s、,]+|和|[\\s、,]*还有(?:一家)?)${LISTED_NAME}){0,4})`,
  'gd',
);
/** What the customer asked makers, listed (ASM和Yamaha都问过了), not the topics asked about (参数和价格都问过了). */
const LISTED_ASKED = new RegExp(
  `${DEED_START}((?:${NAME_SOURCE})(?:[\\s、,和]${NOT_AN_ADVERB}(?:${NAME_SOURCE})){1,4})\\s*(?:他们|客户)?(?:也)?都(?:问过了?|问了|找过了?|联系过了?|接触过了?|谈过了?|询过价了?)`,
  'gd',
);
/** The customer talking or signed with one or more others (他们还在跟奥镁谈, 跟荣庆和京东冷链都在谈, 听说他们跟柯力签了). */
const THEY_TALK_WITH = new RegExp(
  `(?:他们|客户|对方|人家)(?:${inOrder(W.talkWithWhen)})*(?:在|正在)?(?:跟|和|与)((?:${NAME_SOURCE})(?:[、,和](?:${NAME_SOURCE})){0,3})(?:也|都)?(?:在)?(?:${inOrder(W.talkWithDeeds)})(?=了|着|[,.;!?\\s]|$)`,
  'gd',
);
/** The makers weighed, named after the weighing (对比的是汇中和宁水), not the topics weighed (对比的是价格和交期). */
const WEIGHED_ARE = new RegExp(
  `(?:对比|比较|比选|比)的(?:主要)?是((?:${NAME_SOURCE})(?:[、,和](?:${NAME_SOURCE})){0,3})${CLAUSE_END}`,
  'gd',
);
/** The others in the round named (另外两家是健威和一家本地厂). */
const THE_OTHERS = new RegExp(`另外(?:[两三四几]家|一家)(?:是|有)((?:${NAME_SOURCE})(?:[、和](?:${NAME_SOURCE})){0,3})`, 'gd');
const COUNTED_THEN_NAMED = new RegExp(
  `[两三四五几]家(?:${inOrder(W.countedRoundVerbs)})[,\\s]*(?:有|包括)(?:[\\u4e00-\\u9fa5]{2,3}的)?((?:${NAME_SOURCE})(?:[、和](?:${NAME_SOURCE})){0,3})${CLAUSE_END}`,
  'gd',
);

/**
 * A rival seen by what it does: it quoted (保龄宝报了18, 亨斯迈给的是16200, 紫江报价比我们低8%),
 * it won (京东物流拿下了), it is the incumbent (目前用的嘉吉, 现在的供应商奇华顿), or it bids beside us
 * (和裕同、合兴一起比价). `d`: the name's own position is needed.
 */
const DEEDS = [
  new RegExp(
    `${DEED_START}(${NAME_SOURCE})(?:的|那边|那家)?(?:${inOrder(W.quoteWords)})?(?:比(?:我们|咱们|我司))?(?:还|更|最)?(?:低${NOT_A_LOW_MEASURE}|便宜)`,
    'gd',
  ),
  // Its price said too low to beat (鑫彩价格实在低).
  new RegExp(`${DEED_START}(${SHORT_NAME})(?:的|那边|那家)?(?:${inOrder(W.quoteWords)})(?:实在|太|真)(?:低|便宜)`, 'gd'),
  new RegExp(`${DEED_START}(${NAME_SOURCE})(?:和|跟)(?:我们|咱们|我司)都`, 'gd'),
  // The same said with us first (跟我们和亿高都在聊, 我们跟X都报了价): whoever the customer talks to beside us.
  new RegExp(`(?:我们|咱们|我司)(?:和|跟|与)(${NAME_SOURCE})(?:也)?都(?:在)?(?:${inOrder(W.withUsDeeds)})`, 'gd'),
  // The customer signed with another in the end (他们最后跟顺丰医药签了三年): the one that took the deal.
  new RegExp(`(?:${inOrder(W.signedWhen)})(?:还是|已经)?(?:跟|和|与)(${NAME_SOURCE})签(?:了|约|下)`, 'gd'),
  // Its offer to the customer, weighed against ours (林德给的价格便宜一成, 麦富迪给他们的条件比我们好).
  new RegExp(
    `${DEED_START}(${NAME_SOURCE})给(?:他们|客户|对方)?的(?:${inOrder(W.offerTerms)})(?:比(?:我们|咱们|我司))?(?:还|更)?(?:${inOrder(W.offerJudgements)})`,
    'gd',
  ),
  // The winner may be named by its dealer (第一是大陆的经销商), or as its own (第一名是龙源的).
  new RegExp(
    `(?:第一名|第一|中标人|中标的|(?:第一|排第一的?|排名第一的?)(?:中标|预中标)?候选人)是(${NAME_SOURCE})(?=(?:的(?:${inOrder(W.winnerAgents)})?)?(?:[,.;!?\\s]|$))`,
    'gd',
  ),
  // Also after the deal (云帆的展台华艺展览也在抢): the deal named first, then who else goes for it; a task of ours also
  // finished (操作培训也做完了) is no one going for it.
  new RegExp(
    `(?:${DEED_START}|(?:${inOrder(W.dealWords)}))(${NAME_SOURCE})(?:的|那边|那家|他们家)?(?:最近|一直)?也(?:在)?(?:接触|跟(?!着)|做(?![完好])|${inOrder(W.goingForDeal)}|[来去要](?:报|投|谈|推)|参与)`,
    'gd',
  ),
  // Another maker in talks or looked at too (Aerocom也在谈, 三久的也在看, 太极股份最近也在跑他们): said with 在, so a deed now.
  new RegExp(`${DEED_START}(${NAME_SOURCE})(?:的|那边|那家|他们家)?(?:最近|一直)?也在(?:${inOrder(W.alsoGoingFor)})`, 'gd'),
  // A maker cut its price (合兴那边降价了), said of where it is: 原材料降价了 is a market, not a rival.
  new RegExp(
    `${DEED_START}(${NAME_SOURCE})(?:那边|那家|他们家)(?:又|也|直接|已经)?(?:(?:${inOrder(W.priceCutDone)})了|降了[0-9一二三四五六七八九十两几]|在(?:搞|做)(?:活动|促销)|(?:在|正在)(?:${inOrder(W.priceCutting)}))`,
    'gd',
  ),
  // A maker's price cut heard of (说仕邦降价了, 听说X又打折了), not a material or goods getting cheaper (说组件降价了).
  new RegExp(`(?:说|听说|据说)(${NAME_SOURCE})(?<![件料材机器油钢板管费价池片货])(?:又|也|直接|已经)?(?:降价|压价|让价|打折)了`, 'gd'),
  // A maker running a promotion the customer asks us to match (义获嘉在搞活动).
  new RegExp(`${DEED_START}(${NAME_SOURCE})(?:正在|在)(?:搞|做)(?:活动|促销)`, 'gd'),
  // The incumbent named by who serves now (现在是通力在保, 目前是华宝在做).
  new RegExp(`(?:${inOrder(W.servesNowWhen)})(?:都)?是(${NAME_SOURCE})在(?:保|做|供|配(?!合)|维护|管|服务)`, 'gd'),
  // Us and a rival through a round together (我们和登士柏进了最后一轮, 我们跟海康都入围了).
  new RegExp(`(?:我们|咱们|我司)(?:和|跟|与)(${NAME_SOURCE})(?:都|一起)?(?:进了|进入|入围|进到)`, 'gd'),
  // Us and a rival as the two in the running (推荐的是我们和X两家, X跟我们两家在比).
  new RegExp(`(?:我们|咱们|我司)(?:和|跟|与)(${NAME_SOURCE})两家`, 'gd'),
  new RegExp(`${DEED_START}(${NAME_SOURCE})(?:和|跟|与)(?:我们|咱们|我司)两家`, 'gd'),
  // Us and a rival judged level (技术上我们和杭锅打平, 我们跟X不相上下): whoever is level with us bids against us.
  new RegExp(`(?:我们|咱们|我司)(?:和|跟|与)(${NAME_SOURCE})(?:在[^,.;!?]{1,6})?(?:${inOrder(W.levelWithUs)})`, 'gd'),
  // Its discount to the customer (宝尊那边给他们续约打了八折, X给客户让了两个点): an offer against ours.
  new RegExp(
    `${DEED_START}(${NAME_SOURCE})(?:那边|那家)?给(?:他们|客户|对方)(?:${inOrder(W.discountOccasions)})?(?:打了?|让了?)(?:个)?${NUM_WORD}+(?:折|个点|点)`,
    'gd',
  ),
  // What the customer used before, compared with ours (比他们之前用的亨斯迈还好, 价格比现在用的BD能低点).
  new RegExp(
    `比(?:他们|客户|对方)?(?:${inOrder(W.usedBeforeWhen)})(?:在)?用的(${NAME_SOURCE})(?:能|要|得|可以)?(?:还|更)?(?:${inOrder(W.comparedWith)})`,
    'gd',
  ),
  // The business handed to a rival (他们转给Triton了, 转给了别的车队), or the award given to one with our loss said next
  // (给了鸿鹄环保 我们丢了). A colleague handed an account (把X转给小王跟进) is followed by what he is to do.
  // What they would do there is no part of the name (转给顺丰冷运做了).
  new RegExp(`转给了?(${SHORT_NAME})(?=(?:来|去)?(?:做|干)?了|[,.;!?\\s]|$)`, 'gd'),
  new RegExp(`给了(${NAME_SOURCE})[,.;!?\\s]+(?:我们|咱们|我司)(?:就|又)?(?:${inOrder(W.weLost)})`, 'gd'),
  // The loss said first, then whom it went to (项目吹了,最后给了金洲管道).
  new RegExp(
    `(?:${inOrder(W.lossWords)})[,.;!?\\s]+(?:最后|最终|结果)?(?:还是)?(?:给了|签给了?|交给了)(?![个一两几这那])(${NAME_SOURCE})(?=[,.;!?\\s]|$)`,
    'gd',
  ),
  // The supplier they worked with, pointed at (原来合作的凯奇那边售后太慢, 之前用的X那家): the incumbent.
  new RegExp(`(?:${inOrder(W.workedWithWhen)})(?:一直)?(?:合作|在用|用|找)的(${SHORT_NAME})(?=那边|那家|他们家)`, 'gd'),
  // Settled on a rival's (定了正泰的), still using one (坚美的料他们一直用着).
  new RegExp(`(?:${inOrder(W.settledBy)})(?:已经|还是)?(?:定了|定的是|选定了?)(${NAME_SOURCE})的(?=[,.;!?\\s]|$)`, 'gd'),
  new RegExp(
    `${DEED_START}(${NAME_SOURCE})${NOT_GOODS}的(?:${inOrder(W.stillUsedGoods)})?(?:他们|客户|对方)?(?:${inOrder(W.stillUsedWhen)})(?:在)?用(?:着|了)`,
    'gd',
  ),
  // Named together as bidders (天健和德勤都买了文件, 北控水务和碧水源都报了名): each is a rival.
  // Goods quoted (油缸和蓄能器都报了) are no bidders.
  new RegExp(`${DEED_START}(${NAME_SOURCE})${NOT_GOODS}(?=(?:和|、)(?:${NAME_SOURCE})${NOT_GOODS}(?:也都|都|也)${BID})`, 'gd'),
  new RegExp(`(?:和|、)(${NAME_SOURCE})${NOT_GOODS}(?:也都|都|也)${BID}`, 'gd'),
  // Us and two rivals (我们和大疆、极飞都报名了; the 、 is a comma by now): the first name, then the second.
  new RegExp(`(?:我们|咱们|我司)(?:和|跟)(${NAME_SOURCE})(?=[、,\\s](?:${NAME_SOURCE})(?:也)?都(?:${inOrder(W.boughtIntoRound)}))`, 'gd'),
  new RegExp(`(?:我们|咱们|我司)(?:和|跟)(?:${NAME_SOURCE})[、,\\s](${NAME_SOURCE})(?:也)?都(?:${inOrder(W.boughtIntoRound)})`, 'gd'),
  // What the customer ended up with (最后还是用的河钢直供的货, 他们最后用了德玛仕的整套).
  new RegExp(
    `(?:最后|最终|后来|结果)(?:还是|也)?(?:${inOrder(W.endedWithVerbs)})(?:了|的)(?:是)?${NOT_A_COUNT}(${SHORT_NAME})(?:${inOrder(W.endedWithSource)})?的`,
    'gd',
  ),
  // Whom they bought from or placed with all along (之前一直投新潮传媒的社区梯媒, 以前一直拿鞍钢的卷), or tried once
  // (之前找过软通动力, 去年用过海康).
  new RegExp(`(?:${inOrder(W.allAlongWhen)})(?:一直|都)?(?:投|用|买|拿)(?:的是?|了)?${NOT_A_COUNT}(${SHORT_NAME})的`, 'gd'),
  new RegExp(
    `(?:${inOrder(W.triedOnceWhen)})(?:也|还)?(?:${inOrder(W.triedOnceVerbs)})${NOT_A_COUNT}(${NAME_SOURCE})(?=[,.;!?\\s]|$|的)`,
    'gd',
  ),
  // A rival's goods said cheaper or dearer than ours (雷宝的蒸烤箱一台比我们便宜1万2, 物产中大的热卷报价比我们低).
  new RegExp(`${DEED_START}(${SHORT_NAME})的[^,.;!?\\s]{1,8}?比(?:我们|咱们|我司)(?:的)?(?:还|更)?(?:低|便宜|贵|高)`, 'gd'),
  // Weighed against us (在比分众和我们的电梯广告).
  new RegExp(`(?:在比(?!较)|在对比|对比|比较)(?:了|一下)?(${SHORT_NAME})(?:和|跟|与)(?:我们|咱们|我司)`, 'gd'),
  // The deal taken by someone, perhaps said with how (被宏信抢走了, 被联通低价抢走了).
  new RegExp(`被(${SHORT_NAME})(?:以|用|靠|拿)?(?:低价|更低的价格?|降价|半价|价格)?(?:给)?(?:抢|拿|截|撬)(?:走|了|去)`, 'gd'),
  new RegExp(`(?:用惯了|用习惯了)(${NAME_SOURCE})(?=[,.;!?\\s]|的|$)`, 'gd'),
  new RegExp(`${DEED_START}(${NAME_SOURCE})(?:报了|给的是?|给的价是?|报的是)(?=[0-9一二三四五六七八九十])`, 'gd'),
  // An offer made (分众给了买十送三, 给了八五折).
  new RegExp(`${DEED_START}(${NAME_SOURCE})给了(?:个|一个)?(?=买${NUM_WORD}+送|${NUM_WORD}+折|${inOrder(W.offersGiven)})`, 'gd'),
  // Not the award's papers (去领中标通知书, 中标金额).
  new RegExp(`${DEED_START}(${NAME_SOURCE})${NOT_GOODS}(?:拿下了|拿下|中标了?|中了标)(?!${inOrder(W.awardPapers)})`, 'gd'),
  // What they use or buy now, or used before (目前用的是X系统, 之前一直拿的皇家, 一直进的X, 去年用的仕邦).
  new RegExp(
    `(?:${inOrder(W.usedOrBoughtWhen)})(?:一直)?(?:${inOrder(W.usedOrBoughtVerbs)})的(?:是)?(${NAME_SOURCE})(?=[,.;!?\\s]|$|(?:的)?(?:${inOrder(W.usedGoodsKinds)}))`,
    'gd',
  ),
  // The customer would rather have the rival's (想用乐信的, 打算用东方雨虹的) or bargains with its offer (拿碧水源的方案来压价,
  // 拿了长城的报价单来压价).
  new RegExp(`(?:想|打算|准备|更想)用(${NAME_SOURCE})的`, 'gd'),
  new RegExp(`拿(?:了|着)?(${NAME_SOURCE})的(?:${inOrder(W.offerBargainedWith)})[^,.;!?]{0,3}(?:压|比|砍|谈)`, 'gd'),
  // A maker named by its goods, weighed or faulted (马钢的料冲压开裂, 鞍钢的板子最近色差投诉多, 昆仑的齿轮油便宜将近两成):
  // the goods are a word for material (料, 板, 卷, 油, 管…), and what follows in the clause judges them.
  new RegExp(
    `${DEED_START}(${SHORT_NAME})的[\\u4e00-\\u9fa5]{0,3}?(?:${MAKER_GOODS})(?:他们|客户|对方)?(?:${inOrder(W.makerGoodsOften)})?[^,.;!?\\s]{0,4}?(?:${GOODS_JUDGED})`,
    'gd',
  ),
  // Their business moved to us from a maker (把鞍钢的量切一半给我们, 把宝钢的份额转过来).
  new RegExp(`把(?![0-9一二三四五六七八九十两几半多])(${SHORT_NAME})的(?:${inOrder(W.businessMoved)})(?:${inOrder(W.moveVerbs)})`, 'gd'),
  // A maker's quote to the customer given as a figure (携程商旅给他们报的是每张票15块).
  new RegExp(
    `${DEED_START}(${NAME_SOURCE})给(?:他们|客户|对方)(?:报的是?|报了|给的是?|开的是?)(?:每[^,.;!?]{0,4}?)?(?=[0-9一二三四五六七八九十])`,
    'gd',
  ),
  // The one serving them now, pointed at (现在那家中盛保安老是换人, 目前合作的那家华安): the incumbent.
  new RegExp(`(?:现在|目前|原来|之前)(?:用的|合作的|在做的)?那家(${NAME_SOURCE})(?=[,.;!?\\s]|$|${inOrder(W.thatOneAfter)})`, 'gd'),
  new RegExp(`(?:现在的|现有的?|原来的|目前的)供应商(?:是)?(${NAME_SOURCE})(?=[,.;!?\\s]|用|的|$)`, 'gd'),
  // The incumbent named by who supplied before (去年是丰益供的, 之前一直是华宝做的).
  new RegExp(`(?:${inOrder(W.suppliedBeforeWhen)})(?:一直)?(?:都)?是(${NAME_SOURCE})(?:供|做|给|配)的?(?:货)?(?=[,.;!?\\s]|$)`, 'gd'),
  // The incumbent's goods complained of (嫌现在晨光的货期老是拖, 对目前华宝的质量不满意).
  new RegExp(`(?:嫌|对|不满意)(?:现在|目前|原来|之前)(${NAME_SOURCE})的(?:${inOrder(W.complainedOf)})`, 'gd'),
  // The customer talking to another as well (他们跟联电也在谈, 和X也在接触): whoever else they talk to bids against us.
  new RegExp(`(?:跟|和|与)(${NAME_SOURCE})也(?:在)?(?:谈|聊|接触|对接)`, 'gd'),
  // Another maker's goods also looked at (高仙的机器他们也在看, 海康的方案客户也在考虑).
  new RegExp(`${DEED_START}(${NAME_SOURCE})的(?:${inOrder(W.goodsLookedAt)})(?:他们|客户|对方)?也在(?:${inOrder(W.lookingVerbs)})`, 'gd'),
  // Looked at before us (之前他们还看过科威尔的, 看过金杯的), beaten by us (俺们赢了三久), left for us (从海大换成我们的).
  new RegExp(`看过(${SHORT_NAME})${NOT_GOODS}的${CLAUSE_END}`, 'gd'),
  new RegExp(`(?:赢了|打赢了?|PK掉了?|干掉了?)(${NAME_SOURCE})${CLAUSE_END}`, 'gd'),
  new RegExp(`从(${SHORT_NAME})(?:那边|那家)?(?:换成|换到|转到|改成|切到|切换到)(?:我们|咱们|我司)`, 'gd'),
  ...RIVAL_POSITIONS,
];
/**
 * What the customer bought instead or bought all along, the name running to the end of its clause (丢了,最后买的杭叉;
 * 他们以前一直用安居宝,这次想换换), or whose offer they judge better: a rival, unless the words are a kind of goods
 * (最后买的电动叉车, 新方案的价格更低), a count, or how it went (一直用着挺好, 以前用得少).
 */
const TO_CLAUSE_END = '(?=[,.;!?\\s]|$)';
const DEEDS_TO_CLAUSE_END = [
  // Its offer judged better (领导觉得电信的报价更灵活, 移动的套餐报价更优惠, 说X的条件还要好): the name is what the judging is of, not the judge.
  new RegExp(
    `${DEED_START}((?:(?!觉得|认为|感觉)${NAME_CHAR}){2,6})的[\\u4e00-\\u9fa5]{0,4}?(?:${inOrder(W.offerJudgedOf)})(?:比(?:我们|咱们|我司))?(?:还|更|要|还要)(?:${inOrder(W.offerJudgedBetter)})`,
    'gd',
  ),
  new RegExp(
    `(?:最后|最终|后来|结果)(?:还是|也)?(?:${inOrder(W.endedWithToEnd)})(?:了|的)(?:是)?${NOT_A_COUNT}(${NAME_SOURCE})${TO_CLAUSE_END}`,
    'gd',
  ),
  new RegExp(
    `(?:${inOrder(W.allAlongToEndWhen)})(?:一直|都)?(?:${inOrder(W.allAlongVerbs)})(?:了|的是?)?${NOT_A_COUNT}(${NAME_SOURCE})${TO_CLAUSE_END}`,
    'gd',
  ),
  // Staying with the one they have (决定继续用DHL了, 还是继续找顺泰): whoever they keep is the rival we did not displace;
  // going back (继续用回原来那家) points at the old one without naming it.
  // What another user has (旁边那家用的三久 挺好使), not a kind of goods (他们用的变频器).
  new RegExp(`(?:${inOrder(W.otherUsers)})(?:一直|现在|目前|之前)?用的(?:是)?(${NAME_SOURCE})${TO_CLAUSE_END}`, 'gd'),
  new RegExp(`继续(?:用|找|选)(?:了)?(?!回|返)${NOT_A_COUNT}(${NAME_SOURCE})(?=了?(?:[,.;!?\\s]|$))`, 'gd'),
];
/** A judgement the name ran into (力劲省电三成, X便宜点): what is said of the maker, not its name. */
const JUDGED_AFTER = new RegExp(
  `(?:省[电钱油水气料](?=[0-9一二三四五六七八九十两几半]|了|不少|很多)|${inOrder(W.judgedAfterWords)}|[高低强好差快慢](?:${inOrder(W.byHowMuch)})$).*$`,
);
/** How the verb went on (用着, 用得, 用惯, 买不起), or words that point rather than name (同一家, 这个, 自己的). */
const NOT_A_NAME_AFTER_VERB = new RegExp(`^(?:${inOrder(W.notANameAfterVerb)})`);

/** Two or more weighed below ours (比志邦、金牌都更适合). */
const COMPARED_LIST = new RegExp(
  `(?<![对相类评占])比((?:${NAME_SOURCE})(?:[、,和](?:${NAME_SOURCE})){1,3})都(?:更|要|还)?(?:${inOrder(W.listComparedJudgements)})`,
  'gd',
);
/** The customer leaning to one or more rivals (倾向诺力和杭叉, 更倾向于北森, 倾向海康的方案), not to 我们 or a kind (国产). */
const LEANING = new RegExp(`倾向(?:于)?((?:${NAME_SOURCE})(?:[、和](?:${NAME_SOURCE})){0,3})(?=的|[,.;!?\\s]|$)`, 'gd');
/** At most eight names: an unbounded list would be read again from each 和 inside a long run of names. */
const ALONGSIDE = new RegExp(
  `(?:和|跟|与)((?:${NAME_SOURCE})(?:[、,和](?:${NAME_SOURCE})){0,7})一起(?:${inOrder(W.alongsideVerbs)})`,
  'gd',
);
/** Us and others through a round together, the names said with spaces (比选下周二 我们跟鼎捷 黑湖一起). */
const US_ALONGSIDE = new RegExp(
  `(?:我们|咱们|我司)(?:和|跟|与)(${LISTED_NAME}(?:[\\s、,和]${LISTED_NAME}){0,5})一起(?=[,.;!?\\s]|$|${inOrder(W.togetherDeeds)})`,
  'gd',
);

/** Others in the round named (参加的还有首钢和本钢, 投标的有甲、乙): each is a rival. */
const ALSO_IN_ROUND = new RegExp(
  `(?:${inOrder(W.inRoundRoles)})的(?:还有|有|是)(?![0-9一二三四五六七八九十两几多])((?:${NAME_SOURCE})(?:[、和](?:${NAME_SOURCE})){0,3})(?=[,.;!?\\s]|$)`,
  'gd',
);
/** Others besides us (除了我们还有达安和圣湘, 除了咱们以外还有X): each is a rival. */
const BESIDES_US = new RegExp(
  `除了(?:我们|咱们|我司|咱家)(?:以外|之外)?[\\s,]*(?:还有|另外还有|另外)(${LISTED_NAME}(?:(?:[\\s、,]+|和)${LISTED_NAME}){0,4})`,
  'gd',
);
/** Makers counted, then listed with us (比选三家 高仙 普渡 还有我们, 三家在比:甲、乙和我们): each is a rival. */
const LISTED_WITH_US = new RegExp(
  `(?:[两三四五六几]家(?:${inOrder(W.countedKinds)})?(?:${inOrder(W.countedInRound)})?|${inOrder(W.roundWords)})[\\s:,]*((?:${NAME_SOURCE})(?:[\\s、,和](?:${NAME_SOURCE})){0,5})[\\s、,]*(?:${inOrder(W.andWords)})(?:${inOrder(W.usWords)})`,
  'gd',
);

/** Words a greedy name can swallow: how it was introduced before it (有一家叫), where or when it acts after it (那边, 最近) */
const INTRODUCED_AS = /^[^叫]{0,4}叫/;
const WHERE_AFTER = new RegExp(`(?:那边|那家|这边|他们家).*$|(?:${inOrder(W.trailingWords)})+$`);
/** A clause's link, how sure the rep is or when, said before a name (另外钛米那边在降价挽留, 估计精工钢构和多维都会来, 这次通力和迅达都来报了价). */
const GUESSED = new RegExp(`^(?:${inOrder(W.guessWords)})+`);

/**
 * Never a rival, wherever it stands: the party itself (新锐自己也在投), a department (技术部, 车间, 仓库), what a deal is
 * made of (合同到期, 价格分被压下来), the maker of the goods unnamed (厂家那边断货, 原厂), a word of choosing (选型).
 */
const NOT_A_RIVAL = new RegExp(
  `[0-9一二两三四五六七八九十几](?:${inOrder(W.goodsUnits)})|^[\\u4e00-\\u9fa5]{2}商$|^(?:${inOrder(W.notARivalStarts)}|[0-9一二三四五六七八九十两]+(?:月|号|日|周))|^(?:${inOrder(W.notARivalWords)})$|(?:${inOrder(W.notARivalEndings)}|[务备购术卫勤政管]科|[务勤政管]处)$|^(?:国家|[省市县区镇乡村局]里)$`,
);

/** A stage's name is where a deal is moved to (改去商务谈判, 换成需求确认), never a maker switched to. */
const STAGE_NAMED = new Set(STAGE_NAMES.flatMap(([, names]) => names));

/** A word that joins the last name of a list (还有一家优必选, 以及). */
const LIST_JOINT = /^(?:还有|以及|加上)(?:一家|一个)?/;

function deedSpans(text: string): Span[] {
  const spans: Span[] = [];
  const add = (written: string, at: number) => {
    // A name runs greedily: 有一家叫恒锐 is 恒锐, 飞达那边 is 飞达.
    const said = written.match(INTRODUCED_AS)?.[0].length ?? written.match(GUESSED)?.[0].length ?? 0;
    const lead = said + (written.slice(said).match(HOME_BEFORE)?.[0].length ?? 0);
    const name = written.slice(lead).replace(WHERE_AFTER, '').replace(JUDGED_AFTER, '');
    const start = at + lead;
    if (
      name.length >= 2 &&
      !NOT_A_NAME.test(name) &&
      !NOT_WITHIN.test(name) &&
      !A_PARTY.test(name) &&
      !PERSON_OR_PARTY.test(name) &&
      !A_KIND.test(name) &&
      !NOT_A_RIVAL.test(name) &&
      !NOT_RIVALS.has(name.toLowerCase()) &&
      !isPlaceOnly(name)
    )
      spans.push({ name, start, end: start + name.length });
  };
  // Each name of a list, a joining word before it (还有一家优必选) left out.
  const addListed = (m: RegExpMatchArray) => {
    const base = m.indices![1]![0];
    // 还有 and 以及 join names too (九牧还有恒洁): blanked to the same length, so positions hold.
    for (const token of m[1]!.replace(/还有|以及/g, '  ').matchAll(/[^\s、,和]+/g)) {
      const lead = token[0].match(LIST_JOINT)?.[0].length ?? 0;
      add(token[0].slice(lead), base + token.index! + lead);
    }
  };
  for (const pattern of DEEDS) for (const m of text.matchAll(pattern)) add(m[1]!, m.indices![1]![0]);
  for (const pattern of WANTED) {
    for (const m of text.matchAll(pattern)) if (!A_PRODUCT.test(m[1]!) && !A_PROPERTY.test(m[1]!)) add(m[1]!, m.indices![1]![0]);
  }
  for (const pattern of DEEDS_TO_CLAUSE_END) {
    for (const m of text.matchAll(pattern)) {
      const name = m[1]!.replace(JUDGED_AFTER, '');
      if (!A_PRODUCT.test(name) && !NOT_A_NAME_AFTER_VERB.test(name)) add(name, m.indices![1]![0]);
    }
  }
  for (const m of [
    ...text.matchAll(ALONGSIDE),
    ...text.matchAll(LEANING),
    ...text.matchAll(LISTED_WITH_US),
    ...text.matchAll(ALSO_IN_ROUND),
    ...text.matchAll(LISTED_BIDDERS),
    ...text.matchAll(COUNTED_WITH_US),
    ...text.matchAll(COUNTED_THEN_NAMED),
    ...text.matchAll(THE_OTHERS),
    ...text.matchAll(COUNT_US_FIRST),
    ...text.matchAll(BESIDES_US),
    ...text.matchAll(US_ALONGSIDE),
    ...text.matchAll(THEY_TALK_WITH),
    ...text.matchAll(COMPARED_LIST),
  ]) {
    addListed(m);
  }
  // Only makers are asked about as a list of names; a list of topics (参数和价格都问过了) names none.
  for (const m of [...text.matchAll(LISTED_ASKED), ...text.matchAll(WEIGHED_ARE)]) {
    if (!m[1]!.split(/[\s、,和]/).some((name) => NOT_A_SUPPLIER_ASKED.test(name))) addListed(m);
  }
  return spans;
}

function introducedSpans(text: string): Span[] {
  const spans: Span[] = [...deedSpans(text)];
  for (const m of text.matchAll(RIVALLING)) {
    const start = m.index! + 1;
    const party = A_PARTY.test(m[1]) || PERSON_OR_PARTY.test(m[1]) || NOT_A_RIVAL.test(m[1]);
    if (!NOT_A_NAME.test(m[1]) && !NOT_WITHIN.test(m[1]) && !party && !isPlaceOnly(m[1]))
      spans.push({ name: m[1], start, end: start + m[1].length });
  }
  for (const m of text.matchAll(COMPARED)) {
    const start = m.index! + 1;
    // 比盛泽那边贵: where the rival is said to be is not its name; 比岩棉的好 weighs a material, no maker.
    const name = m[1].replace(WHERE_AFTER, '');
    // Faster or slower than a mode of transport or a machine (比海运快, 比老设备慢) is no maker.
    const speed = m[2] !== undefined && (NOT_A_RIVAL.test(name) || A_PRODUCT.test(name));
    if (
      name.length >= 2 &&
      !NOT_A_NAME.test(name) &&
      !NOT_WITHIN.test(name) &&
      !A_KIND.test(name) &&
      !speed &&
      !NOT_RIVALS.has(name.toLowerCase())
    )
      spans.push({ name, start, end: start + name.length });
  }
  for (const m of text.matchAll(INTRODUCERS)) {
    // Rivals named as such may be a list (竞争对手有圣奥和震旦), each perhaps said with where it is from (德国的欧瑞康).
    const listed = RIVALS_NAMED.test(m[0]);
    let start = m.index! + m[0].length;
    for (let n = 0; n < (listed ? MAX_LISTED : 1); n += 1) {
      start += text.slice(start).match(listed ? ORIGIN : HOME_BEFORE)?.[0].length ?? 0;
      const rest = text.slice(start);
      const name = (rest.match(LATIN_NAME) ?? rest.match(CJK_NAME))?.[0];
      // What is not a name (三家, 国产的) ends the list: what follows it is another clause.
      // Rivals named as such (对手应该有桂林橡机) are makers whatever their names end in; what is switched to may be goods.
      if (!name) break;
      const goods = !listed && (A_PRODUCT.test(name) || A_PROPERTY.test(name));
      const noMaker = NOT_A_RIVAL.test(name) || STAGE_NAMED.has(name);
      if (NOT_A_NAME.test(name) || NOT_WITHIN.test(name) || goods || noMaker || A_POST.test(name) || isPlaceOnly(name)) break;
      spans.push({ name, start, end: start + name.length });
      const joint = text.slice(start + name.length).match(/^\s*(?:和|跟|与|、|,|及|以及|还有)\s*/)?.[0];
      if (!joint) break;
      start += name.length + joint.length;
    }
  }
  for (const m of text.matchAll(INCUMBENT)) {
    const after = m.index! + m[0].length;
    const filled = after + text.slice(after).match(FILLERS)![0].length;
    const start = filled + (text.slice(filled).match(HOME_BEFORE)?.[0].length ?? 0);
    // A Latin name may stand alone to the clause's end (用的都是KCC), unless it names a material (用的都是PVC).
    const latin = text.slice(start).match(LATIN_AT_END)?.[0];
    const name = text.slice(start).match(OWNED_NAME)?.[1] ?? (latin && !NOT_RIVALS.has(latin.toLowerCase()) ? latin : undefined);
    if (name && !NOT_A_NAME.test(name) && !NOT_WITHIN.test(name)) spans.push({ name, start, end: start + name.length });
  }
  return spans;
}

/**
 * What we use ourselves (我们用安川本体, 我想换ABB的本体, 我们配的是西门子的): a brand of our own offer, not a rival.
 */
const OUR_OWN_BEFORE = new RegExp(
  `(?:我们|我|我司|咱们)(?:这边|自己)?(?:的?(?:${inOrder(W.ourOffers)}))?(?:${inOrder(W.ourOwnAdverbs)})?(?:${inOrder(W.ourOwnVerbs)})(?:的是|的|了)?$`,
);
const OWN_REACH = 10;
/**
 * A system the customer's goods must link to (要对接金蝶, 接口用金蝶云星空, 和在用的用友打通): what ours is built to work
 * with, not a rival.
 */
const LINKED_BEFORE = /(?:对接|接口(?:用|走|是|对)的?是?|打通|集成|接入)(?:他们的?|现有的?|在用的?)?$/;
const LINKED_AFTER = /^[A-Za-z0-9\u4e00-\u9fa5]{0,10}?(?:打通|对接|做接口|集成)/;
/**
 * Makers named as what the customer will take (二手叉车林德和丰田的都行, 海康的也可以): the brand of the goods asked for, not
 * a rival offering them.
 */
const ACCEPTED_AS_GOODS = new RegExp(`^(?:(?:和|跟|或|或者|、)[^,.;!?\\s]{1,6}?)?的?(?:${inOrder(W.acceptedWords)})`);
const ACCEPTED_REACH = 12;
/**
 * The one whose tender the customer bids in (也在投京东物流的一个干线运输标, 在投一个比亚迪的标), or whose tender is pointed
 * at (比亚迪那个标他们中了): a buyer, not a rival.
 */
const TENDERED_BEFORE = /(?:投|参加|参与|中了?|拿下)(?:了)?(?:一个|个|这个|那个)?$/;
const TENDER_AFTER = /^的[^,.;!?\s]{0,10}?标(?![准书])/;
const THAT_TENDER_AFTER = /^(?:那个|这个|那次|这次)标(?![准书价签杆])/;
/**
 * The carrier a shipment goes by (这次FOB大连 走中远海运, 想走美森快船): a route taken, not a rival, unless it is the one they
 * have gone by all along (现在走DHL, 一直走的马士基) or switch to (改走X).
 */
/** The carrier named right after our goods went out (已经发货了 顺丰快运 后天到): how they travel, not a rival. */
const SENT_BY_BEFORE = new RegExp(`(?:${inOrder(W.sentVerbs)})了?[\\s,]*$`);
/** What the rep says is no rival of ours (找合兴包装做的,跟我们没冲突; 运输用的是X,跟我们没关系). */
const NOT_OURS_AFTER = /^[^.;!?]{0,16}?(?:(?:跟|和|与)(?:我们|咱们|我司)(?:没有?|不|无)(?:关系|冲突|竞争)|不冲突)/;
const SHIPPED_BY_BEFORE = new RegExp(`(?<!${inOrder(W.goneByAllAlong)})走(?:的是?)?$`);
/** A maker we team up with (跟迈瑞合作, 和华为联合投标): a partner in our offer, not a rival. */
const PARTNER_BEFORE = /(?:跟|和|与|同)$/;
/** The customer's own partner (他们现在跟华致酒行合作得还行): their incumbent, a rival, not our partner. */
const THEIR_PARTNER_BEFORE = new RegExp(`(?:他们|客户|对方)(?:${inOrder(W.theirPartnerWhen)})?(?:都|也)?(?:在)?(?:跟|和|与|同)$`);
const PARTNER_AFTER = new RegExp(`^(?:一起|联合)?(?:${inOrder(W.partnerWords)})`);
/**
 * A part the customer wants in our offer (想用华为逆变器, 组件倾向隆基, 电池指定宁德的): the maker of a component we fit,
 * not a rival selling the whole.
 */
const PARTS = inOrder(W.parts);
const PART_WANTED_BEFORE = new RegExp(`(?:${inOrder(W.partWantedVerbs)})$`);
const PART_AFTER = new RegExp(`^的?(?:${PARTS})`);
const PART_CHOSEN_BEFORE = new RegExp(`(?:${PARTS})(?:他们|客户|对方)?(?:想|要|打算)?(?:用|选用?|倾向(?:于)?|指定用?)(?:的是)?$`);
const PART_REACH = 10;

/**
 * A name read by what it does that is a known brand and its goods (埃斯顿整线便宜, 台达的), or the goods and a known brand
 * (螺旋焊管友发), is that brand;
 * a longer name of its own (海天精工, 博世力士乐) stays whole.
 */
function toBrand(span: Span, tenantBrands: readonly string[]): Span {
  const opens = (b: string) => b.length < span.name.length && span.name.startsWith(b);
  const brand = tenantBrands.find(opens) ?? DEFAULT_BRANDS.find(opens);
  if (brand && (span.name.slice(brand.length).startsWith('的') || A_PRODUCT.test(span.name)))
    return { ...span, name: brand, end: span.start + brand.length };
  // The goods said before a known brand (螺旋焊管友发和华岐都会来投): the brand alone.
  const closes = (b: string) => b.length < span.name.length && span.name.endsWith(b) && A_PRODUCT.test(span.name.slice(0, -b.length));
  const closing = tenantBrands.find(closes) ?? DEFAULT_BRANDS.find(closes);
  return closing ? { ...span, name: closing, start: span.end - closing.length } : span;
}

/**
 * `excluded` are spans (e.g. the customer's own name) where a brand-looking word is not a rival.
 * Overlapping hits keep the longest (海康威视 over 海康).
 */
export function findCompetitors(
  text: string,
  tenantBrands: readonly string[] = [],
  excluded: ReadonlyArray<{ start: number; end: number }> = [],
): string[] {
  return readRivals(text, tenantBrands, excluded).names;
}

/**
 * The rivals named, and whether a would-be rival was passed over: a brand's word inside another word
 * (富士康), or a known brand or a name in a rival's place that its context shows is no rival (a part we
 * fit, a tender it runs, ours).
 */
export function readRivals(
  text: string,
  tenantBrands: readonly string[] = [],
  excluded: ReadonlyArray<{ start: number; end: number }> = [],
): { names: string[]; passedOver: boolean } {
  const brands = brandSpans(text, tenantBrands);
  const candidates = [...brands.spans, ...introducedSpans(text).map((span) => toBrand(span, tenantBrands))].filter(
    (s) => !excluded.some((e) => s.start < e.end && e.start < s.end),
  );
  const all = candidates
    .filter((s) => !OUR_OWN_BEFORE.test(text.slice(Math.max(0, s.start - OWN_REACH), s.start)))
    .filter((s) => !LINKED_BEFORE.test(text.slice(Math.max(0, s.start - OWN_REACH), s.start)) && !LINKED_AFTER.test(text.slice(s.end)))
    .filter((s) => !ACCEPTED_AS_GOODS.test(text.slice(s.end, s.end + ACCEPTED_REACH)))
    .filter(
      (s) =>
        !(PARTNER_BEFORE.test(text.slice(0, s.start)) && PARTNER_AFTER.test(text.slice(s.end))) ||
        THEIR_PARTNER_BEFORE.test(text.slice(Math.max(0, s.start - OWN_REACH), s.start)),
    )
    .filter((s) => {
      const before = text.slice(Math.max(0, s.start - PART_REACH), s.start);
      return !(PART_CHOSEN_BEFORE.test(before) || (PART_WANTED_BEFORE.test(before) && PART_AFTER.test(text.slice(s.end))));
    })
    .filter((s) => !(TENDERED_BEFORE.test(text.slice(Math.max(0, s.start - OWN_REACH), s.start)) && TENDER_AFTER.test(text.slice(s.end))))
    .filter((s) => !THAT_TENDER_AFTER.test(text.slice(s.end)))
    .filter((s) => !SHIPPED_BY_BEFORE.test(text.slice(Math.max(0, s.start - OWN_REACH), s.start)))
    .filter((s) => !SENT_BY_BEFORE.test(text.slice(Math.max(0, s.start - OWN_REACH), s.start)) && !NOT_OURS_AFTER.test(text.slice(s.end)))
    .sort((a, b) => b.end - b.start - (a.end - a.start));
  // A name we say is ours anywhere in the message (在比较古野和佳明, 我们代理的是古野) is no rival anywhere in it.
  const isOurs = (name: string) =>
    [...text.matchAll(new RegExp(escapeRegExp(name), 'g'))].some((m) =>
      OUR_OWN_BEFORE.test(text.slice(Math.max(0, m.index! - OWN_REACH), m.index)),
    );
  const ours = new Set(all.map((s) => s.name).filter(isOurs));
  // Characters already claimed by a kept span: one lookup per character instead of one per kept span.
  const taken = new Uint8Array(text.length);
  const kept = all.filter((span) => {
    if (ours.has(span.name)) return false;
    if (taken.subarray(span.start, span.end).includes(1)) return false;
    taken.fill(1, span.start, span.end);
    return true;
  });
  const names = [...new Set(kept.sort((a, b) => a.start - b.start).map((s) => s.name))];
  // A short form of a rival already named in full (联邦家私 … 联邦便宜8%, 东方雨虹 … 比雨虹低) is the same rival: the full
  // name opens with it or is a known brand (觉得金蝶 is no full name of 金蝶).
  const known = (name: string) => tenantBrands.includes(name) || DEFAULT_BRANDS.includes(name);
  return {
    names: names.filter(
      (name) => !names.some((other) => other !== name && other.includes(name) && (other.startsWith(name) || known(other))),
    ),
    passedOver: names.length === 0 && (brands.passedOver || candidates.length > 0),
  };
}
