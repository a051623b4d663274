import type { ScoringRules } from './lead-rules';
import type { SignalTag } from './signals';

/** What scoring reads of a lead. */
export interface ScoredLead {
  company: string;
  /** A province (`浙江`). */
  region: string | null;
  industry: string | null;
  /** Yuan. */
  budget: number | null;
  /** Words that may make it urgent: the urgency field, the note, the rep's message. */
  urgencyText: string;
  tags: readonly SignalTag[];
}

export interface ScoreBreakdown {
  region: number;
  industry: number;
  budget: number;
  urgency: number;
}

export interface LeadScore {
  total: number;
  parts: ScoreBreakdown;
}

/**
 * 0–100 from four parts, each a share of its weight rounded to whole points:
 * region — full when some rep covers the lead's region, else none (nobody nearby can visit);
 * industry — full when the lead's industry or name holds one of the tenant's target industries;
 * budget — the share of the highest bracket the stated budget reaches, none when unstated;
 * urgency — the share of the strongest urgency signal among the extractor's tags and the lead's words.
 */
export function scoreLead(lead: ScoredLead, rules: ScoringRules, repRegions: readonly string[]): LeadScore {
  const { weights } = rules;
  const industryText = `${lead.industry ?? ''} ${lead.company}`;
  const bracket =
    lead.budget === null ? undefined : [...rules.budgetBrackets].sort((a, b) => b.from - a.from).find((b) => lead.budget! >= b.from);
  const urgencyShares = rules.urgency
    .filter(
      (signal) => signal.tags.some((tag) => lead.tags.includes(tag)) || signal.keywords.some((word) => lead.urgencyText.includes(word)),
    )
    .map((signal) => signal.share);
  const parts: ScoreBreakdown = {
    region: lead.region !== null && repRegions.includes(lead.region) ? weights.region : 0,
    industry: rules.targetIndustries.some((target) => industryText.includes(target)) ? weights.industry : 0,
    budget: Math.round(weights.budget * (bracket?.share ?? 0)),
    urgency: Math.round(weights.urgency * Math.max(0, ...urgencyShares)),
  };
  return { total: parts.region + parts.industry + parts.budget + parts.urgency, parts };
}

/** `评分 88(地域 30/行业 25/预算 20/紧急 13)`. */
export function scoreText(score: LeadScore): string {
  const { region, industry, budget, urgency } = score.parts;
  return `评分 ${score.total}(地域 ${region}/行业 ${industry}/预算 ${budget}/紧急 ${urgency})`;
}
