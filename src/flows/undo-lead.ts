import { closeCard } from '../../cards/card';
import type { Effect } from '../pipeline/effects';
import { Activity, CardRecord, Contact, Lead, LeadAssignment } from '../store/entities';
import { type FlowContext, textToActor } from './flow-context';
import { removeUnusedCustomer } from './undo-activity';

/**
 * Takes back a lead the rep registered from chat, while nobody has worked on it: the lead, its
 * placements (an open 新线索 card is closed), the contact and the customer created for it. A lead
 * already followed up is kept, and the rep is told why. A duplicate (撞单) is only a record of the
 * event: its row goes.
 */
export async function undoLead(ctx: FlowContext, lead: Lead): Promise<Effect[]> {
  const { em, tenant, actor } = ctx;
  if (lead.customerId && (await em.countBy(Activity, { tenantId: tenant.id, customerId: lead.customerId })) > 0)
    return [textToActor(ctx, `线索「${lead.company}」已经有跟进记录,不能撤销了;如需删除请联系经理。`)];
  const assignments = await em.findBy(LeadAssignment, { tenantId: tenant.id, leadId: lead.id });
  const closed: Effect[] = [];
  for (const assignment of assignments) {
    const card = assignment.cardId ? await em.findOneBy(CardRecord, { tenantId: tenant.id, id: assignment.cardId }) : null;
    if (card?.state === 'open')
      closed.push({ type: 'update-card', cardId: card.id, card: closeCard(card.card, 'cancelled', `${actor.name}已撤回这条线索`) });
  }
  await em.delete(LeadAssignment, { tenantId: tenant.id, leadId: lead.id });
  await em.delete(Lead, { tenantId: tenant.id, id: lead.id });
  if (lead.customerId) {
    // The contact intake wrote with the lead, so the customer is left as it came.
    await em.delete(Contact, { tenantId: tenant.id, customerId: lead.customerId, createdAt: lead.createdAt });
    await removeUnusedCustomer(ctx, lead.customerId);
  }
  return [...closed, textToActor(ctx, `已撤销刚才登记的线索「${lead.company}」。`)];
}
