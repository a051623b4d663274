import { AMOUNT_UNITS, NUMERAL, parseChineseNumber } from '../../domain/chinese-numerals';
import { DENIED_BEFORE, escapeRegExp } from './text';

/**
 * Deal money in yuan: 50万, 50w, 38.6万, 80k, 3千, 1.5亿, 一百二十万, 12000元, ¥386,500.
 * Not money: power or capacity (3000W, 2万件), percentages, unit prices, differences (便宜2万, 差了6万),
 * deposits (投标保证金5万元), a figure denied (不是2400万), nor the figure one is measured against (比原来报的205万让了16万).
 * A revised figure wins: the last money figure in the message.
 */

// 个 between a figure and its unit (3个亿, 两个多亿) is read over; after the figure (二十万个) it counts things.
const MONEY = new RegExp(`(${NUMERAL})(?:个(?=多|来|余|亿|万|千))?(?:多|来|余)?(亿|万|w|W|k|K|千)?(?:多|来|余)?(元|块钱|块|rmb|RMB)?`, 'g');
/** No deal is this small: 两块 is two pieces, not two yuan. */
const MIN_DEAL = 100;
/** A numeral starts with a digit, not with a bare unit (万一, 千万别). */
const NUMERAL_START = /^[0-9零〇一二两三四五六七八九十壹贰叁肆伍陆柒捌玖拾]/;
/**
 * A counter word after the figure means a quantity, not money (2万件, 10万吨, a camera's 400万像素, a mill's 2万锭, 8万双 shoes, 一千二百盏 lamps, 1.2万副 lenses, 16个柜, 55千瓦 of power, 三万泡 tea bags); so do
 * the people counted (三千多学生, 两千多名员工), birds or their doses (60万羽份), and a cleanroom's class (一个万级洁净车间, 十万级). 包 is a bag (3000包), not
 * what the price includes (191万包运费, 包安装).
 */
const COUNTER_AFTER =
  /^(?:像素|名(?!义)|位|学生|员工|职工|工人|老人|件|台|套|个|只|支|瓶|箱|吨|斤|公斤|平米?|方|米|片|张|块(?!钱)|人|次|户|家|条|盒|袋|包(?!运|邮|安装|税|干|吃|送|施工|调试)|锭|公里|小时|天|年|份|单|辆|床|册|本|字|点|度|头|颗|粒|卷|桶|根|组|步|号|月|日|周|%|折|倍|分|岁|楼|层|亩|平方|瓦|千瓦|泡|双(?!方)|盏|罐|柜|枚|顶|副(?!总)|级|羽)/;
/** Power, speed and size figures: 3000W 光纤激光, 5kW, 37kw (typed lower case), 12kV. */
const TECH_AFTER =
  /^(?:光纤|激光|功率|电机|的激光|瓦|W|w|V|v|A|Hz|hz|mm|cm|kg|KG|g|T|t|L|l|P|p|直播|视频|屏|高清|超清|画质|摄像|监控|相机|球机|分辨率|显示)/;
/** A screen's resolution (换成4K的, 8K的): 2K, 4K and 8K said of the goods (的) are no thousands of yuan. */
const RESOLUTION = /^[248]$/;
/**
 * Per-unit figures (一桶20L报价215块, 运费降到每柜1.1万, 一个柜不超过3000块), and a cap per transaction (单笔额度500万以内); 每年 is not one: an annual fee is what
 * the deal is worth.
 */
const UNIT_PRICE_BEFORE =
  /(?:单价|每(?:[台套个件吨平人瓶箱只支次月笔天日周店托柜车趟]|小时)?|一[台套个件吨平瓶箱只支]|一个?[柜车趟]|一(?:桶|袋|包|盒|箱|瓶|斤|公斤|吨)[^,.;!?\s]{0,5}?(?:报价|报|价格|价|卖)|均价|月费|人均|单笔(?:额度|金额|限额)?|每笔(?:额度|金额|限额)?)(?:是|为|约|大概|才|要|在|不超过|最高|最多|上限)?$/;
/** A unit price named earlier in the clause, a verb between (单价报的¥385, 单价谈到268): per piece, not the deal. */
const UNIT_PRICE_NAMED_BEFORE = /(?:单价|均价)[^,.;!?\s\d]{0,4}[¥￥]?\s?$/;
/** A figure per piece said after it (报价6.8w一台, 2.9元一瓦, 520/吨): a unit price, not what the deal is worth. */
const UNIT_PRICE_AFTER = /^(?:元|块)?(?:一|每|\/)(?:台|套|个|件|吨|把|张|只|支|瓶|箱|桶|袋|瓦|W|米|平|片|颗|辆)/;
/** A sum named before a bare figure (设备款1,350,000, 合同金额6670000): money without 元. */
const SUM_NAMED_BEFORE = /(?:金额|总额|合同额|合同价|设备款|货款|价款|总款)(?:是|为|:)?$/;
/** A difference or an add-on, not what the deal is worth (便宜了快20万, 加价大概8万, 单价低我们1.5万, 差了不到2万); a cap (最多70万) is one. */
const DIFFERENCE_BEFORE =
  /(?:便宜|降|少|优惠|让|砍|(?<!差不|最|至)多|低|高|涨|省|贵|加价|差价|差|加)(?:我们|咱们|我司)?(?:了|个)?(?:快|近|将近|差不多|大概|大约|约|有|不到)?$/;
