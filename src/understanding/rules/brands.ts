import { z } from 'zod';
import { loadWordFile, words } from '../words/word-file';

/** Rival brands the rule path knows without tenant configuration (words/brands.json, by industry). */
const brandFile = loadWordFile('brands.json', z.object({ version: z.literal(1), note: z.string(), groups: z.record(z.string(), words) }));

export const DEFAULT_BRANDS: readonly string[] = Object.values(brandFile.groups).flat();
