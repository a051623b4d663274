import { z } from 'zod';
import { AMOUNT_UNITS, NUMERAL, NUMERAL_CHARS, parseChineseNumber } from '../../domain/chinese-numerals';
import { loadWordFile, words } from '../words/word-file';
import { DENIED_BEFORE, escapeRegExp, inOrder } from './text';

/**
 * Deal money in yuan: 50万, 50w, 38.6万, 80k, 3千, 1.5亿, 一百二十万, 12000元, ¥386,500.
 * Not money: power or capacity (3000W, 2万件), percentages, unit prices, differences (便宜2万, 差了6万),
 * deposits (投标保证金5万元), a figure denied (不是2400万), nor the figure one is measured against (比原来报的205万让了16万).
 * A revised figure wins: the last money figure in the message.
 */

/** Word lists in words/amounts.json; each is read in the order written (see inOrder). */
export const amountWordsSchema = z.object({
  version: z.literal(1),
  note: z.string(),
  yuanWords: words,
  counters: words,
  priceIncludes: words,
  techAfter: words,
  unitPriceWords: words,
  packsPricedPer: words,
  pricingVerbs: words,
  unitPriceLinks: words,
  perPieceCounters: words,
  sumWords: words,
  differenceWords: words,
  differenceHedges: words,
  techBefore: words,
  companyFigures: words,
  powerBills: words,
  thresholdWords: words,
  thresholdSteps: words,
  purchaseClasses: words,
  depositWords: words,
  compensationWords: words,
  partPayments: words,
  earlierWords: words,
  totalWords: words,
  otherVendors: words,
  quotedOrPaid: words,
  concededTo: words,
  roughlyAfter: words,
  countedPieces: words,
  notCountedByGe: words,
  wishedPrice: words,
  usageBefore: words,
});
export const AMOUNT_WORDS = loadWordFile('amounts.json', amountWordsSchema);
const W = AMOUNT_WORDS;

// 个 between a figure and its unit (3个亿, 两个多亿) is read over; after the figure (二十万个) it counts things.
const MONEY = new RegExp(
  `(${NUMERAL})(?:个(?=多|来|余|亿|万|千))?(?:多|来|余)?(亿|万|w|W|k|K|千)?(?:多|来|余)?(${inOrder(W.yuanWords)})?`,
  'g',
);
/** No deal is this small: 两块 is two pieces, not two yuan. */
const MIN_DEAL = 100;
/** A numeral starts with a digit, not with a bare unit (万一, 千万别). */
const NUMERAL_START = /^[0-9零〇一二两三四五六七八九十壹贰叁肆伍陆柒捌玖拾]/;
/**
 * A counter word after the figure means a quantity, not money (2万件, 10万吨, a camera's 400万像素, a mill's 2万锭, 8万双 shoes, 一千二百盏 lamps, 1.2万副 lenses, 16个柜, 55千瓦 of power, 三万泡 tea bags); so do
 * the people counted (三千多学生, 两千多名员工), birds or their doses (60万羽份), and a cleanroom's class (一个万级洁净车间, 十万级). 包 is a bag (3000包), not
 * what the price includes (191万包运费, 包安装).
 */
const COUNTER_AFTER = new RegExp(`^(?:${inOrder(W.counters)}|名(?!义)|块(?!钱)|包(?!${inOrder(W.priceIncludes)})|双(?!方)|副(?!总))`);
/** Power, speed and size figures: 3000W 光纤激光, 5kW, 37kw (typed lower case), 12kV. */
const TECH_AFTER = new RegExp(`^(?:${inOrder(W.techAfter)})`);
/** A screen's resolution (换成4K的, 8K的): 2K, 4K and 8K said of the goods (的) are no thousands of yuan. */
const RESOLUTION = /^[248]$/;
/**
 * Per-unit figures (一桶20L报价215块, 运费降到每柜1.1万, 一个柜不超过3000块), and a cap per transaction (单笔额度500万以内); 每年 and
 * 每月 are not one: a yearly or monthly fee is what the deal is worth.
 */
