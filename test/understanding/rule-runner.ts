import { extractByRules } from '../../src/understanding/rule-extractor';
import type { Extraction, ExtractionInput, ExtractionOptions } from '../../src/understanding/extraction';

/**
 * The rules' own tags, without the learned reader's weighing: for the few readings where the two
 * disagree and the rules' reading is the one a test states (listed in docs/decisions.md, "A learned
 * second reader of three tags").
 */
export const RULES_ALONE: ExtractionOptions = { learnedReaders: false };

/** Runs the rule extractor on a rep's message, as the bot would with this customer list, at `now` unless told another time. */
export function ruleRunner(
  customers: ExtractionInput['customers'],
  now = '2026-03-04T10:15:00+08:00',
): (text: string, at?: string, options?: ExtractionOptions) => Extraction {
  return (text, at = now, options = {}) =>
    extractByRules({ id: 't', now: at, sender: { id: 'u', name: '张伟' }, customers, text }, options);
}