/** A power, speed or size said before the figure, perhaps with a verb between (功率要做到150W, 转速2万转以上). */
const TECH_BEFORE = /(?:功率|转速|DN|dn|型号)[^,.;!?\d]{0,4}$|[A-Za-z]$/;
/**
 * Figures about the company, not the deal: 注册资本5000万, 年营收3亿, 年流水三四个亿 (not 一年…流水600万, the deal's), a
 * shop's GMV (第一季度GMV做不到300万), what it pays for power (一年电费四百多万, which a solar or energy deal would save).
 */
const COMPANY_FIGURE_BEFORE =
  /(?:注册资本|注册资金|营收|(?<![一每])年流水|产值|销售额|营业额|GMV|gmv|融资|市值|年薪|月薪|工资|(?:公司|企业|工厂|厂子)规模)[^,.;!?]{0,4}$|(?:电费|水电费|能耗费用|用电成本)[^,.;!?]{0,6}$/;
/**
 * A threshold that sets off a step (投资超过三百万就要上董事会, 金额高于50万的话得走招标, 超过50万要走公开招标): a rule of
 * theirs, not the deal's
 * worth.
 */
const THRESHOLD_BEFORE = /(?:超过|超出|高于|大于|多于|低于|少于)$/;
const THRESHOLD_AFTER = /^(?:元|块)?(?:以上|以下)?(?:的话)?(?:就|都|得|必须|需要|要(?:走|上|过|报|经|招))/;
/** Purchases above a figure as a class (所有20万以上的采购都要董事长审批): their rule, not the deal's worth. */
const CLASS_ABOVE_AFTER = /^(?:元|块)?(?:以上|以下)的(?:采购|订单|项目|合同|支出|开支|单子)/;
/** Money held against the deal, not its worth: a bid or performance deposit (投标保证金5万元), a fee for the tender papers. */
const DEPOSIT_BEFORE = /(?:保证金|押金|标书费|文件费)[^,.;!?]{0,4}$/;
/** Money paid for a loss or a fault (赔了两万货损, 索赔5万, 罚款三千), or a loss the customer suffered (停电一次损失好几十万): a claim settled, not what the deal is worth. */
const COMPENSATION_BEFORE = /(?:赔|赔了|赔偿|赔付|索赔|理赔|罚款|罚了|违约金|损失了?)[^,.;!?\d]{0,2}$/;
/** A part of the price paid (预付款28.8万已经到账, 首付30万), said after the deal's total: the total stays the amount. */
const PART_PAID_BEFORE = /(?:预付款?|首付款?|首款|定金|订金|尾款|进度款)(?:是|为|已经|已)?$/;
/**
 * An earlier figure recalled after the deal's figure (最终金额248万(原来报的263万)): the figure stands, the recalled one is no
 * revision of it.
 */
const EARLIER_FIGURE_BEFORE = /(?:原来|原先|原本|起初|最早|一开始|最开始)[^,.;!?\d]{0,5}$/;
/** A total said before a bare figure (两年套餐一共7600): yuan, as 元 after it would say. */
const TOTAL_BEFORE = /(?:一共|总共|合计|总计|总价|共计)(?:是|为|要|才)?$/;
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
const OTHER_VENDOR = '别家|别人家|其他家|其它家|另一家|另外一家|同行|竞品|竞争对手|对手';
const QUOTED_OR_PAID = '报了|报价|报的|报到|(?:才|只|就)报|给的|给了|开价|要价|花了|花费|收了|收的|降到|让到|的(?:才|只要?)';
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

function isMoney(text: string, m: RegExpMatchArray, rivals: readonly string[]): boolean {
  const [whole, numeral, unit, written] = m;
  const start = m.index!;
  const before = text.slice(0, start);
  const after = text.slice(start + whole.length);
  const yuan = written ?? (CURRENCY_BEFORE.test(before) ? '¥' : undefined);
  if (!NUMERAL_START.test(numeral)) return false;
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
const CONCEDED_TO_BEFORE = /(?:让到|降到|压到|便宜到)$/;
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
const SLANG_WAN_AFTER = /^个(?:w|W|左右|上下|的样子|出头)?(?=[,.;!?\s]|$)/;

function budgetInWan(text: string, m: RegExpMatchArray): string | null {
  if (m[2] || m[3]) return null;
  return BUDGET_BEFORE.test(text.slice(0, m.index)) && SLANG_WAN_AFTER.test(text.slice(m.index! + m[0].length)) ? '万' : null;
}

/**
 * A sum a year, or over years, said after its figure (260万一年, 216万三年): 一 or 三 is the count of years, not a digit of
 * the numeral (260万一); a year's worth is the deal's, as 每年 is. Replaced by a comma of the same length.
 */
const PER_YEAR_AFTER = /(?<=[0-9][万千亿]|[0-9][wWkK])[一两二三四五六七八九十](?=年)/g;
/** A space typed between the digits and 万 or 亿 (金额大约 260 万): one figure, as 260万. */
const SPACE_BEFORE_UNIT = /(?<=[0-9])\s+(?=[万亿])/g;

/** `rivals`: competitor names found in the message, whose quotes are not our amount. */
export function findAmount(written: string, rivals: readonly string[] = []): number | null {
  const text = written
    .replace(SPACE_BEFORE_UNIT, '')
    .replace(THOUSANDS_SEPARATOR, '')
    .replace(PER_YEAR_AFTER, ',')
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
  return last;
}