const UNIT_PRICE_BEFORE = new RegExp(
  String.raw`(?:${inOrder(W.unitPriceWords)}|每(?:[台套个件吨平人瓶箱只支次笔天日周店托柜车趟]|小时)?|一[台套个件吨平瓶箱只支]|一个?[柜车趟]|一(?:${inOrder(W.packsPricedPer)})[^,.;!?\s]{0,5}?(?:${inOrder(W.pricingVerbs)})|单笔(?:额度|金额|限额)?|每笔(?:额度|金额|限额)?)(?:${inOrder(W.unitPriceLinks)})?$`,
);
/** A unit price named earlier in the clause, a verb between (单价报的¥385, 单价谈到268): per piece, not the deal. */
const UNIT_PRICE_NAMED_BEFORE = /(?:单价|均价)[^,.;!?\s\d]{0,4}[¥￥]?\s?$/;
/** A figure per piece said after it (报价6.8w一台, 2.9元一瓦, 520/吨): a unit price, not what the deal is worth. */
const UNIT_PRICE_AFTER = new RegExp(String.raw`^(?:元|块)?(?:一|每|\/)(?:${inOrder(W.perPieceCounters)})`);
/** A sum named before a bare figure (设备款1,350,000, 合同金额6670000): money without 元. */
const SUM_NAMED_BEFORE = new RegExp(`(?:${inOrder(W.sumWords)})(?:是|为|:)?$`);
/** A difference or an add-on, not what the deal is worth (便宜了快20万, 加价大概8万, 单价低我们1.5万, 差了不到2万); a cap (最多70万) is one. */
const DIFFERENCE_BEFORE = new RegExp(
  `(?:${inOrder(W.differenceWords)}|(?<!差不|最|至)多)(?:我们|咱们|我司)?(?:了|个)?(?:${inOrder(W.differenceHedges)})?$`,
);
/** A power, speed or size said before the figure, perhaps with a verb between (功率要做到150W, 转速2万转以上). */
const TECH_BEFORE = new RegExp(String.raw`(?:${inOrder(W.techBefore)})[^,.;!?\d]{0,4}$|[A-Za-z]$`);
/**
 * Figures about the company, not the deal: 注册资本5000万, 年营收3亿, 年流水三四个亿 (not 一年…流水600万, the deal's), a
 * shop's GMV (第一季度GMV做不到300万), what it pays for power (一年电费四百多万, which a solar or energy deal would save).
 */
const COMPANY_FIGURE_BEFORE = new RegExp(
  `(?:${inOrder(W.companyFigures)}|(?<![一每])年流水)[^,.;!?]{0,4}$|(?:${inOrder(W.powerBills)})[^,.;!?]{0,6}$`,
);
/**
 * A threshold that sets off a step (投资超过三百万就要上董事会, 金额高于50万的话得走招标, 超过50万要走公开招标): a rule of
 * theirs, not the deal's
 * worth.
 */
const THRESHOLD_BEFORE = new RegExp(`(?:${inOrder(W.thresholdWords)})$`);
const THRESHOLD_AFTER = new RegExp(`^(?:元|块)?(?:以上|以下)?(?:的话)?(?:${inOrder(W.thresholdSteps)})`);
/** Purchases above a figure as a class (所有20万以上的采购都要董事长审批): their rule, not the deal's worth. */
const CLASS_ABOVE_AFTER = new RegExp(`^(?:元|块)?(?:以上|以下)的(?:${inOrder(W.purchaseClasses)})`);
/** Money held against the deal, not its worth: a bid or performance deposit (投标保证金5万元), a fee for the tender papers. */
const DEPOSIT_BEFORE = new RegExp(`(?:${inOrder(W.depositWords)})[^,.;!?]{0,4}$`);
/** Money paid for a loss or a fault (赔了两万货损, 索赔5万, 罚款三千), or a loss the customer suffered (停电一次损失好几十万): a claim settled, not what the deal is worth. */
const COMPENSATION_BEFORE = new RegExp(String.raw`(?:${inOrder(W.compensationWords)})[^,.;!?\d]{0,2}$`);
/** A part of the price paid (预付款28.8万已经到账, 首付30万), said after the deal's total: the total stays the amount. */
const PART_PAID_BEFORE = new RegExp(`(?:${inOrder(W.partPayments)})(?:是|为|已经|已)?$`);
/**
 * An earlier figure recalled after the deal's figure (最终金额248万(原来报的263万)): the figure stands, the recalled one is no
 * revision of it.
 */
