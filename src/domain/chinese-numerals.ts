/** Chinese numerals (五十万, 一百二十, 两千三, 1.5亿, 3千5) to numbers. */

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  壹: 1,
  二: 2,
  贰: 2,
  两: 2,
  俩: 2,
  三: 3,
  叁: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** Characters that may appear in a numeral written with Chinese characters and/or digits. */
export const NUMERAL_CHARS = '0-9.零〇一壹二贰两俩三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万亿';

/** A run of numeral characters, usable inside larger patterns; never ending in a full stop (178.6万。). */
export const NUMERAL = `[${NUMERAL_CHARS}]*[${NUMERAL_CHARS.replace('.', '')}]`;

/**
 * Put before NUMERAL when a non-numeral must follow it (月, 号, 小时): the match can only be the whole
 * run anyway, and trying it from the run's start alone keeps a long run linear instead of quadratic.
 */
export const RUN_START = `(?<![${NUMERAL_CHARS}])`;

/** Parses a section below 万 such as 一百二十, 一百零五, 十五, 3千5, 35; null when malformed. */
function parseSection(s: string): number | null {
  if (s === '') return 0;
  let total = 0;
  let current: number | null = null;
  let lastUnit = 0;
  let sawZero = false;
  for (const token of s.match(/\d+(?:\.\d+)?|./g) ?? []) {
    if (/^\d/.test(token)) current = Number(token);
    else if (token in DIGITS) {
      sawZero ||= DIGITS[token] === 0;
      current = DIGITS[token];
    } else if (token in SMALL_UNITS) {
      lastUnit = SMALL_UNITS[token];
      total += (current ?? 1) * lastUnit;
      current = null;
    } else return null;
  }
  if (current === null) return total;
  // 3千5 / 两千三 mean 3500 / 2300: a trailing digit counts in the next lower unit (not after 零).
  const scaled = lastUnit >= 100 && current < 10 && !sawZero ? (current * lastUnit) / 10 : current;
  return total + scaled;
}

/** Parses a full numeral with 万/亿 sections; null when the text is not a numeral. */
export function parseChineseNumber(text: string): number | null {
  const s = text.trim();
  if (s === '' || !new RegExp(`^${NUMERAL}$`).test(s)) return null;
  let total = 0;
  let rest = s;
  for (const big of ['亿', '万'] as const) {
    const idx = rest.indexOf(big);
    if (idx < 0) continue;
    const head = parseSection(rest.slice(0, idx));
    if (head === null) return null;
    total += (idx === 0 ? 1 : head) * BIG_UNITS[big];
    rest = rest.slice(idx + 1);
  }
  const tail = parseSection(rest);
  if (tail === null) return null;
  // 1万5 / 一万五 mean 15000: a lone trailing digit after 万 counts in thousands.
  const trailingAfterBig = /^[一二两三四五六七八九\d]$/.test(rest) && total > 0;
  return total + (trailingAfterBig ? tail * (total >= 1e8 ? 1e7 : 1e3) : tail);
}

/** Money units written after a numeral (50万, 50w, 80k, 3千, 1.5亿), in yuan. */
export const AMOUNT_UNITS: Readonly<Record<string, number>> = { 亿: 1e8, 万: 1e4, w: 1e4, W: 1e4, k: 1e3, K: 1e3, 千: 1e3 };

const LONE_AMOUNT = new RegExp(`^(${NUMERAL})([wWkK])?$`);

/**
 * One amount written on its own, as in a spreadsheet cell, in yuan: 500000, 50万, 50万元, ¥1,200,000, 五十万,
 * 1.5亿, 80k. `scale` is what a bare number is worth (10000 in a column of 万元); a written unit (元 too) wins over it.
 * Null for anything that is not exactly one amount: 五十来万, 50-80万, 约50万, 50万左右.
 */
export function parseAmount(text: string, scale = 1): number | null {
  const core = text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/^(?:¥|RMB|CNY|人民币)/i, '')
    .replace(/(?<=\d),(?=\d{3}(?:\D|$))/g, '')
    .replace(/(?:元|块钱|块|人民币)$/, '');
  const m = LONE_AMOUNT.exec(core);
  if (!m || !/^[0-9零〇一二两三四五六七八九十壹贰叁肆伍陆柒捌玖拾]/.test(core)) return null;
  const value = parseChineseNumber(m[1]);
  if (value === null) return null;
  // 120000元 in a column of 万元 is still 120000 yuan.
  const inYuan = /^(?:¥|RMB|CNY|人民币)|(?:元|块钱|块|人民币)$/i.test(text.normalize('NFKC').trim());
  const unit = m[2] ? AMOUNT_UNITS[m[2]] : /[万亿千]/.test(m[1]) || inYuan ? 1 : scale;
  // Cents, without the float noise of 1.1 × 10000.
  return Math.round(value * unit * 100) / 100;
}
