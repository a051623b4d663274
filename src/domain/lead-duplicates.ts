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
  const key = normalizeCompanyName(lead.company);
  const sameName = customers.find((c) => c.normalizedName === key || c.aliases.some((alias) => normalizeCompanyName(alias) === key));
  if (sameName) return { customerId: sameName.id, by: 'name' };
  const phone = lead.phone ? normalizePhone(lead.phone) : null;
  const samePhone = phone ? customers.find((c) => c.phones.some((p) => normalizePhone(p) === phone)) : undefined;
  if (samePhone) return { customerId: samePhone.id, by: 'phone' };
  let best: { customerId: string; similarity: number } | null = null;
  for (const customer of customers) {
    const similarity = nameSimilarity(key, customer.normalizedName);
    if (similarity >= SIMILARITY_THRESHOLD && similarity > (best?.similarity ?? 0)) best = { customerId: customer.id, similarity };
  }
  return best ? { ...best, by: 'similar' } : null;
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