const EARLIER_FIGURE_BEFORE = new RegExp(String.raw`(?:${inOrder(W.earlierWords)})[^,.;!?\d]{0,5}$`);
/** A total said before a bare figure (两年套餐一共7600): yuan, as 元 after it would say. */
const TOTAL_BEFORE = new RegExp(`(?:${inOrder(W.totalWords)})(?:是|为|要|才)?$`);
/**
 * The figure something is measured against (比最开始报的205万让了16万, 比X的150万便宜): an earlier or other figure, not the
 * deal's latest one.
 */
const COMPARED_WITH_BEFORE = /比(?!较|如|方|例|赛|对|分|划|率|重)[^,.;!?\s]{0,8}$/;
/**
 * A sum quoted or paid to another vendor (岛津那边报了38万, X才报33万, 去年找的别家代运营,一年花了二十多万): a rival's price, not what
 * our deal is worth. The rival comes earlier in the sentence, then a verb of quoting or paying, with no 我/我们 between
 * them and the figure (锐控便宜好几万,如果我们能到50万 is our figure); a rival going down to a figure (蔡司那边最后也降到了80万)
 * is its quote too, and so is what the rival's goods cost (X二手的才四十来万).
 */
const OTHER_VENDOR = inOrder(W.otherVendors);
const QUOTED_OR_PAID = inOrder(W.quotedOrPaid);
function quotedByRival(before: string, rivals: readonly string[]): boolean {
  const sentence = before.slice(Math.max(...['.', ';', '!', '?'].map((p) => before.lastIndexOf(p))) + 1);
  const names = [OTHER_VENDOR, ...rivals.map(escapeRegExp)].join('|');
  // The quote's own clause: after a comma (别家也报了,最后谈下来55万) the figure is ours.
  // Spaces typed as clause breaks: the clause after the rival's may go on with it (永创也去报过了 报的46万), one further on
  // (性能比天融信强 下一步走审批 报价按28.5w报的) is ours.
  const clause = '(?:(?!我|咱)[^.;!?\\s]){0,16}?';
  return new RegExp(`(?:${names})${clause}(?:\\s${clause})?(?:${QUOTED_OR_PAID})(?:(?!我|咱)[^,.;!?]){0,8}$`).test(sentence);
}

/** Phone numbers, order numbers, dates and times are never money. */
const NOT_MONEY_AFTER_DIGITS = /^(?:[0-9xX*]|[-\/:月日号点时])/;

/**
 * A full stop typed as 。 reads as '.': after anything but a digit (电话也不接了.17.6万, 金额164.5万.5个工作日) it ends a
 * sentence and is never a decimal point inside the figure.
 */
const SENTENCE_STOP = /(?<![0-9])\./g;
/** A currency sign before the figure says yuan as 元 after it does (¥386500). */
const CURRENCY_BEFORE = /[¥￥]\s?$/;
/** Thousands separators (¥386,500): a comma with exactly three digits after it, inside a figure. */
const THOUSANDS_SEPARATOR = /(?<=[0-9]),(?=[0-9]{3}(?![0-9]))/g;

/** A day of the week before a name (周四万盛催合同): 四 is the day, not a digit of 四万. */
const WEEKDAY_BEFORE = /(?:周|星期|礼拜)$/;
const WEEKDAY_DIGIT = /^[一二三四五六日天]/;

