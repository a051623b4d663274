import { normalizeCompanyName } from './company-name';

/**
 * 撞单: whether a new lead is a customer the tenant already has. Checked before anything is created,
 * in this order: the same normalised name (or alias), the same contact phone, a close spelling.
 *
 * "Close" is the Dice coefficient of the two normalised names' character bigrams, at least 0.8, on
 * names of three or more characters. It catches a name written longer or shorter at the end
 * (华信精密机械 / 华信精密机械设备: 0.83) but never a different trade name (字号): one changed
 * character costs two bigrams, so 宏达模具 / 宏大模具 score 0.33 and 永盛注塑机械 / 永泰注塑机械 0.6.
 * Those are different registered companies; a rep who mistyped one is caught by the phone instead.
 */
export const SIMILARITY_THRESHOLD = 0.8;

export interface KnownCustomer {
  id: string;
  normalizedName: string;
  aliases: readonly string[];
  /** Contact phones, as stored (normalised here). */
  phones: readonly string[];
}

export type DuplicateMatch = { customerId: string; by: 'name' | 'phone' } | { customerId: string; by: 'similar'; similarity: number };

export function findDuplicate(lead: { company: string; phone: string | null }, customers: readonly KnownCustomer[]): DuplicateMatch | null {
  return new CustomerMatcher(customers).find(lead);
}

/**
 * The duplicate check over a list of customers that grows (an import checks each row against the rows
 * before it): the same answer as scanning the list in order, without comparing every pair. Names and
 * phones are looked up by key; close spellings only among the customers that share one of the name's
 * rarest bigrams, which every customer at or above the threshold does (see `similarCandidates`).
 */
export class CustomerMatcher {
  private readonly customers: KnownCustomer[] = [];
  /** Normalised name or alias → the first customer (by position) that has it. */
  private readonly byName = new Map<string, number>();
  private readonly byPhone = new Map<string, number>();
  /** Bigram → positions of the customers whose normalised name has it. */
  private readonly byBigram = new Map<string, number[]>();

  constructor(customers: readonly KnownCustomer[] = []) {
    for (const customer of customers) this.add(customer);
  }

  add(customer: KnownCustomer): void {
    const at = this.customers.push(customer) - 1;
    for (const key of [customer.normalizedName, ...customer.aliases.map(normalizeCompanyName)]) {
      if (!this.byName.has(key)) this.byName.set(key, at);
    }
    for (const raw of customer.phones) {
      const phone = normalizePhone(raw);
      if (phone && !this.byPhone.has(phone)) this.byPhone.set(phone, at);
    }
    for (const pair of new Set(bigrams(customer.normalizedName))) {
      const list = this.byBigram.get(pair);
      if (list) list.push(at);
      else this.byBigram.set(pair, [at]);
    }
  }

  find(lead: { company: string; phone: string | null }): DuplicateMatch | null {
    const key = normalizeCompanyName(lead.company);
    const sameName = this.byName.get(key);
    if (sameName !== undefined) return { customerId: this.customers[sameName].id, by: 'name' };
    const phone = lead.phone ? normalizePhone(lead.phone) : null;
    const samePhone = phone ? this.byPhone.get(phone) : undefined;
    if (samePhone !== undefined) return { customerId: this.customers[samePhone].id, by: 'phone' };
    let best: { at: number; similarity: number } | null = null;
    for (const at of this.similarCandidates(key)) {
      const similarity = nameSimilarity(key, this.customers[at].normalizedName);
      if (similarity < SIMILARITY_THRESHOLD) continue;
      if (!best || similarity > best.similarity || (similarity === best.similarity && at < best.at)) best = { at, similarity };
    }
    return best ? { customerId: this.customers[best.at].id, by: 'similar', similarity: best.similarity } : null;
  }

  /**
   * Customers that may reach the threshold. A name of n bigrams shares at least m = ⌈t·n/(2−t)⌉ of them with
   * any name of similarity t or more (Dice: 2s/(n+k) ≥ t with s ≤ k), so it misses at most n−m; such a name
   * therefore has one of any n−m+1 of its bigrams, and the rarest ones give the fewest candidates.
   */
  private similarCandidates(key: string): number[] {
    const pairs = bigrams(key);
    if (pairs.length < 2) return [];
    const mustShare = Math.ceil((SIMILARITY_THRESHOLD * pairs.length) / (2 - SIMILARITY_THRESHOLD) - 1e-9);
    const rarest = pairs
      .map((pair) => this.byBigram.get(pair) ?? [])
      .sort((a, b) => a.length - b.length)
      .slice(0, pairs.length - mustShare + 1);
    return [...new Set(rarest.flat())];
  }
}

/** Dice coefficient of character bigrams (0–1) of two normalised names; 0 when either is shorter than three characters. */
export function nameSimilarity(a: string, b: string): number {
  const left = bigrams(a);
  const right = bigrams(b);
  if (left.length < 2 || right.length < 2) return 0;
  const pool = [...right];
  let shared = 0;
  for (const pair of left) {
    const at = pool.indexOf(pair);
    if (at >= 0) {
      shared++;
      pool.splice(at, 1);
    }
  }
  return (2 * shared) / (left.length + right.length);
}

function bigrams(text: string): string[] {
  const chars = [...text];
  return chars.slice(1).map((char, i) => chars[i] + char);
}

/** Digits only, without a +86/0086 country prefix: `+86 138-1234-5678` → `13812345678`; null when too short to be a phone. */
export function normalizePhone(raw: string): string | null {
  const digits = raw
    .normalize('NFKC')
    .replace(/\D/g, '')
    .replace(/^(?:0086|86)(?=1\d{10}$)/, '');
  return digits.length >= 7 ? digits : null;
}
