import type { ContactRole } from './people';
import type { DocumentKind, LetterTerm } from './stage-rules';

/** What a rep has shown about a deal, one statement or file at a time; stored as a deal's evidence. */
export const DEMO_FORMS = ['onsite', 'remote', 'recorded'] as const;
export type DemoForm = (typeof DEMO_FORMS)[number];
export const DEMO_FORM_LABELS: Record<DemoForm, string> = { onsite: '现场', remote: '远程', recorded: '录屏' };

export const PRICE_SENSITIVITIES = ['high', 'medium', 'low'] as const;
export type PriceSensitivity = (typeof PRICE_SENSITIVITIES)[number];
export const PRICE_SENSITIVITY_LABELS: Record<PriceSensitivity, string> = { high: '高', medium: '中', low: '低' };

export type Evidence =
  | { kind: 'decision_chain'; people: { name: string; role: ContactRole }[] }
  | { kind: 'pain_points'; points: string[] }
  | { kind: 'document'; document: DocumentKind; fromFile: boolean; fileName: string | null; covers: LetterTerm[] }
  | { kind: 'demo_form'; form: DemoForm }
  | { kind: 'customer_feedback'; keywords: string[] }
  | { kind: 'quote_round'; round: number | null; competitors: string[] }
  | { kind: 'price_sensitivity'; level: PriceSensitivity; reason: string | null };

export type EvidenceKind = Evidence['kind'];
