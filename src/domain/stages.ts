/** Deal stages, keyed by code; Chinese labels are display-only and free to change. */
export const STAGES = ['lead', 'contact', 'requirement', 'demo', 'negotiation', 'won', 'lost'] as const;
export type Stage = (typeof STAGES)[number];

export const OPEN_STAGES: readonly Stage[] = ['lead', 'contact', 'requirement', 'demo', 'negotiation'];

export const STAGE_LABELS: Record<Stage, string> = {
  lead: '线索',
  contact: '初步接触',
  requirement: '需求确认',
  demo: '方案演示',
  negotiation: '商务谈判',
  won: '赢单',
  lost: '丢单',
};

export function isStage(value: unknown): value is Stage {
  return typeof value === 'string' && (STAGES as readonly string[]).includes(value);
}

export function isOpenStage(stage: Stage): boolean {
  return OPEN_STAGES.includes(stage);
}
