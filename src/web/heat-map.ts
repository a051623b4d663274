import { groupBy } from '../domain/collections';
import type { Requirement, StageRules } from '../domain/stage-rules';
import { DOCUMENT_LABELS } from '../domain/stage-rules';
import { OPEN_STAGES, STAGE_LABELS, type Stage } from '../domain/stages';
import type { OpenDealGate, TeamDeal } from '../store/metric-queries';

/**
 * The rep × action heat map: for each stage with rules, its required items (the gate, in the rules'
 * order) and its key action 按时跟进 (not over the stage's silence timer); a cell is the share of the
 * rep's open deals in that stage with the action done. Built from the gate facts the health index has
 * already read, so it costs no query of its own.
 */

export interface HeatCell {
  done: number;
  of: number;
}

export interface HeatStage {
  stage: Stage;
  label: string;
  actions: string[];
  rows: { repId: string; rep: string; cells: (HeatCell | null)[] }[];
}

/** Short enough for a column on a phone; the archive and the cards give the full wording. */
function actionLabel(requirement: Requirement): string {
  switch (requirement.kind) {
    case 'decision_chain':
      return '决策链';
    case 'conversation_summary':
      return '沟通纪要';
    case 'pain_points':
      return '客户痛点';
    case 'document':
      return DOCUMENT_LABELS[requirement.document];
    case 'demo_form':
      return '演示方式';
    case 'customer_feedback':
      return '客户反馈';
    case 'quote_rounds':
      return requirement.withCompetitors ? '报价及竞品' : '报价轮次';
    case 'price_sensitivity':
      return '价格敏感度';
  }
}

const ON_TIME = '按时跟进';

/** The actions of a stage with rules, as columns: its gate items, then 按时跟进 (every ruled stage has a silence timer). */
export function stageActions(rules: StageRules, stage: Stage): string[] {
  const rule = rules.stages[stage];
  return rule ? [...rule.requirements.map(actionLabel), ON_TIME] : [];
}

/** Whether the deal has action `index` of its stage done: a gate item met, or (past the items) within the silence timer. */
function actionDone(gate: OpenDealGate, index: number): boolean {
  return index < gate.met.length ? gate.met[index]! : gate.overSilenceTimer === false;
}

type GatedDeal = { deal: TeamDeal; gate: OpenDealGate };

/** The open deals by rep and stage (`repId~stage`), each with its gate: one pass over the team's deals. */
function byRepAndStage(deals: readonly TeamDeal[], openDeals: readonly OpenDealGate[]): Map<string, GatedDeal[]> {
  const gates = new Map(openDeals.map((g) => [g.dealId, g]));
  const gated = deals.flatMap((deal) => {
    const gate = gates.get(deal.id);
    return gate ? [{ deal, gate }] : [];
  });
  return groupBy(gated, ({ deal }) => `${deal.ownerId}~${deal.stage}`);
}

export function heatMap(
  reps: readonly { id: string; name: string }[],
  deals: readonly TeamDeal[],
  openDeals: readonly OpenDealGate[],
  rules: StageRules,
): HeatStage[] {
  const grouped = byRepAndStage(deals, openDeals);
  return OPEN_STAGES.flatMap((stage) => {
    const actions = stageActions(rules, stage);
    if (actions.length === 0) return [];
    const rows = reps.map((rep) => {
      const here = grouped.get(`${rep.id}~${stage}`) ?? [];
      const cells = actions.map((_, index) =>
        here.length === 0 ? null : { done: here.filter(({ gate }) => actionDone(gate, index)).length, of: here.length },
      );
      return { repId: rep.id, rep: rep.name, cells };
    });
    return [{ stage, label: STAGE_LABELS[stage], actions, rows }];
  });
}

/** A cell as `repId~stage~action` in a link, and back; null when it does not name a cell of these rules. */
export interface HeatCellKey {
  repId: string;
  stage: Stage;
  action: number;
}

export function heatCellParam(key: HeatCellKey): string {
  return `${key.repId}~${key.stage}~${key.action}`;
}

export function readHeatCell(value: unknown, rules: StageRules): HeatCellKey | null {
  if (typeof value !== 'string') return null;
  const [repId, stage, action] = value.split('~');
  const index = Number(action);
  if (!repId || !OPEN_STAGES.includes(stage as Stage) || !Number.isInteger(index) || index < 0) return null;
  return index < stageActions(rules, stage as Stage).length ? { repId, stage: stage as Stage, action: index } : null;
}

/** The deals behind a cell, those without the action first: what a manager follows up. */
export function heatCellDeals(
  key: HeatCellKey,
  deals: readonly TeamDeal[],
  openDeals: readonly OpenDealGate[],
): { deal: TeamDeal; done: boolean }[] {
  return (byRepAndStage(deals, openDeals).get(`${key.repId}~${key.stage}`) ?? [])
    .map(({ deal, gate }) => ({ deal, done: actionDone(gate, key.action) }))
    .sort((a, b) => Number(a.done) - Number(b.done));
}
