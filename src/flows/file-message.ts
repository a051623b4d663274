import { In } from 'typeorm';
import { askCustomerCard } from '../../cards/ask-customer.card';
import { normalizeCompanyName } from '../domain/company-name';
import { isOpenStage } from '../domain/stages';
import { findDuplicate } from '../domain/lead-duplicates';
import { knownCustomers } from '../store/lead-queries';
import type { Effect } from '../pipeline/effects';
import { Customer, Deal, User } from '../store/entities';
import { visibleCustomers } from '../store/visibility';
import { newRecordId, type FlowContext } from './flow-context';
import { openLeadDeal } from './open-lead-deal';
import { othersCustomerNamed, whoseCustomer } from './others-customer';
import { pendingContext, type PendingMessage } from './pending-message';
import { recordActivity } from './record-activity';

/**
 * Files a message on its customer; a customer of someone else is not filed (the rep learns whose it is);
 * otherwise asks which customer it is about.
 */
export async function fileMessage(ctx: FlowContext, message: PendingMessage): Promise<Effect[]> {
  const customer = await namedCustomer(ctx, message.extraction.customerId);
  if (customer) return recordActivity(ctx, { customer, ...message });
  const others = await othersCustomerNamed(ctx, message.text);
  if (others)
    return [{ type: 'send-text', to: ctx.actor.id, text: `${whoseCustomer(others)}这条没有记录。需要协作请联系负责人或你的经理。` }];
  return askForCustomer(ctx, message);
}

/** The customer the extraction names, from those the batch already read when it is among them. */
export async function namedCustomer(ctx: FlowContext, customerId: string | null): Promise<Customer | null> {
  if (!customerId) return null;
  const seen = ctx.customersSeen?.find((customer) => customer.id === customerId);
  return seen ?? (await ctx.em.findOneBy(Customer, { tenantId: ctx.tenant.id, id: customerId }));
}

export async function askForCustomer(ctx: FlowContext, message: PendingMessage): Promise<Effect[]> {
  const candidates = await likelyCustomers(ctx);
  const card = askCustomerCard({ text: message.text, candidates, newCustomerName: message.extraction.customerName });
  return [
    {
      type: 'send-card',
      to: ctx.actor.id,
      card,
      context: pendingContext(message),
    },
  ];
}

/** The customer the rep picked, when it is one the rep may see. */
export async function pickedCustomer(ctx: FlowContext, customerId: string): Promise<Customer | null> {
  return (await visibleCustomers(ctx.em, ctx.actor)).find((customer) => customer.id === customerId) ?? null;
}

/** Files the pending message on a customer the rep picked. */
export function fileOnCustomer(ctx: FlowContext, message: PendingMessage, customer: Customer): Promise<Effect[]> {
  return recordActivity(ctx, { customer, ...message, extraction: { ...message.extraction, customerId: customer.id } });
}

/**
 * Creates the customer the rep named, owned by the rep, with a deal at 线索, and files the message there;
 * unless it is a customer on file already (撞单, checked the way lead intake checks): then the message
 * goes to that customer if the rep may see it, and otherwise the rep learns only who owns it.
 */
export async function fileOnNewCustomer(
  ctx: FlowContext,
  message: PendingMessage,
  name: string,
): Promise<{ outcome: 'created' | 'on-file' | 'refused'; effects: Effect[] }> {
  const { em, tenant, actor, now } = ctx;
  const match = findDuplicate({ company: name, phone: null }, await knownCustomers(em, tenant.id));
  if (match) {
    const onFile = await pickedCustomer(ctx, match.customerId);
    if (onFile) return { outcome: 'on-file', effects: await fileOnCustomer(ctx, message, onFile) };
    const existing = await em.findOneByOrFail(Customer, { tenantId: tenant.id, id: match.customerId });
    const owner = existing.ownerId ? await em.findOneBy(User, { tenantId: tenant.id, id: existing.ownerId }) : null;
    const text = `「${name}」已是公司客户,负责人:${owner?.name ?? '暂无(在公海)'}。这条记录没有保存,请联系负责人或你的经理。`;
    return { outcome: 'refused', effects: [{ type: 'send-text', to: actor.id, text }] };
  }
  const customer = em.create(Customer, {
    tenantId: tenant.id,
    id: newRecordId('cus'),
    name,
    normalizedName: normalizeCompanyName(name),
    aliases: [],
    ownerId: actor.id,
    region: actor.region,
    industry: null,
    createdAt: now,
    updatedAt: now,
  });
  await em.insert(Customer, customer);
  await openLeadDeal(ctx, { customerId: customer.id, ownerId: actor.id, amount: null, reason: null });
  const effects = await recordActivity(ctx, {
    customer,
    ...message,
    extraction: { ...message.extraction, customerId: customer.id, customerName: null },
    customerCreated: true,
  });
  return { outcome: 'created', effects };
}

const MAX_LIKELY = 5;

/**
 * The rep's most recently active customers: the ones a message with no clear name is most likely about.
 * A customer whose deals are all won or lost is not among them; one with no deal yet is.
 */
async function likelyCustomers(ctx: FlowContext): Promise<Customer[]> {
  const customers = await visibleCustomers(ctx.em, ctx.actor);
  if (customers.length === 0) return [];
  const deals = await ctx.em.find(Deal, { where: { tenantId: ctx.tenant.id, customerId: In(customers.map((c) => c.id)) } });
  const lastActive = new Map<string, number>();
  for (const deal of deals.filter((d) => isOpenStage(d.stage))) {
    const at = deal.lastActivityAt?.getTime() ?? 0;
    lastActive.set(deal.customerId, Math.max(lastActive.get(deal.customerId) ?? 0, at));
  }
  const hasDeal = new Set(deals.map((d) => d.customerId));
  return customers
    .filter((c) => lastActive.has(c.id) || !hasDeal.has(c.id))
    .sort((a, b) => (lastActive.get(b.id) ?? 0) - (lastActive.get(a.id) ?? 0))
    .slice(0, MAX_LIKELY);
}
