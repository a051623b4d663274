import { In, IsNull, Not, type EntityManager } from 'typeorm';
import { handoverOfferCard, handoverReceivedCard, HANDOVER_ACTIONS, type HeldItems } from '../../cards/handover.card';
import { splitByLoad } from '../domain/handover';
import { OPEN_STAGES, STAGE_LABELS } from '../domain/stages';
import type { Effect } from '../pipeline/effects';
import { Commitment, Customer, Deal, Handover, Lead, LeadAssignment, User } from '../store/entities';
import { repRecords } from '../store/lead-queries';
import { STALE_ACTION_REPLY, type CardActionHandler, type CardActions } from './card-actions';
import { type FlowContext, textToActor } from './flow-context';
import { newRecordId } from './flow-context';
import { takeLead } from './place-lead';

/** Everything a member holds now, each item with its customer: what a handover moves. */
interface Holdings {
  customers: Customer[];
  deals: Deal[];
  promises: Commitment[];
  leads: { assignment: LeadAssignment; lead: Lead }[];
}

async function holdingsOf(em: EntityManager, tenantId: string, userId: string): Promise<Holdings> {
  const assignments = await em.findBy(LeadAssignment, { tenantId, repId: userId, returnedAt: IsNull() });
  const leads = assignments.length > 0 ? await em.findBy(Lead, { tenantId, id: In(assignments.map((a) => a.leadId)) }) : [];
  const leadOf = new Map(leads.map((lead) => [lead.id, lead]));
  return {
    customers: await em.find(Customer, { where: { tenantId, ownerId: userId }, order: { name: 'ASC' } }),
    deals: await em.find(Deal, { where: { tenantId, ownerId: userId, stage: In([...OPEN_STAGES]) }, order: { id: 'ASC' } }),
    promises: await em.find(Commitment, { where: { tenantId, ownerId: userId, doneAt: IsNull() }, order: { createdAt: 'ASC' } }),
    leads: assignments.flatMap((assignment) => {
      const lead = leadOf.get(assignment.leadId);
      return lead ? [{ assignment, lead }] : [];
    }),
  };
}

function customerIdsOf(holdings: Holdings): string[] {
  const { customers, deals, promises, leads } = holdings;
  return [
    ...new Set([
      ...customers.map((c) => c.id),
      ...deals.map((d) => d.customerId),
      ...promises.map((p) => p.customerId),
      ...leads.map((l) => l.assignment.customerId),
    ]),
  ];
}

async function heldItems(em: EntityManager, tenantId: string, holdings: Holdings): Promise<HeldItems> {
  const ids = customerIdsOf(holdings);
  const names = new Map((ids.length > 0 ? await em.findBy(Customer, { tenantId, id: In(ids) }) : []).map((c) => [c.id, c.name]));
  return {
    customers: holdings.customers.map((c) => c.name),
    deals: holdings.deals.map((d) => `${names.get(d.customerId) ?? ''}(${STAGE_LABELS[d.stage]})`),
    promises: holdings.promises.map((p) => `${names.get(p.customerId) ?? ''}:${p.action}`),
    leads: holdings.leads.map((l) => l.lead.company),
  };
}

/** Who decides the handover: the leaver's manager while on the team, else the tenant's admins. */
async function deciders(em: EntityManager, leaver: User): Promise<User[]> {
  const manager = leaver.managerId ? await em.findOneBy(User, { tenantId: leaver.tenantId, id: leaver.managerId, leftAt: IsNull() }) : null;
  if (manager) return [manager];
  return em.findBy(User, { tenantId: leaver.tenantId, role: 'admin', leftAt: IsNull() });
}

/** Who may take over, as the decider sees them: their team's reps (else the tenant's), then the decider. */
async function takersFor(em: EntityManager, decider: User, leaverId: string): Promise<User[]> {
  const active = { tenantId: decider.tenantId, role: 'rep' as const, leftAt: IsNull(), id: Not(leaverId) };
  const team = await em.find(User, { where: { ...active, managerId: decider.id }, order: { id: 'ASC' } });
  return team.length > 0 ? team : em.find(User, { where: active, order: { id: 'ASC' } });
}

/**
 * A member left: whoever decides (manager, else admins) gets a card listing what they held, with a
 * button per colleague and 按负载自动分配; a member who held nothing is only reported.
 */