function isMoney(text: string, m: RegExpMatchArray, rivals: readonly string[]): boolean {
  const [whole, numeral, unit, written] = m;
  const start = m.index!;
  const before = text.slice(0, start);
  const after = text.slice(start + whole.length);
  const yuan = written ?? (CURRENCY_BEFORE.test(before) ? '¥' : undefined);
  if (!NUMERAL_START.test(numeral) || (WEEKDAY_BEFORE.test(before) && WEEKDAY_DIGIT.test(numeral))) return false;
  const namedSum =
    (TOTAL_BEFORE.test(before) && /^[0-9]{3,}$/.test(numeral)) || (SUM_NAMED_BEFORE.test(before) && /^[0-9]{4,}$/.test(numeral));
  if (!unit && !yuan && !/[万亿千]/.test(numeral) && !namedSum) return false;
  if (UNIT_PRICE_AFTER.test(after)) return false;
  if (!yuan && COUNTER_AFTER.test(after)) return false;
  if (unit && /[wWkK]/.test(unit) && TECH_AFTER.test(after)) return false;
  if (unit === 'K' && !yuan && RESOLUTION.test(numeral) && after.startsWith('的')) return false;
  if (unit === 'W' && !yuan && Number(numeral) >= 1000) return false;
  if (
    [
      UNIT_PRICE_BEFORE,
      UNIT_PRICE_NAMED_BEFORE,
      DIFFERENCE_BEFORE,
      TECH_BEFORE,
      COMPANY_FIGURE_BEFORE,
      DENIED_BEFORE,
      DEPOSIT_BEFORE,
      COMPENSATION_BEFORE,
      COMPARED_WITH_BEFORE,
    ].some((re) => re.test(before))
  )
    return false;
  if (THRESHOLD_BEFORE.test(before) && THRESHOLD_AFTER.test(after)) return false;
  if (CLASS_ABOVE_AFTER.test(after)) return false;
  if (quotedByRival(before, rivals)) return false;
  return !(/^[0-9.]+$/.test(numeral) && !unit && NOT_MONEY_AFTER_DIGITS.test(after));
}

/**
 * The price we will go down to, as a bare figure (报了35w … 我们最多让到33): in the unit of the figure said before it.
 * A difference (让了2万) or a share (降到33%) is not one.
 */
const CONCEDED_TO_BEFORE = new RegExp(`(?:${inOrder(W.concededTo)})$`);
const BARE_FIGURE = /^[0-9]+(?:\.[0-9]+)?$/;

function concededInUnit(text: string, m: RegExpMatchArray, unit: string | null): string | null {
  if (!unit || m[2] || m[3] || !BARE_FIGURE.test(m[1])) return null;
  const after = text.slice(m.index! + m[0].length);
  return CONCEDED_TO_BEFORE.test(text.slice(0, m.index)) && !COUNTER_AFTER.test(after) && !NOT_MONEY_AFTER_DIGITS.test(after) ? unit : null;
}

/**
 * A budget said in the trade's 个 for 万 (预算大概150个左右, 总预算差不多一百个w): only after 预算, where nothing is counted, and
 * with nothing named after 个.
 */
const BUDGET_BEFORE = /预算[^,.;!?\d]{0,5}$/;
const SLANG_WAN_AFTER = new RegExp(String.raw`^个(?:w|W|${inOrder(W.roughlyAfter)})?(?=[,.;!?\s]|$)`);

function budgetInWan(text: string, m: RegExpMatchArray): string | null {
  if (m[2] || m[3]) return null;
  return BUDGET_BEFORE.test(text.slice(0, m.index)) && SLANG_WAN_AFTER.test(text.slice(m.index! + m[0].length)) ? '万' : null;
}

/**
 * A sum a year, or over years, said after its figure (260万一年, 216万三年): 一 or 三 is the count of years, not a digit of
 * the numeral (260万一); a year's worth is the deal's, as 每年 is. Replaced by a comma of the same length.
 */
const PER_YEAR_AFTER = /(?<=[0-9][万千亿]|[0-9][wWkK])[一两二三四五六七八九十](?=年)/g;
/**
 * 一 for "per" after a figure's unit (38万一台, 1.65万一台): no digit of the numeral (38万一 is not 381000). Replaced by a slash
 * of the same length, as 38万/台 says it.
 */
