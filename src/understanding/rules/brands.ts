import { z } from 'zod';
import { loadWordFile, words } from '../words/word-file';

/** Rival brands the rule path knows without tenant configuration (words/brands.json, by industry). */
const brandFile = loadWordFile(
  'brands.json',
  z.object({ version: z.literal(1), note: z.string(), groups: z.record(z.string(), words), notIn: words.optional() }),
);

export const DEFAULT_BRANDS: readonly string[] = Object.values(brandFile.groups).flat();

/** Longer words that hold a brand and are something else (人保局 is a bureau, not the insurer 人保). */
export const NOT_BRANDS: readonly string[] = brandFile.notIn ?? [];