export async function offerHandover(em: EntityManager, leaver: User): Promise<Effect[]> {
  const holdings = await holdingsOf(em, leaver.tenantId, leaver.id);
  const toDecide = await deciders(em, leaver);
  if (customerIdsOf(holdings).length === 0)
    return toDecide.map((decider) => ({
      type: 'send-text',
      to: decider.id,
      text: `${leaver.name} 已离开团队,名下没有客户、商机、承诺或线索,无需交接。`,
    }));
  // What the leaver held is the same for every decider: read once.
  const held = await heldItems(em, leaver.tenantId, holdings);
  const effects: Effect[] = [];
  for (const decider of toDecide) {
    const card = handoverOfferCard(leaver.name, held, await takersFor(em, decider, leaver.id), decider.id);
    effects.push({ type: 'send-card', to: decider.id, card, context: { leaverId: leaver.id } });
  }
  return effects;
}

/** The leaver the tapped card is about, and what they hold now. */
async function tappedHandover(ctx: FlowContext, leaverId: unknown) {
  const leaver = typeof leaverId === 'string' ? await ctx.em.findOneBy(User, { tenantId: ctx.tenant.id, id: leaverId }) : null;
  return leaver && { leaver, holdings: await holdingsOf(ctx.em, ctx.tenant.id, leaver.id) };
}

/** A second decision (two admins, or after someone moved things by hand) finds nothing to move. */
const NOTHING_LEFT = '已没有需要交接的内容';

/** 交给{name} / 我来接手: everything goes to one person. */
const handToOne: CardActionHandler = async ({ ctx, record, actionId, close }) => {
  const tapped = await tappedHandover(ctx, record.context.leaverId);
  const takerId = actionId.slice(HANDOVER_ACTIONS.toPrefix.length);
  const allowed =
    tapped && (takerId === ctx.actor.id || (await takersFor(ctx.em, ctx.actor, tapped.leaver.id)).some((u) => u.id === takerId));
  const taker = allowed ? await ctx.em.findOneBy(User, { tenantId: ctx.tenant.id, id: takerId, leftAt: IsNull() }) : null;
  if (!tapped || !taker) return [textToActor(ctx, STALE_ACTION_REPLY)];
  if (customerIdsOf(tapped.holdings).length === 0) return [close('cancelled', NOTHING_LEFT)];
  const owners = new Map(customerIdsOf(tapped.holdings).map((id) => [id, taker]));
  return [close('done', `已交给${taker.name}`), ...(await moveHoldings(ctx, tapped.leaver, tapped.holdings, owners))];
};

/** 按负载自动分配: each customer to the least-loaded rep of those offered (lead allocation's rule). */
const splitAuto: CardActionHandler = async ({ ctx, record, close }) => {
  const tapped = await tappedHandover(ctx, record.context.leaverId);
  if (!tapped) return [textToActor(ctx, STALE_ACTION_REPLY)];
  if (customerIdsOf(tapped.holdings).length === 0) return [close('cancelled', NOTHING_LEFT)];
  const takers = await takersFor(ctx.em, ctx.actor, tapped.leaver.id);
  if (takers.length === 0) return [textToActor(ctx, '团队里没有在职的销售可以分配,请点「我来接手」。')];
  const records = await repRecords(ctx.em, ctx.tenant.id, ctx.now, ctx.rules.leads.allocation.winRateDays);
  const units = customerIdsOf(tapped.holdings).map((customerId) => ({ customerId, load: loadOf(tapped.holdings, customerId) }));
  const split = splitByLoad(
    units,
    records.filter((r) => takers.some((t) => t.id === r.id)),
  );
  const byId = new Map(takers.map((t) => [t.id, t]));
  const owners = new Map([...split].map(([customerId, repId]) => [customerId, byId.get(repId)!]));
  const counts = [...new Set(owners.values())].map((u) => `${u.name} ${[...owners.values()].filter((o) => o === u).length} 个客户`);
  return [close('done', `已按负载分配:${counts.join('、')}`), ...(await moveHoldings(ctx, tapped.leaver, tapped.holdings, owners))];
};

/** What a customer adds to the taker's open follow-ups (lead allocation's count): its open deals and waiting leads, at least one. */
function loadOf(holdings: Holdings, customerId: string): number {
  const deals = holdings.deals.filter((d) => d.customerId === customerId).length;
  const leads = holdings.leads.filter((l) => l.assignment.customerId === customerId && !l.assignment.acceptedAt).length;
  return Math.max(1, deals + leads);
}