const PER_PIECE_ONE = new RegExp(`(?<=[0-9]|[0-9][万千wWkK]|[万千])一(?=${inOrder(W.countedPieces)}|个|户)`, 'g');
/** A space typed between the digits and 万 or 亿 (金额大约 260 万): one figure, as 260万. */
const SPACE_BEFORE_UNIT = /(?<=[0-9])\s+(?=[万亿])/g;

const PIECE = `(?:${inOrder(W.countedPieces)})`;
/** What a count of the goods is said in: the pieces, 户, 所 and 个 with nothing after it that counts time or points. */
const COUNTED_AS = `(?:${inOrder(W.countedPieces)}|个(?!${inOrder(W.notCountedByGe)})|户|所)`;
/**
 * A price per piece multiplied out as written (3.8万元/台 ×10, 1.8万/条×12, 单价2.4万/台×5台): the rep states the sum by
 * its product.
 */
const PRICE_TIMES_COUNT = new RegExp(
  `(?<![${NUMERAL_CHARS}])(${NUMERAL})(万|w|W|k|K|千)?(?:元|块)?(?:/|一|每)${PIECE}\\s?[×xX*]\\s?(${NUMERAL})(?![${NUMERAL_CHARS}%])`,
  'g',
);
/**
 * A price per piece with the goods counted elsewhere in the message (要两台 单价报了38万一台, 单价6块2 3000个, 10所 每所12万);
 * not a price they want (想压到12块, 单价控制在300以内, 能不能给到4850一吨).
 */
const PRICE_PER_PIECE_BEFORE = new RegExp(`(?:单价|单台|每(${COUNTED_AS}))[^,.;!?\\s\\d]{0,4}$`);
const PRICE_WISHED = new RegExp(`(?:${inOrder(W.wishedPrice)})[^,.;!?\\s\\d]{0,2}$`);
const PRICE_PER_PIECE_AFTER = new RegExp(`^(?:元|块)?(?:/|一|每)(${COUNTED_AS})`);
/** A price in 块 and 毛 said the spoken way (6块2, 一块三五): 6.2 and 1.35 yuan. */
const SPOKEN_PRICE = new RegExp(
  `(?<![${NUMERAL_CHARS}])(${NUMERAL})块([0-9一二三四五六七八九]{1,2})(?![${NUMERAL_CHARS}钱]|${COUNTED_AS})`,
  'g',
);
const PRICE = new RegExp(`(?<![${NUMERAL_CHARS}])(${NUMERAL})(万|w|W|k|K|千)?(?:元|块(?!钱))?`, 'g');
const COUNT = new RegExp(`(?<![${NUMERAL_CHARS}每])(${NUMERAL})(万)?(${COUNTED_AS})`, 'g');
/** A quantity used over time (一年用量300吨, 这个月用了六吨, 一年大概150个柜): their consumption, no order priced. */
const USAGE_BEFORE = new RegExp(`(?:${inOrder(W.usageBefore)})[^,.;!?\\s\\d]{0,4}$`);

interface PiecePrice {
  price: number;
  piece: string | null;
  start: number;
  end: number;
}

/** The prices per piece the message states as ours (not a rival's, a difference or a comparison). */
function piecePrices(text: string, rivals: readonly string[]): PiecePrice[] {
  const spoken = [...text.matchAll(SPOKEN_PRICE)].map((m) => ({
    m,
    value: (parseChineseNumber(m[1]) ?? 0) + Number(`0.${[...m[2]].map((d) => parseChineseNumber(d) ?? 0).join('')}`),
  }));
  const plain = [...text.matchAll(PRICE)]
    .filter((m) => !spoken.some((s) => s.m.index! <= m.index! && m.index! < s.m.index! + s.m[0].length))
    .map((m) => ({ m, value: (parseChineseNumber(m[1]) ?? 0) * (m[2] ? AMOUNT_UNITS[m[2]] : 1) }));
  const prices: PiecePrice[] = [];
  for (const { m, value } of [...spoken, ...plain]) {
    const start = m.index!;
    const before = text.slice(0, start);
    const after = text.slice(start + m[0].length);
    const named = before.match(PRICE_PER_PIECE_BEFORE);
    const per = after.match(PRICE_PER_PIECE_AFTER);
    if ((!named && !per) || value <= 0 || !NUMERAL_START.test(m[1]) || COUNTER_AFTER.test(after) || TECH_AFTER.test(after)) continue;
    if ([DIFFERENCE_BEFORE, COMPARED_WITH_BEFORE, DENIED_BEFORE, PRICE_WISHED].some((re) => re.test(before))) continue;
    if (quotedByRival(before, rivals) || /^以内|^以下/.test(after.slice(per?.[0].length ?? 0))) continue;
    const piece = per?.[1] ?? named?.[1] ?? named?.[2] ?? null;
    prices.push({ price: value, piece, start: named ? start - named[0].length : start, end: start + m[0].length + (per?.[0].length ?? 0) });
  }
  return prices;
}

