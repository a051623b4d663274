import { z } from 'zod';
import type { WorkCalendar } from '../domain/business-calendar';
import type { Evidence } from '../domain/deal-evidence';
import { STAGES } from '../domain/stages';
import { SIGNAL_TAGS } from '../domain/signals';
import { CONTACT_ROLES } from '../domain/people';

/** The extraction contract (docs/contracts/extraction.md): one input and one output per rep message. */

export const INTENTS = ['log_activity', 'create_lead', 'stage_change', 'complete_commitment', 'query', 'undo', 'help', 'other'] as const;
export type Intent = (typeof INTENTS)[number];

/** What a question asks about (contract version 2, `query`). */
export const QUERY_SUBJECTS = [
  'deals',
  'deal_status',
  'promises',
  'contacts',
  'timeline',
  'archive',
  'leads',
  'metrics',
  'playbook',
  'owner',
] as const;
export type QuerySubject = (typeof QUERY_SUBJECTS)[number];
export const QUERY_STATUSES = ['overdue', 'silent', 'open', 'closing', 'won', 'lost'] as const;
export type QueryStatus = (typeof QUERY_STATUSES)[number];
export const QUERY_PERIODS = ['today', 'this_week', 'last_week', 'this_month'] as const;
export type QueryPeriod = (typeof QUERY_PERIODS)[number];

export const querySchema = z.object({
  subject: z.enum(QUERY_SUBJECTS),
  customerId: z.string().nullable(),
  /** A colleague named as whose records are asked for (吴静的商机), as written; null for the asker's own or the team's. */
  owner: z.string().nullable(),
  status: z.enum(QUERY_STATUSES).nullable(),
  stage: z.enum(STAGES).nullable(),
  period: z.enum(QUERY_PERIODS).nullable(),
});
export type Query = z.infer<typeof querySchema>;

export const extractionInputSchema = z.object({
  id: z.string(),
  /** ISO 8601 with offset; the instant "now" for resolving relative times. */
  now: z.string(),
  sender: z.object({ id: z.string(), name: z.string() }),
  customers: z.array(z.object({ id: z.string(), name: z.string(), aliases: z.array(z.string()).default([]) })),
  text: z.string(),
});
export type ExtractionInput = z.infer<typeof extractionInputSchema>;

export const extractionSchema = z.object({
  id: z.string(),
  intent: z.enum(INTENTS),
  customerId: z.string().nullable(),
  customerName: z.string().nullable(),
  contacts: z.array(z.object({ name: z.string(), role: z.enum(CONTACT_ROLES).nullable() })),
  tags: z.array(z.enum(SIGNAL_TAGS)),
  stage: z.enum(STAGES).nullable(),
  /** due: ISO 8601 with the tenant's offset (+08:00 for Asia/Shanghai), or null. */
  commitment: z.object({ action: z.string(), due: z.string().nullable() }).nullable(),
  amount: z.number().nullable(),
  competitors: z.array(z.string()),
  summary: z.string(),
  /** Not in the contract: an amount the message stated that cannot be kept (see fitExtraction), so the rep can be told. */
  rejectedAmount: z.number().optional(),
  /** Not in the contract: statements written by form (see statements.ts), when the message has them. */
  evidence: z.array(z.custom<Evidence>()).optional(),
  returnReason: z.string().optional(),
  /** Why, as the rep stated it (因为…, 原因是…): a loss's or a move's reason. */
  reason: z.string().optional(),
  /** For intent `query` only; labelled sets of contract version 1 have none. */
  query: querySchema.nullable().default(null),
});
export type Extraction = z.infer<typeof extractionSchema>;

/** Options that vary per tenant (rival brands, time zone). */
export interface ExtractionOptions {
  timeZone?: string;
  /** The tenant's work calendar, for N个工作日; weekdays without holidays when unset. */
  calendar?: WorkCalendar;
  competitorBrands?: readonly string[];
  /** Off (false): the rules' own reading, without the learned readers of tags and leads (to measure what they add). */
  learnedReaders?: boolean;
}

/** Any extractor: the rule-based one is synchronous, the LLM one is not; callers await both. */
export type Extractor = (input: ExtractionInput, options?: ExtractionOptions) => Extraction | Promise<Extraction>;
