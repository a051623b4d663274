import { z } from 'zod';
import { SIGNAL_TAGS } from './signals';

/**
 * The `leads` section of the rules file (docs/rules.md): how a lead is scored, who gets it, and how
 * long a rep has to accept and touch it. A tenant file replaces whole subsections (`scoring`,
 * `allocation`, `followUp`); what neither file names takes the defaults below.
 */

const share = z
  .number({ error: 'expected a number from 0 to 1' })
  .min(0, 'expected a number from 0 to 1')
  .max(1, 'expected a number from 0 to 1');
const points = z.number({ error: 'expected a whole number from 0 to 100' }).int('expected a whole number from 0 to 100').min(0).max(100);
const positive = z.number({ error: 'expected a positive number' }).positive('expected a positive number');
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time of day like 09:00');

const scoringSchema = z.strictObject({
  /** Points of the four parts; they add up to 100, so a score reads as "out of 100". */
  weights: z
    .strictObject({ region: points, industry: points, budget: points, urgency: points })
    .refine((w) => w.region + w.industry + w.budget + w.urgency === 100, 'the four weights must add up to 100'),
  /** Industry words the tenant sells into: a lead in one gets the full industry points. */
  targetIndustries: z.array(z.string().min(1)).min(1),
  /** Budget in yuan from `from` up gets `share` of the budget points; highest bracket first wins. */
  budgetBrackets: z.array(z.strictObject({ from: z.number().nonnegative(), share })).min(1),
  /** A lead with any of `tags` (extractor) or `keywords` (its words) gets `share` of the urgency points; the best signal counts. */
  urgency: z
    .array(z.strictObject({ tags: z.array(z.enum(SIGNAL_TAGS)).default([]), keywords: z.array(z.string().min(1)).default([]), share }))
    .min(1),
});

const allocationSchema = z
  .strictObject({
    /** From this score up: the best closers of the region. */
    topScore: points,
    /** Below this score: the nurture pool (公海). */
    poolBelow: points,
    /** Only reps whose 30-day win rate is strictly above this share are best closers. */
    topWinRateAbove: share,
    /** How many best closers are compared by load. */
    topCandidates: z.number().int().positive(),
    winRateDays: positive,
    /** A lead a rep enters from chat is theirs at once (no 接受); false: it is allocated like any other. */
    submitterKeepsChatLeads: z.boolean().default(true),
  })
  .refine((a) => a.poolBelow <= a.topScore, { message: 'poolBelow must not be above topScore', path: ['poolBelow'] });

const followUpSchema = z.strictObject({
  /** Working hours the rep has to tap 接受 before the manager hears. */
  acceptWithinWorkingHours: positive,
  /** Hours after accepting by which the first follow-up must be logged. */
  firstTouchWithinHours: positive,
  /** Days after assignment with no follow-up that send the lead back to the pool. */
  returnToPoolAfterDays: positive,
  /** The working day, in the tenant's zone, on its workdays. */
  workingHours: z.strictObject({ start: clock, end: clock }).refine((h) => h.start < h.end, 'start must be before end'),
});

export const leadRulesSchema = z.strictObject({
  scoring: scoringSchema.optional(),
  allocation: allocationSchema.optional(),
  followUp: followUpSchema.optional(),
});
export type LeadRulesSection = z.infer<typeof leadRulesSchema>;

export interface LeadRules {
  scoring: z.infer<typeof scoringSchema>;
  allocation: z.infer<typeof allocationSchema>;
  followUp: z.infer<typeof followUpSchema>;
}
export type ScoringRules = LeadRules['scoring'];
export type AllocationRules = LeadRules['allocation'];
export type FollowUpRules = LeadRules['followUp'];

/** What a tenant gets when no rules file names a subsection (rules/default.json spells the same out). */
export const LEAD_RULE_DEFAULTS: LeadRules = {
  scoring: {
    weights: { region: 30, industry: 25, budget: 25, urgency: 20 },
    targetIndustries: ['注塑', '模具', '塑料机械', '液压', '精密机械', '汽车零部件', '泵阀', '包装机械'],
    budgetBrackets: [
      { from: 1_000_000, share: 1 },
      { from: 500_000, share: 0.8 },
      { from: 200_000, share: 0.6 },
      { from: 50_000, share: 0.3 },
    ],
    urgency: [
      { tags: ['closing_soon'], keywords: ['下周签', '本周签', '这周签', '月底前签'], share: 1 },
      { tags: ['tender'], keywords: ['招标', '投标', '标书'], share: 0.8 },
      { tags: [], keywords: ['急需', '急要', '加急', '很急', '尽快', '马上'], share: 0.65 },
    ],
  },
  allocation: { topScore: 85, poolBelow: 60, topWinRateAbove: 0.65, topCandidates: 3, winRateDays: 30, submitterKeepsChatLeads: true },
  followUp: {
    acceptWithinWorkingHours: 4,
    firstTouchWithinHours: 24,
    returnToPoolAfterDays: 7,
    workingHours: { start: '09:00', end: '18:00' },
  },
};

/** The tenant's subsections replace the default file's, which replace the built-in defaults. */
export function mergeLeadRules(base: LeadRulesSection | undefined, override: LeadRulesSection | undefined): LeadRules {
  return {
    scoring: override?.scoring ?? base?.scoring ?? LEAD_RULE_DEFAULTS.scoring,
    allocation: override?.allocation ?? base?.allocation ?? LEAD_RULE_DEFAULTS.allocation,
    followUp: override?.followUp ?? base?.followUp ?? LEAD_RULE_DEFAULTS.followUp,
  };
}