/**
 * The sum of a price per piece and the count of the goods: written as a product (1.8万/条×12), or each said in its place
 * (要14台 … 单价2.6万, 1200户 … 单价9800一套). Only when one count is said: two (回流泵6台 搅拌器12台) leave it open which
 * is priced.
 */
function priceTimesCount(text: string, rivals: readonly string[]): { price: number; total: number } | null {
  const m = [...text.matchAll(PRICE_TIMES_COUNT)].filter((found) => !quotedByRival(text.slice(0, found.index), rivals)).at(-1);
  const figure = m && parseChineseNumber(m[1]);
  const count = m && parseChineseNumber(m[3]);
  if (m && figure && count) {
    const price = Math.round(figure * (m[2] ? AMOUNT_UNITS[m[2]] : 1));
    return { price, total: price * count };
  }
  const priced = piecePrices(text, rivals).at(-1);
  if (!priced) return null;
  const counts = [...text.matchAll(COUNT)]
    .filter((c) => c.index! + c[0].length <= priced.start || c.index! >= priced.end)
    .filter((c) => !USAGE_BEFORE.test(text.slice(0, c.index)))
    .map((c) => ({ piece: c[3], count: (parseChineseNumber(c[1]) ?? 0) * (c[2] ? 10_000 : 1) }));
  // The goods counted in the price's own piece; else the one count of goods said (1200户 … 单价9800一套), not of parties.
  const same = counts.filter((c) => c.piece === priced.piece);
  const distinct = [...new Set((same.length > 0 ? same : counts.filter((c) => c.piece !== '家')).map((c) => c.count))];
  const total = distinct.length === 1 ? Math.round(priced.price * distinct[0]) : 0;
  return total >= MIN_DEAL ? { price: priced.price, total } : null;
}

/** `rivals`: competitor names found in the message, whose quotes are not our amount. */
export function findAmount(written: string, rivals: readonly string[] = []): number | null {
  const text = written
    .replace(SPACE_BEFORE_UNIT, '')
    .replace(THOUSANDS_SEPARATOR, '')
    .replace(PER_YEAR_AFTER, ',')
    .replace(PER_PIECE_ONE, '/')
    .replace(SENTENCE_STOP, ';');
  let last: number | null = null;
  let lastUnit: string | null = null;
  for (const m of text.matchAll(MONEY)) {
    const money = isMoney(text, m, rivals);
    const unit: string | null = money ? (m[2] ?? null) : (concededInUnit(text, m, lastUnit) ?? budgetInWan(text, m));
    if (!money && unit === null) continue;
    if (last !== null && (PART_PAID_BEFORE.test(text.slice(0, m.index)) || EARLIER_FIGURE_BEFORE.test(text.slice(0, m.index)))) continue;
    const value = parseChineseNumber(m[1]);
    const yuan = value === null ? 0 : Math.round(value * (unit ? AMOUNT_UNITS[unit] : 1));
    if (yuan >= MIN_DEAL) {
      last = yuan;
      // 35w writes its unit apart; 48万 within the numeral.
      lastUnit = unit ?? m[1].match(/[万亿千]$/)?.[0] ?? null;
    }
  }
  // A total said after the product (合计38万) stands as the last figure; without one (the price per piece read as the
  // figure, or nothing), the product is the sum.
  const product = priceTimesCount(text, rivals);
  return product && (last === null || last === product.price) ? product.total : last;
}
