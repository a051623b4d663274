import { z } from 'zod';
import { leadRulesSchema, mergeLeadRules, type LeadRules } from './lead-rules';
import { CONTACT_ROLES } from './people';
import { STAGES, type Stage } from './stages';
import { mergePlaybook, playbookSchema, type Playbook } from './playbook';

/**
 * Stage rules as data (docs/rules.md): per stage, what must be true before a deal leaves it, how
 * long it may stay silent, and who hears about a breach. `leads` (lead-rules.ts) sits beside `stages`;
 * the file's top level leaves room for further sections that other rules will add.
 */

export const DOCUMENT_KINDS = ['requirement_form', 'confirmation_letter', 'quote_sheet', 'other'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const DOCUMENT_LABELS: Record<DocumentKind, string> = {
  requirement_form: '需求确认单',
  confirmation_letter: '客户确认函',
  quote_sheet: '报价单',
  other: '其他材料',
};

/** What a confirmation letter must state. */
export const LETTER_TERMS = ['payment_terms', 'delivery_period', 'acceptance_criteria'] as const;
export type LetterTerm = (typeof LETTER_TERMS)[number];

export const LETTER_TERM_LABELS: Record<LetterTerm, string> = {
  payment_terms: '付款方式',
  delivery_period: '交期',
  acceptance_criteria: '验收标准',
};

const positiveInt = z
  .number({ error: 'expected a positive whole number' })
  .int('expected a positive whole number')
  .positive('expected a positive whole number');

const requirementSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('decision_chain'),
    minPeople: positiveInt,
    roles: z.array(z.enum(CONTACT_ROLES)).min(1),
  }),
  z.strictObject({ kind: z.literal('conversation_summary') }),
  z.strictObject({ kind: z.literal('pain_points'), min: positiveInt }),
  z.strictObject({
    kind: z.literal('document'),
    document: z.enum(DOCUMENT_KINDS),
    covers: z.array(z.enum(LETTER_TERMS)).default([]),
  }),
  z.strictObject({ kind: z.literal('demo_form') }),
  z.strictObject({ kind: z.literal('customer_feedback') }),
  z.strictObject({ kind: z.literal('quote_rounds'), min: positiveInt, withCompetitors: z.boolean().default(true) }),
  z.strictObject({ kind: z.literal('price_sensitivity') }),
]);
export type Requirement = z.infer<typeof requirementSchema>;

export const BREACH_RECIPIENTS = ['rep', 'manager'] as const;
export type BreachRecipient = (typeof BREACH_RECIPIENTS)[number];

const stageRuleSchema = z.strictObject({
  requirements: z.array(requirementSchema).default([]),
  silenceHours: z.number({ error: 'expected a positive number' }).positive('expected a positive number'),
  onBreach: z.strictObject({
    notify: z.array(z.enum(BREACH_RECIPIENTS)).min(1, 'name at least one recipient'),
    /** "card to the rep, then to the manager": the manager hears when the silence lasts this much longer. */
    escalateToManagerAfterHours: z.number({ error: 'expected a positive number' }).positive('expected a positive number').optional(),
    /** Marks the deal 待跟进 until the next real activity. */
    markFollowUp: z.boolean().default(false),
  }),
});
export type StageRule = z.infer<typeof stageRuleSchema>;

const RULED_STAGES = STAGES.filter((stage) => stage !== 'won' && stage !== 'lost');

export const rulesFileSchema = z.looseObject({
  stages: z.partialRecord(z.enum(RULED_STAGES as [Stage, ...Stage[]]), stageRuleSchema).default({}),
  leads: leadRulesSchema.optional(),
  playbook: playbookSchema.optional(),
});
export type RulesFile = z.infer<typeof rulesFileSchema>;

/** One tenant's rules: a stage with no entry has no requirements and no timer. */
export interface StageRules {
  stages: Partial<Record<Stage, StageRule>>;
}

export class RulesFileError extends Error {
  readonly code = 'RULES_INVALID';
}

/** Validates a parsed rules file; the error names the file and the bad key. */
export function parseRulesFile(name: string, raw: unknown): RulesFile {
  const parsed = rulesFileSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.flatMap((issue) => {
    // A misspelled key is named itself, not by its parent.
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [null];
    return keys.map((key) => {
      const path = [...issue.path, ...(key === null ? [] : [key])].join('.') || '(top level)';
      return `${name}: ${path}: ${key === null ? issue.message : 'unknown key'}`;
    });
  });
  throw new RulesFileError(problems.join('\n'));
}

/** Everything a tenant's rules file decides: stage rules and lead rules. */
export interface TenantRules extends StageRules {
  leads: LeadRules;
  playbook: Playbook;
}

/** A tenant override replaces whole stages (and lead subsections) of the default, so one rule is always read in one place. */
export function mergeRules(base: RulesFile, override: RulesFile | null): TenantRules {
  return {
    stages: { ...base.stages, ...(override?.stages ?? {}) },
    leads: mergeLeadRules(base.leads, override?.leads),
    playbook: mergePlaybook(base.playbook, override?.playbook),
  };
}
