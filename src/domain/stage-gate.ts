import type { ContactRole } from './people';
import { CONTACT_ROLE_LABELS } from './people';
import type { Evidence } from './deal-evidence';
import { DOCUMENT_LABELS, LETTER_TERM_LABELS, type LetterTerm, type Requirement, type StageRules } from './stage-rules';
import type { Stage } from './stages';

/** What the gate knows about one deal. */
export interface DealFacts {
  /** The customer's people on file, with their buying role where known. */
  contacts: readonly { name: string; role: ContactRole | null }[];
  evidence: readonly Evidence[];
  /** Logged follow-ups on the deal that were more than an evidence statement: conversations reported. */
  followUps: number;
}

export interface GateItem {
  requirement: Requirement['kind'];
  /** One line a rep reads: what it is and, when missing, what is still lacking. */
  text: string;
}

export interface GateResult {
  done: GateItem[];
  missing: GateItem[];
  /** Per requirement of the stage, in the rules' order: whether it is met (the dashboard's heat map reads it item by item). */
  met: boolean[];
}

/** Checks every requirement of the deal's current stage: what is done and what is still missing. */
export function evaluateGate(rules: StageRules, stage: Stage, facts: DealFacts): GateResult {
  const result: GateResult = { done: [], missing: [], met: [] };
  for (const requirement of rules.stages[stage]?.requirements ?? []) {
    const { label, lacking } = check(requirement, facts);
    result.met.push(lacking === null);
    if (lacking === null) result.done.push({ requirement: requirement.kind, text: label });
    else result.missing.push({ requirement: requirement.kind, text: lacking ? `${label}:${lacking}` : label });
  }
  return result;
}

/** Whether the stage's gate reads the follow-up count: only then is it worth counting them. */
export function gateReadsFollowUps(rules: StageRules, stage: Stage): boolean {
  return (rules.stages[stage]?.requirements ?? []).some((r) => r.kind === 'conversation_summary');
}

export function gatePasses(gate: GateResult): boolean {
  return gate.missing.length === 0;
}

/** The requirement's label, and what is lacking: null when it is met, '' when nothing of it exists yet. */
function check(requirement: Requirement, facts: DealFacts): { label: string; lacking: string | null } {
  const of = <K extends Evidence['kind']>(kind: K) => facts.evidence.filter((e): e is Extract<Evidence, { kind: K }> => e.kind === kind);
  switch (requirement.kind) {
    case 'decision_chain': {
      const label = `决策链(至少${requirement.minPeople}人,含${requirement.roles.map((r) => CONTACT_ROLE_LABELS[r]).join('/')})`;
      const people = facts.contacts.filter((c) => c.role !== null);
      const absentRoles = requirement.roles.filter((role) => !people.some((c) => c.role === role));
      const lacking = [
        ...(people.length < requirement.minPeople ? [`目前${people.length}人`] : []),
        ...(absentRoles.length > 0 ? [`还缺${absentRoles.map((r) => CONTACT_ROLE_LABELS[r]).join('、')}`] : []),
      ];
      return { label, lacking: lacking.length === 0 ? null : lacking.join(',') };
    }
    case 'conversation_summary':
      return { label: '首次沟通纪要', lacking: facts.followUps > 0 ? null : '' };
    case 'pain_points': {
      const points = new Set(of('pain_points').flatMap((e) => e.points));
      const label = `客户痛点(至少${requirement.min}个)`;
      return { label, lacking: points.size >= requirement.min ? null : points.size === 0 ? '' : `目前${points.size}个` };
    }
    case 'document': {
      const label = documentLabel(requirement.document, requirement.covers);
      const documents = of('document').filter((e) => e.document === requirement.document);
      const covered = new Set(documents.flatMap((e) => e.covers));
      const uncovered = requirement.covers.filter((term) => !covered.has(term));
      const lacking = [
        ...(documents.some((e) => e.fromFile) ? [] : ['还没收到照片或文件']),
        ...(uncovered.length > 0 ? [`未写明${uncovered.map((t) => LETTER_TERM_LABELS[t]).join('、')}`] : []),
      ];
      return { label, lacking: lacking.length === 0 ? null : lacking.join(',') };
    }
    case 'demo_form':
      return { label: '演示方式(现场/远程/录屏)', lacking: of('demo_form').length > 0 ? null : '' };
    case 'customer_feedback':
      return { label: '客户反馈关键词', lacking: of('customer_feedback').some((e) => e.keywords.length > 0) ? null : '' };
    case 'quote_rounds': {
      const rounds = of('quote_round');
      const competitors = new Set(rounds.flatMap((e) => e.competitors));
      const label = requirement.withCompetitors ? '报价轮次及竞品' : '报价轮次';
      const lacking = [
        ...(rounds.length < requirement.min ? [`已记录${rounds.length}轮`] : []),
        ...(requirement.withCompetitors && competitors.size === 0 && rounds.length > 0 ? ['未写竞品名称'] : []),
      ];
      return { label, lacking: lacking.length === 0 ? null : rounds.length === 0 ? '' : lacking.join(',') };
    }
    case 'price_sensitivity': {
      const stated = of('price_sensitivity');
      const lacking = stated.length === 0 ? '' : stated.some((e) => e.reason) ? null : '还缺原因';
      return { label: '价格敏感度(高/中/低)及原因', lacking };
    }
  }
}

function documentLabel(document: keyof typeof DOCUMENT_LABELS, covers: readonly LetterTerm[]): string {
  const name = document === 'requirement_form' ? '客户签字的需求确认单' : DOCUMENT_LABELS[document];
  return covers.length > 0 ? `${name}(含${covers.map((t) => LETTER_TERM_LABELS[t]).join('、')})` : name;
}
