import { extractByRules } from '../../src/understanding/rule-extractor';
import type { Extraction, ExtractionInput } from '../../src/understanding/extraction';

/** Runs the rule extractor on a rep's message, as the bot would with this customer list, at `now` unless told another time. */
export function ruleRunner(
  customers: ExtractionInput['customers'],
  now = '2026-03-04T10:15:00+08:00',
): (text: string, at?: string) => Extraction {
  return (text, at = now) => extractByRules({ id: 't', now: at, sender: { id: 'u', name: '张伟' }, customers, text });
}
