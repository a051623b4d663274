import type { Extraction } from './extraction';

/** Scores extractor outputs against gold labels: per-field accuracy, tag micro P/R/F1, worst cases. */

export const SCORED_FIELDS = ['intent', 'customerId', 'customerName', 'customer', 'stage', 'amount', 'commitment', 'due'] as const;
export type ScoredField = (typeof SCORED_FIELDS)[number];

export interface FieldDiff {
  field: ScoredField | 'tags';
  expected: unknown;
  actual: unknown;
}
export interface CaseResult {
  id: string;
  text?: string;
  errors: number;
  diffs: FieldDiff[];
}
export interface TagScore {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}
/** How many cases of one gold class (an intent, a query subject) there were, and how many were read right. */
export interface ClassScore {
  cases: number;
  correct: number;
}

export interface ScoreReport {
  cases: number;
  accuracy: Record<ScoredField, number>;
  /** By gold intent: how many of its cases got that intent. */
  byIntent: Record<string, ClassScore>;
  /** By gold query subject (contract version 2): how many questions got that subject. */
  byQuerySubject: Record<string, ClassScore>;
  tags: TagScore;
  worst: CaseResult[];
}
export interface ScoredCase {
  output: Extraction;
  gold: Extraction;
  text?: string;
}

const sameInstant = (a: string | null, b: string | null): boolean => (a === null || b === null ? a === b : Date.parse(a) === Date.parse(b));

/** Id when gold has one; otherwise the new name (and no id); otherwise neither. */
function customerCorrect(out: Extraction, gold: Extraction): boolean {
  if (gold.customerId) return out.customerId === gold.customerId;
  if (gold.customerName) return out.customerId === null && out.customerName === gold.customerName;
  return out.customerId === null && out.customerName === null;
}

const FIELD_CHECKS: Record<ScoredField, { pick: (e: Extraction) => unknown; equal?: (o: Extraction, g: Extraction) => boolean }> = {
  intent: { pick: (e) => e.intent },
  customerId: { pick: (e) => e.customerId },
  customerName: { pick: (e) => e.customerName },
  customer: { pick: (e) => e.customerId ?? e.customerName, equal: customerCorrect },
  stage: { pick: (e) => e.stage },
  amount: {
    pick: (e) => e.amount,
    equal: (o, g) => (o.amount === null || g.amount === null ? o.amount === g.amount : Math.abs(o.amount - g.amount) < 0.5),
  },
  commitment: { pick: (e) => e.commitment !== null, equal: (o, g) => (o.commitment !== null) === (g.commitment !== null) },
  due: { pick: (e) => e.commitment?.due ?? null, equal: (o, g) => sameInstant(o.commitment?.due ?? null, g.commitment?.due ?? null) },
};

function scoreCase({ output, gold, text }: ScoredCase): { result: CaseResult; tp: number; fp: number; fn: number } {
  const diffs: FieldDiff[] = [];
  for (const field of SCORED_FIELDS) {
    const check = FIELD_CHECKS[field];
    const ok = check.equal ? check.equal(output, gold) : check.pick(output) === check.pick(gold);
    if (!ok) diffs.push({ field, expected: check.pick(gold), actual: check.pick(output) });
  }
  const goldTags = new Set(gold.tags);
  const outTags = new Set(output.tags);
  const tp = [...outTags].filter((t) => goldTags.has(t)).length;
  const fp = outTags.size - tp;
  const fn = goldTags.size - tp;
  if (fp + fn > 0) diffs.push({ field: 'tags', expected: [...goldTags].sort(), actual: [...outTags].sort() });
  const errors = diffs.length - (fp + fn > 0 ? 1 : 0) + fp + fn;
  return { result: { id: gold.id, text, errors, diffs }, tp, fp, fn };
}

const ratio = (n: number, d: number): number => (d === 0 ? 1 : n / d);

export function scoreExtractions(cases: readonly ScoredCase[], worstCount = 10): ScoreReport {
  const results = cases.map(scoreCase);
  const accuracy = Object.fromEntries(
    SCORED_FIELDS.map((f) => [f, ratio(results.filter((r) => !r.result.diffs.some((d) => d.field === f)).length, results.length)]),
  ) as Record<ScoredField, number>;
  const tp = results.reduce((s, r) => s + r.tp, 0);
  const fp = results.reduce((s, r) => s + r.fp, 0);
  const fn = results.reduce((s, r) => s + r.fn, 0);
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const worst = results
    .map((r) => r.result)
    .filter((r) => r.errors > 0)
    .sort((a, b) => b.errors - a.errors)
    .slice(0, worstCount);
  const byIntent = tally(
    cases,
    (c) => c.gold.intent,
    (c) => c.output.intent === c.gold.intent,
  );
  const questions = cases.filter((c) => c.gold.query);
  const byQuerySubject = tally(
    questions,
    (c) => c.gold.query!.subject,
    (c) => c.output.query?.subject === c.gold.query!.subject,
  );
  return { cases: cases.length, accuracy, byIntent, byQuerySubject, tags: { precision, recall, f1, tp, fp, fn }, worst };
}

function tally(
  cases: readonly ScoredCase[],
  classOf: (c: ScoredCase) => string,
  right: (c: ScoredCase) => boolean,
): Record<string, ClassScore> {
  const scores: Record<string, ClassScore> = {};
  for (const c of cases) {
    const score = (scores[classOf(c)] ??= { cases: 0, correct: 0 });
    score.cases++;
    if (right(c)) score.correct++;
  }
  return scores;
}
