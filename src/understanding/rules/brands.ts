import { z } from 'zod';
import { loadWordFile, words } from '../words/word-file';

/** Rival brands the rule path knows without tenant configuration (words/brands.json, by industry). */
const brandFile = loadWordFile(
  'brands.json',
  z.object({
    version: z.literal(1),
    note: z.string(),
    groups: z.record(z.string(), words),
    notIn: words.optional(),
    notRivals: words,
    standalone: words,
  }),
);

/** Brands that end everyday words (完美的 holds 美的): read only where they start a word. */
export const STANDALONE_BRANDS: ReadonlySet<string> = new Set(brandFile.standalone);

export const DEFAULT_BRANDS: readonly string[] = [...Object.values(brandFile.groups).flat(), ...brandFile.standalone];

/** Longer words that hold a brand and are something else (人保局 is a bureau, not the insurer 人保). */
export const NOT_BRANDS: readonly string[] = brandFile.notIn ?? [];

/** What a rival's position can hold that is never a maker: a party (律师, 总包), a person (司机), a material (PVC). */
export const NOT_RIVALS: ReadonlySet<string> = new Set(brandFile.notRivals.map((word) => word.toLowerCase()));
