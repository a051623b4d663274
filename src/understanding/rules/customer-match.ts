import { z } from 'zod';
import type { ExtractionInput } from '../extraction';
import { loadWordFile, words } from '../words/word-file';
import { DENIED_BEFORE, inOrder, normalizeText } from './text';
import { leadingPlace, stripLeadingPlace } from './places';
import { soundKey, soundsAlike } from './homophones';
import { ORG_SUFFIX as NEW_PARTY_SUFFIX } from './new-customer';

/** Finds which of the rep's customers a message names: exact keys first, then partial and sound-alike. */

type Customer = ExtractionInput['customers'][number];

/** Word lists in words/customers.json; each is read in the order written (see inOrder). */
export const customerWordsSchema = z.object({
  version: z.literal(1),
  note: z.string(),
  orgSuffixes: words,
  genericOpenings: z.array(z.string().length(2)).min(1),
  institutionKinds: words,
  publicBodies: words,
  roundUpWords: words,
});
export const CUSTOMER_WORDS = loadWordFile('customers.json', customerWordsSchema);
const W = CUSTOMER_WORDS;

const ORG_SUFFIX = new RegExp(`(${inOrder(W.orgSuffixes)})$`);
/** Nothing but an organisation's kind (合作社 of 海原合作社): no name. */
const KIND_ONLY_LEFT = new RegExp(`^${NEW_PARTY_SUFFIX}+$`);
/**
 * Two-character openings too common to identify a customer on their own, among them the specialties a
 * hospital or clinic is named by (德阳市口腔医院 is known by its city, not by 口腔: 四家口腔诊所 is none of it).
 */
const GENERIC_OPENINGS = new Set(W.genericOpenings);
/** What is left of a name after a generic opening when nothing else names it (口腔 + 医院). */
const KIND_ONLY = new RegExp(`^(?:${inOrder(W.institutionKinds)})$`);
/** A county heading a name (蒙阴县, 依安县), its distinctive core after it. */
const COUNTY = /^[\u4e00-\u9fa5]{2,3}?[县旗](?=[\u4e00-\u9fa5]{2})/;
/** A public body a county names (临朐县农业农村局, 依安县人民医院): its county is its name, not a place before it. */
const PUBLIC_BODY = new RegExp(`(?:${inOrder(W.publicBodies)})$`);
/** A complete key (name or alias) outranks a partial hit of the same length. */
const COMPLETE_BONUS = 0.75;
/** Each sound-alike character costs this much against an exact one. */
const SUBSTITUTION_COST = 0.5;

interface Key {
  text: string;
  complete: boolean;
  minPrefix: number;
}
interface Hit {
  customerId: string;
  score: number;
  start: number;
  end: number;
}

export interface CustomerMatch {
  customerId: string | null;
  start: number;
  end: number;
}

function stripSuffixes(name: string): string {
  let out = name;
  while (ORG_SUFFIX.test(out) && out.replace(ORG_SUFFIX, '').length >= 2) out = out.replace(ORG_SUFFIX, '');
  return out;
}

/** Full name, aliases, and the core without suffixes or leading place; partial prefixes of the core (and of place + core) count too. */
function keysOf(customer: Customer): Key[] {
  const full = normalizeText(customer.name);
  const noSuffix = stripSuffixes(full);
  const county = PUBLIC_BODY.test(noSuffix) ? '' : (noSuffix.match(COUNTY)?.[0] ?? '');
  // A county the place list does not know (蒙阴县蜜桃源…) is a place by its 县: alone it names no customer.
  const core = stripLeadingPlace(noSuffix) !== noSuffix || !county ? stripLeadingPlace(noSuffix) : noSuffix.slice(county.length);
  const place = leadingPlace(noSuffix) || (core !== noSuffix ? county : '');
  const minPrefix = GENERIC_OPENINGS.has(core.slice(0, 2)) ? 3 : 2;
  // 德阳市口腔医院 without its city is any 口腔医院 (乐山嘉州口腔医院 is another): its core names it only with the place.
  const placeNeeded = place !== '' && core !== noSuffix && GENERIC_OPENINGS.has(core.slice(0, 2)) && KIND_ONLY.test(core.slice(2));
  const complete = [full, noSuffix, ...(placeNeeded ? [] : [core]), ...customer.aliases.map(normalizeText)];
  const placed = place && core !== noSuffix ? place + core : null;
  if (placed) complete.push(placed);
  // An alias is shortened as the name is (南华 for 南华糖业, 蓝海 for 蓝海网箱), from after its place (天津五中 is no 天津),
  // the place its own name gives too (西吉薯源 of 西吉县薯源…合作社 is no 西吉县城), unless no name is left (海原合作社).
  const ownPlace = place.replace(/[省市县区旗]$/, '');
  const aliases = customer.aliases
    .map((alias) => stripLeadingPlace(normalizeText(alias)))
    .map((alias) =>
      ownPlace.length >= 2 && alias.startsWith(ownPlace) && !KIND_ONLY_LEFT.test(alias.slice(ownPlace.length))
        ? alias.slice(ownPlace.length)
        : alias,
    )
    .filter((alias) => alias.length > 2 && !GENERIC_OPENINGS.has(alias.slice(0, 2)));
  return [
    ...complete.filter((k) => k.length >= 2).map((text) => ({ text, complete: true, minPrefix: text.length })),
    ...(placeNeeded ? [] : [{ text: core, complete: false, minPrefix }]),
    ...aliases.map((text) => ({ text, complete: false, minPrefix: 2 })),
    // The place makes even a generic opening specific (湖州中医 for 湖州市中医院).
    ...(placed ? [{ text: placed, complete: false, minPrefix: place.length + 2 }] : []),
  ];
}

