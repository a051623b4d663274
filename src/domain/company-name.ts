import { CITIES, PROVINCES } from './places';

/**
 * The key two spellings of one company share, for duplicate (撞单) detection:
 * `浙江华信精密机械有限公司`, `华信精密机械（杭州）有限公司` and `华信精密机械` all give `华信精密机械`.
 */
export function normalizeCompanyName(name: string): string {
  return companyCore(name.normalize('NFKC').toLowerCase());
}

/**
 * What people call a company in a short list: `无锡江南精密机械有限公司` → `江南精密` (place and legal
 * suffix dropped, then its first `max` characters), `Siemens AG` → `Siemens` (the first word).
 */
export function shortCompanyName(name: string, max = 4): string {
  const core = companyCore(name.normalize('NFKC'));
  return /\p{Script=Han}/u.test(core) ? [...core].slice(0, max).join('') : (name.trim().split(/\s+/)[0] ?? core);
}

function companyCore(name: string): string {
  let key = stripLatinLegalWords(name);
  key = key.replace(/\(([^()]*)\)/g, (group, inner: string) => (PLACES.includes(inner) ? '' : group));
  key = key.replace(/[\p{P}\p{S}\p{Z}\s]+/gu, '');
  // Strip until stable: `浙江华信集团有限公司` loses 有限公司, then 集团, then 浙江.
  for (let previous = ''; previous !== key;) {
    previous = key;
    key = stripAffix(key, LEGAL_SUFFIXES, 'suffix');
    key = stripAffix(key, PLACES, 'prefix');
  }
  return key;
}

// Longest first, so that 股份有限公司 wins over 有限公司 and 公司.
const LEGAL_SUFFIXES = byLengthDescending([
  '股份有限公司',
  '有限责任公司',
  '有限公司',
  '分公司',
  '总公司',
  '公司',
  '集团',
  '控股',
  '股份',
  '株式会社',
  '工作室',
  '经营部',
  '商行',
  '厂',
]);

const PLACES = byLengthDescending([
  '中国',
  ...PROVINCES.flatMap((p) => [p, `${p}省`, `${p}市`]),
  '内蒙古自治区',
  '广西壮族自治区',
  '西藏自治区',
  '宁夏回族自治区',
  '新疆维吾尔自治区',
  ...CITIES.flatMap((c) => [c, `${c}市`]),
]);

const LATIN_LEGAL_WORDS = /[\s,.]*\b(co|company|corp|corporation|inc|ltd|limited|llc|plc|gmbh|group|holdings?)\b\.?\s*$/i;

function stripLatinLegalWords(name: string): string {
  for (let previous = ''; previous !== name;) {
    previous = name;
    name = name.replace(LATIN_LEGAL_WORDS, '');
  }
  return name;
}

/** Removes the first matching affix, unless that would leave less than two characters of name. */
function stripAffix(key: string, affixes: readonly string[], where: 'prefix' | 'suffix'): string {
  for (const affix of affixes) {
    const matches = where === 'prefix' ? key.startsWith(affix) : key.endsWith(affix);
    if (!matches || [...key].length - [...affix].length < 2) continue;
    return where === 'prefix' ? key.slice(affix.length) : key.slice(0, key.length - affix.length);
  }
  return key;
}

function byLengthDescending(words: string[]): readonly string[] {
  return [...new Set(words)].sort((a, b) => b.length - a.length);
}
