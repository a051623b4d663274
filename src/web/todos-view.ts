import { In, IsNull } from 'typeorm';
import { localDayStart } from '../domain/business-calendar';
import { formatForPeople } from '../domain/business-time';
import { silenceStart } from '../domain/silence-timer';
import { STAGE_LABELS } from '../domain/stages';
import type { FlowContext } from '../flows/flow-context';
import { Commitment, Lead, LeadAssignment } from '../store/entities';
import { customerNames } from '../store/job-queries';
import { dealsBreachingBetween } from '../store/metric-queries';

export interface TodosView {
  promises: {
    id: string;
    customerId: string;
    customer: string;
    action: string;
    due: string | null;
    overdue: boolean;
    postponable: boolean;
  }[];
  timersToday: { customerId: string; customer: string; stage: string; silentSince: string }[];
  leads: { company: string; score: number | null; reason: string; assigned: string }[];
}

/**
 * 我的待办: the member's open promises (overdue first, then by due time, as the chat's promise list),
 * their deals whose stage timer runs out today (the rep briefing's query), and leads waiting for them to accept.
 */
export async function todosView(ctx: FlowContext): Promise<TodosView> {
  const { em, tenant, actor, now } = ctx;
  const zone = tenant.timezone;
  const today = { from: localDayStart(now, zone), to: localDayStart(now, zone, 1) };
  const open = await em.find(Commitment, { where: { tenantId: tenant.id, ownerId: actor.id, doneAt: IsNull() } });
  open.sort((a, b) => (a.dueAt?.getTime() ?? Infinity) - (b.dueAt?.getTime() ?? Infinity));
  const timers = (await dealsBreachingBetween(em, tenant.id, ctx.rules, today)).filter((d) => d.ownerId === actor.id);
  const waiting = await em.find(LeadAssignment, {
    where: { tenantId: tenant.id, repId: actor.id, acceptedAt: IsNull(), returnedAt: IsNull() },
    order: { assignedAt: 'DESC' },
  });
  const leads = waiting.length > 0 ? await em.find(Lead, { where: { tenantId: tenant.id, id: In(waiting.map((a) => a.leadId)) } }) : [];
  const leadById = new Map(leads.map((l) => [l.id, l]));
  const names = await customerNames(em, tenant.id, [...open.map((c) => c.customerId), ...timers.map((d) => d.customerId)]);
  return {
    promises: open.map((c) => ({
      id: c.id,
      customerId: c.customerId,
      customer: names.get(c.customerId) ?? c.customerId,
      action: c.action,
      due: c.dueAt ? formatForPeople(c.dueAt, zone) : null,
      overdue: c.dueAt !== null && c.dueAt < now,
      postponable: c.dueAt !== null,
    })),
    timersToday: timers.map((d) => ({
      customerId: d.customerId,
      customer: names.get(d.customerId) ?? d.customerId,
      stage: STAGE_LABELS[d.stage],
      silentSince: formatForPeople(silenceStart(d), zone),
    })),
    leads: waiting.map((a) => ({
      company: leadById.get(a.leadId)?.company ?? a.leadId,
      score: leadById.get(a.leadId)?.score ?? null,
      reason: a.reason,
      assigned: formatForPeople(a.assignedAt, zone),
    })),
  };
}