/**
 * A part of a name that ends as a place does (茅台镇 of 茅台镇酱香老窖, 宁乡 of 宁乡市大数据中心) says where the customer is:
 * it names the customer only when nothing names one better (醉美 … 我们在茅台镇做的贴标线 is 醉美).
 */
const PLACE_ENDING = /[镇乡村县区旗]$/;
const PLACE_ONLY_COST = 1;

/** Longest prefix of the key (at least minPrefix long) found verbatim in the text. */
function exactHit(text: string, key: Key): Omit<Hit, 'customerId'> | null {
  for (let len = key.text.length; len >= key.minPrefix; len -= 1) {
    const start = text.indexOf(key.text.slice(0, len));
    if (start < 0) continue;
    const complete = key.complete && len === key.text.length;
    const placeOnly = !complete && PLACE_ENDING.test(key.text.slice(0, len));
    return { score: len + (complete ? COMPLETE_BONUS : 0) - (placeOnly ? PLACE_ONLY_COST : 0), start, end: start + len };
  }
  return null;
}

/** Where each sound occurs in the text, in order: read once for all customers. */
function soundPositions(text: string): Map<string, number[]> {
  const positions = new Map<string, number[]>();
  for (let i = 0; i < text.length; i += 1) {
    const key = soundKey(text[i]);
    const list = positions.get(key);
    if (list) list.push(i);
    else positions.set(key, [i]);
  }
  return positions;
}

/**
 * Windows of the text that sound like the key's opening, with at least one exact character. Only
 * windows that start with the sound of the key's first character are tried, so a long text and a
 * long customer list do not multiply.
 */
function soundAlikeHit(text: string, key: Key, positions: Map<string, number[]>): Omit<Hit, 'customerId'> | null {
  const chars = [...key.text];
  const starts = positions.get(soundKey(chars[0])) ?? [];
  let best: Omit<Hit, 'customerId'> | null = null;
  for (let len = chars.length; len >= Math.max(2, key.minPrefix); len -= 1) {
    for (const start of starts) {
      if (start + len > text.length) break;
      let subs = 0;
      let alike = true;
      for (let i = 0; i < len && alike; i += 1) {
        const ch = text[start + i];
        if (ch !== chars[i]) {
          subs += 1;
          alike = soundsAlike(ch, chars[i]);
        }
      }
      if (!alike || subs === 0 || subs * 2 > len) continue;
      const complete = key.complete && len === chars.length;
      const score = len - subs * SUBSTITUTION_COST + (complete ? COMPLETE_BONUS : 0);
      if (!best || score > best.score) best = { score, start, end: start + len };
    }
    if (best) return best;
  }
  return null;
}

function bestHit(customer: Customer, finder: (key: Key) => Omit<Hit, 'customerId'> | null): Hit | null {
  let best: Hit | null = null;
  for (const key of keysOf(customer)) {
    const hit = finder(key);
    if (hit && (!best || hit.score > best.score)) best = { ...hit, customerId: customer.id };
  }
  return best;
}

const overlaps = (a: Hit, b: Hit): boolean => a.start < b.end && b.start < a.end;

/** The strongest hit wins; an equally strong hit on the same words for another customer means "refuse to guess". */
function decide(hits: Hit[]): CustomerMatch | null {
  if (hits.length === 0) return null;
  const sorted = [...hits].sort((a, b) => b.score - a.score || a.start - b.start);
  const [top] = sorted;
  const rival = sorted.find((h) => h !== top && h.score === top.score && overlaps(h, top));
  return { customerId: rival ? null : top.customerId, start: top.start, end: top.end };
}

/** Hits not denied, when the text names another customer instead; else all of them. */
function withoutDenied(text: string, hits: Hit[]): Hit[] {
  const kept = hits.filter((h) => !DENIED_BEFORE.test(text.slice(0, h.start)));
  return kept.length > 0 ? kept : hits;
}

/**
 * A day's or week's round-up, item by item (今日小结:1.安达… 2.袜业联合仓…, 这周小结:花漾…;肌研堂…, 今天安排 上午镜湖…
 * 下午去宝越…): the customer is the first one named, whichever name is longest.
 */
const ROUND_UP_HEAD = new RegExp(`^[^,.;!?:]{0,6}?(?:${inOrder(W.roundUpWords)})?:|^(?:今天|今日|明天|明日)(?:的)?(?:安排|计划|行程)`);
const NUMBERED = /(?:^|[\s:])1[.、)]?\s*[\u4e00-\u9fa5][^]*?[\s,;]2[.、)]?\s*[\u4e00-\u9fa5]/;
const ITEMS = /;/;
export function isRoundUp(text: string): boolean {
  return NUMBERED.test(text) || (ROUND_UP_HEAD.test(text) && (ITEMS.test(text) || /(?:上午|早上)[^]*(?:下午|晚上)/.test(text)));
}

export function matchCustomer(text: string, customers: readonly Customer[]): CustomerMatch | null {
  const exact = customers.map((c) => bestHit(c, (key) => exactHit(text, key))).filter((h): h is Hit => h !== null);
  if (exact.length > 1 && isRoundUp(text)) {
    const first = withoutDenied(text, exact).sort((a, b) => a.start - b.start)[0];
    return { customerId: first.customerId, start: first.start, end: first.end };
  }
  if (exact.length > 0) return decide(withoutDenied(text, exact));
  const positions = soundPositions(text);
  return decide(customers.map((c) => bestHit(c, (key) => soundAlikeHit(text, key, positions))).filter((h): h is Hit => h !== null));
}
