/** Customer signal taxonomy of the extraction contract. */
export const SIGNAL_TAGS = [
  'tender',
  'price',
  'contract',
  'closing_soon',
  'competitor',
  'delivery',
  'budget',
  'decision_maker',
  'approval',
  'payment',
  'after_sales',
  'churn_risk',
] as const;
export type SignalTag = (typeof SIGNAL_TAGS)[number];

export const SIGNAL_LABELS: Record<SignalTag, string> = {
  tender: '招标预警',
  price: '价格',
  contract: '合同',
  closing_soon: '临近签约',
  competitor: '竞品',
  delivery: '交付期',
  budget: '预算',
  decision_maker: '决策人',
  approval: '上会审批',
  payment: '付款条款',
  after_sales: '售后顾虑',
  churn_risk: '流失风险',
};

export function isSignalTag(value: unknown): value is SignalTag {
  return typeof value === 'string' && (SIGNAL_TAGS as readonly string[]).includes(value);
}
