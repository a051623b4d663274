import { Customer, User } from '../store/entities';
import { visibleCustomers } from '../store/visibility';
import { matchCustomer } from '../understanding/rules/customer-match';
import { normalizeText } from '../understanding/rules/text';
import type { FlowContext } from './flow-context';

export interface OthersCustomer {
  /** The customer as the message wrote it: nothing of the record itself is told. */
  written: string;
  ownerName: string | null;
}

/**
 * A customer on file that the rep may not see, named in the message (by name or alias, matched the way
 * the rules match the rep's own customers). Only its owner's name may be told, as lead intake does (撞单).
 */
export async function othersCustomerNamed(ctx: FlowContext, text: string): Promise<OthersCustomer | null> {
  const { em, tenant } = ctx;
  const visible = new Set((await visibleCustomers(em, ctx.actor)).map((c) => c.id));
  const others = (await em.find(Customer, { where: { tenantId: tenant.id } })).filter((c) => !visible.has(c.id));
  const written = normalizeText(text);
  const match = matchCustomer(written, others);
  const customer = match?.customerId ? others.find((c) => c.id === match.customerId) : undefined;
  if (!match || !customer) return null;
  const owner = customer.ownerId ? await em.findOneBy(User, { tenantId: tenant.id, id: customer.ownerId }) : null;
  return { written: written.slice(match.start, match.end), ownerName: owner?.name ?? null };
}

/** 「蓝天泵业」是王芳负责的客户。 / 「蓝天泵业」目前在公海,还没有负责人。 */
export function whoseCustomer({ written, ownerName }: OthersCustomer): string {
  return ownerName ? `「${written}」是${ownerName}负责的客户,` : `「${written}」目前在公海,还没有负责人,`;
}
