import { ESCALATION_ACTIONS } from '../../cards/lead-escalation.card';
import { LEAD_ACTIONS } from '../../cards/lead-assignment.card';
import type { Effect } from '../pipeline/effects';
import { IsNull, MoreThanOrEqual } from 'typeorm';
import { Activity, Lead, LeadAssignment, type CardRecord } from '../store/entities';
import type { CardActionHandler, CardActions } from './card-actions';
import { type FlowContext, textToActor } from './flow-context';
import { endPlacement, placeLead, takeLead } from './place-lead';

const LEAD_GONE = '线索已转给他人或进入公海';

/** 接受: the rep becomes the lead's owner. */
const acceptLead: CardActionHandler = async ({ ctx, record, close }) => {
  const placed = await livePlacement(ctx, record);
  if (!placed) return [close('cancelled', LEAD_GONE)];
  await takeLead(ctx, placed.assignment, placed.lead, ctx.actor);
  const hours = ctx.rules.leads.followUp.firstTouchWithinHours;
  return [
    close('done', '已接受'),
    textToActor(ctx, `「${placed.lead.company}」已归你负责,请在 ${hours} 小时内跟进,跟进后直接告诉我情况。`),
  ];
};

/** 退回: the lead is allocated again without the rep, who is asked why. */
const returnLead: CardActionHandler = async ({ ctx, record, close }) => {
  const placed = await livePlacement(ctx, record);
  if (!placed) return [close('cancelled', LEAD_GONE)];
  await endPlacement(ctx, placed.assignment, 'returned', '');
  const next = await placeLead(ctx, placed.lead);
  return [
    close('cancelled', '已退回'),
    textToActor(ctx, `为什么退回「${placed.lead.company}」?回复「退回原因:……」,经理能看到。`),
    ...next.effects,
  ];
};

/** The buttons of a rep's lead-assignment card. */
export const leadAssignmentActions: CardActions = {
  exact: { [LEAD_ACTIONS.accept]: acceptLead, [LEAD_ACTIONS.return]: returnLead },
  prefixed: {},
};

/** 重新分配 on a manager's escalation: the lead is taken from the rep and allocated again. */
const reassignLead: CardActionHandler = async ({ ctx, record, close }) => {
  const placed = await livePlacement(ctx, record);
  if (!placed || placed.assignment.firstTouchAt) return [close('cancelled', '线索已被跟进或已转走,无需改派')];
  const ended = await endPlacement(ctx, placed.assignment, 'reassigned', `已由${ctx.actor.name}改派`);
  const next = await placeLead(ctx, placed.lead);
  const outcome = next.rep ? `已改派给${next.rep.name}` : '已放入公海';
  const toOldRep: Effect[] = placed.assignment.repId
    ? [{ type: 'send-text', to: placed.assignment.repId, text: `「${placed.lead.company}」已由${ctx.actor.name}改派。` }]
    : [];
  return [close('done', outcome), ...ended, ...toOldRep, ...next.effects];
};

/** The buttons of a manager's lead-escalation card: 重新分配 and 暂不. */
export const leadEscalationActions: CardActions = {
  exact: { [ESCALATION_ACTIONS.reassign]: reassignLead, [ESCALATION_ACTIONS.keep]: async ({ close }) => [close('cancelled', '暂不改派')] },
  prefixed: {},
};

/** 退回原因:… — kept on the rep's latest returned lead that has no reason yet. */
export async function recordReturnReason(ctx: FlowContext, reason: string): Promise<Effect[]> {
  const returned = await ctx.em.findOne(LeadAssignment, {
    where: { tenantId: ctx.tenant.id, repId: ctx.actor.id, outcome: 'returned' },
    order: { returnedAt: 'DESC' },
  });
  if (!returned || returned.returnReason) return [textToActor(ctx, '没有找到待说明原因的退回线索。')];
  await ctx.em.update(LeadAssignment, { tenantId: ctx.tenant.id, id: returned.id }, { returnReason: reason });
  return [textToActor(ctx, '已记录退回原因。')];
}

/** The card's assignment, if the lead is still placed there. */
async function livePlacement(ctx: FlowContext, record: CardRecord): Promise<{ assignment: LeadAssignment; lead: Lead } | null> {
  const assignment = await ctx.em.findOneBy(LeadAssignment, { tenantId: ctx.tenant.id, id: String(record.context.assignmentId) });
  if (!assignment || assignment.returnedAt) return null;
  const lead = await ctx.em.findOneByOrFail(Lead, { tenantId: ctx.tenant.id, id: assignment.leadId });
  return { assignment, lead };
}

/**
 * A logged follow-up on a customer whose lead the rep holds is the lead's first touch; later ones change
 * nothing. Called by record-activity; returns the rep's placement the follow-up counts for (null when
 * none), which the receipt keeps for undo.
 */
export async function markFirstTouch(ctx: FlowContext, customerId: string, at: Date): Promise<string | null> {
  const assignment = await ctx.em.findOneBy(LeadAssignment, {
    tenantId: ctx.tenant.id,
    customerId,
    repId: ctx.actor.id,
    returnedAt: IsNull(),
  });
  if (!assignment) return null;
  if (!assignment.firstTouchAt) await ctx.em.update(LeadAssignment, { tenantId: ctx.tenant.id, id: assignment.id }, { firstTouchAt: at });
  return assignment.id;
}

/**
 * After an undo: the placement's first touch is again its rep's earliest remaining follow-up on that
 * customer logged since the placement began. Undoing the first of two follow-ups moves the first touch
 * to the second (the rep did touch the lead, later); undoing the only one clears it, so the lead is
 * untouched again and its timers (24-hour escalation, return to the pool) apply as if it had never
 * been logged. Undoing a later follow-up changes nothing.
 */
export async function recomputeFirstTouch(ctx: FlowContext, assignmentId: string): Promise<void> {
  const { em, tenant } = ctx;
  const assignment = await em.findOneBy(LeadAssignment, { tenantId: tenant.id, id: assignmentId });
  if (!assignment?.repId) return;
  const earliest = await em.findOne(Activity, {
    select: { occurredAt: true },
    where: {
      tenantId: tenant.id,
      customerId: assignment.customerId,
      userId: assignment.repId,
      createdAt: MoreThanOrEqual(assignment.assignedAt),
    },
    order: { occurredAt: 'ASC' },
  });
  const firstTouchAt = earliest?.occurredAt ?? null;
  if (firstTouchAt?.getTime() !== assignment.firstTouchAt?.getTime())
    await em.update(LeadAssignment, { tenantId: tenant.id, id: assignment.id }, { firstTouchAt });
}
