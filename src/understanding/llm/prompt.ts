import { readFileSync } from 'node:fs';
import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import type { ExtractionInput, ExtractionOptions } from '../extraction';

/** Recorded with every usage row, so answers can be traced to the prompt that produced them. */
export const PROMPT_VERSION = 'extract.v5';

// Read once at load; a new prompt is a new file and a new version, never an edit in place.
const systemPrompt = readFileSync(new URL(`../prompts/${PROMPT_VERSION}.md`, import.meta.url), 'utf8');

/**
 * The system prompt is the same for every call (providers cache that prefix); the rep's customers,
 * the tenant's rival brands and the text go into the user message as JSON, which keeps the text
 * from being read as instructions.
 */
export function buildMessages(input: ExtractionInput, options: ExtractionOptions): ChatCompletionMessageParam[] {
  const user = {
    customers: input.customers,
    ...(options.competitorBrands?.length ? { competitorBrands: options.competitorBrands } : {}),
    text: input.text,
  };
  return [
    { role: 'system', content: systemPrompt },
    { role: 'user', content: JSON.stringify(user) },
  ];
}
