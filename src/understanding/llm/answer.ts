import { z } from 'zod';
import { INTENTS, QUERY_PERIODS, QUERY_STATUSES, QUERY_SUBJECTS } from '../extraction';
import { STAGES } from '../../domain/stages';
import { SIGNAL_TAGS } from '../../domain/signals';
import { CONTACT_ROLES } from '../../domain/people';
import { LlmExtractionError, type TokenUsage } from './errors';

type Codes = readonly [string, ...string[]];

const isOneOf = (codes: Codes, value: unknown): boolean => (codes as readonly unknown[]).includes(value);

/** Models invent codes the taxonomy lacks: keep the known ones instead of rejecting the answer. */
const knownCodes = <T extends Codes>(codes: T) =>
  z.preprocess((value) => (Array.isArray(value) ? value.filter((code) => isOneOf(codes, code)) : value), z.array(z.enum(codes)));

const knownCodeOrNull = <T extends Codes>(codes: T) =>
  z.preprocess((value) => (isOneOf(codes, value) ? value : null), z.enum(codes).nullable());

/**
 * What the model answers: the extraction without `id`, and the commitment's time expression as
 * written (`dueText`), which code resolves; models get date arithmetic wrong.
 */
const answerSchema = z.object({
  intent: z.enum(INTENTS),
  customerId: z.string().nullable(),
  customerName: z.string().nullable(),
  contacts: z.array(z.object({ name: z.string(), role: knownCodeOrNull(CONTACT_ROLES) })),
  tags: knownCodes(SIGNAL_TAGS),
  stage: knownCodeOrNull(STAGES),
  commitment: z.object({ action: z.string(), dueText: z.string().nullable() }).nullable(),
  amount: z.number().nullable(),
  competitors: z.array(z.string()),
  summary: z.string(),
  // A model that leaves it out (it is only for questions) still gives a usable answer.
  query: z.preprocess(
    (value) => value ?? null,
    z
      .object({
        subject: z.enum(QUERY_SUBJECTS),
        customerId: z.string().nullable(),
        owner: z.string().nullable(),
        status: knownCodeOrNull(QUERY_STATUSES),
        stage: knownCodeOrNull(STAGES),
        period: knownCodeOrNull(QUERY_PERIODS),
      })
      .nullable(),
  ),
});
export type Answer = z.infer<typeof answerSchema>;

/** The same shape for `response_format: json_schema` (strict: every field required, no extras). */
export const answerJsonSchema: Record<string, unknown> = (() => {
  const { $schema: _dialect, ...schema } = z.toJSONSchema(answerSchema);
  return schema;
})();

/** Parses the model's message content; throws LlmExtractionError carrying the tokens spent. */
export function parseAnswer(content: string | null | undefined, usage: TokenUsage): Answer {
  let json: unknown;
  try {
    json = JSON.parse(content ?? '');
  } catch {
    throw new LlmExtractionError('malformed_json', `answer is not JSON: ${preview(content)}`, usage);
  }
  const parsed = answerSchema.safeParse(json);
  if (!parsed.success) {
    throw new LlmExtractionError('schema_invalid', `answer does not fit the schema: ${z.prettifyError(parsed.error)}`, usage);
  }
  return parsed.data;
}

function preview(content: string | null | undefined): string {
  return content == null ? '(empty)' : JSON.stringify(content.slice(0, 200));
}