/**
 * Moves each customer's share to its new owner: the customer, its open deals and promises, its leads
 * (the placement ends as reassigned and a new one starts with the taker, accepted as the old one was;
 * a lead not yet accepted is taken now). Activities and closed deals keep who did them. One handover
 * row per customer for the archive's timeline; each taker gets a card with what they received.
 */
async function moveHoldings(ctx: FlowContext, leaver: User, holdings: Holdings, owners: ReadonlyMap<string, User>): Promise<Effect[]> {
  const { em, tenant, now } = ctx;
  const received = new Map<string, Holdings>();
  for (const [customerId, taker] of owners) {
    const share: Holdings = {
      customers: holdings.customers.filter((c) => c.id === customerId),
      deals: holdings.deals.filter((d) => d.customerId === customerId),
      promises: holdings.promises.filter((p) => p.customerId === customerId),
      leads: holdings.leads.filter((l) => l.assignment.customerId === customerId),
    };
    if (share.customers.length > 0)
      await em.update(Customer, { tenantId: tenant.id, id: customerId }, { ownerId: taker.id, updatedAt: now });
    for (const deal of share.deals) await em.update(Deal, { tenantId: tenant.id, id: deal.id }, { ownerId: taker.id, updatedAt: now });
    for (const promise of share.promises) await em.update(Commitment, { tenantId: tenant.id, id: promise.id }, { ownerId: taker.id });
    for (const { assignment, lead } of share.leads) await moveLead(ctx, assignment, lead, leaver, taker);
    await em.insert(Handover, {
      tenantId: tenant.id,
      customerId,
      fromUserId: leaver.id,
      toUserId: taker.id,
      byUserId: ctx.actor.id,
      what: shareText(share),
      at: now,
    });
    const mine = received.get(taker.id) ?? { customers: [], deals: [], promises: [], leads: [] };
    received.set(taker.id, {
      customers: [...mine.customers, ...share.customers],
      deals: [...mine.deals, ...share.deals],
      promises: [...mine.promises, ...share.promises],
      leads: [...mine.leads, ...share.leads],
    });
  }
  const cards: Effect[] = [];
  for (const [takerId, share] of received)
    cards.push({
      type: 'send-card',
      to: takerId,
      card: handoverReceivedCard(ctx.actor.name, leaver.name, await heldItems(em, tenant.id, share)),
    });
  return cards;
}

async function moveLead(ctx: FlowContext, assignment: LeadAssignment, lead: Lead, leaver: User, taker: User): Promise<void> {
  const { em, tenant, now } = ctx;
  await em.update(LeadAssignment, { tenantId: tenant.id, id: assignment.id }, { returnedAt: now, outcome: 'reassigned' });
  const next = em.create(LeadAssignment, {
    ...assignment,
    id: newRecordId('lda'),
    repId: taker.id,
    rule: 'handover',
    reason: `${leaver.name}离开,由${ctx.actor.name}交接给${taker.name}`,
    cardId: null,
    assignedAt: now,
    returnedAt: null,
    outcome: null,
    returnReason: null,
  });
  await em.insert(LeadAssignment, next);
  if (!assignment.acceptedAt) await takeLead(ctx, next, lead, taker);
}

/** 客户、2 个商机、1 条承诺、1 条线索. */
function shareText(share: Holdings): string {
  return holdingsText({
    customers: share.customers.length,
    deals: share.deals.length,
    promises: share.promises.length,
    leads: share.leads.length,
  });
}

/** What moved, for people (a handover row's `what`): 客户、2 个商机、1 条承诺. */
export function holdingsText(moved: { customers: number; deals: number; promises: number; leads: number }): string {
  return [
    moved.customers > 0 ? '客户' : '',
    moved.deals > 0 ? `${moved.deals} 个商机` : '',
    moved.promises > 0 ? `${moved.promises} 条承诺` : '',
    moved.leads > 0 ? `${moved.leads} 条线索` : '',
  ]
    .filter(Boolean)
    .join('、');
}

/** The manager's handover card: a colleague's button, 我来接手, or 按负载自动分配. */
export const handoverOfferActions: CardActions = {
  exact: { [HANDOVER_ACTIONS.auto]: splitAuto },
  prefixed: { [HANDOVER_ACTIONS.toPrefix]: handToOne },
};
