import { aliasLearnedCard, ALIAS_ACTIONS } from '../../cards/alias-learned.card';
import { normalizeCompanyName } from '../domain/company-name';
import type { Effect } from '../pipeline/effects';
import { Customer } from '../store/entities';
import { visibleCustomers } from '../store/visibility';
import { writtenCustomerWords } from '../understanding/rules/written-name';
import type { CardActionHandler, CardActions } from './card-actions';
import type { FlowContext } from './flow-context';
import type { PendingMessage } from './pending-message';

/**
 * A correction teaches: when the rep files a message that named 「新华信」 on 华信精密 (picking it when
 * asked which customer, or through 改客户 on a receipt), the words as written become one of that
 * customer's aliases for the whole tenant, so the same words find it next time. The words are the new
 * name the message gave, else the words the rules read as a customer. Nothing is learned when the words
 * already name another customer, or are part of another's name. The card says what was learned and
 * offers 不要记住.
 */
export async function learnAlias(ctx: FlowContext, customerId: string, message: PendingMessage): Promise<Effect[]> {
  const { em, tenant } = ctx;
  const seen = (await visibleCustomers(em, ctx.actor)).map(({ id, name, aliases }) => ({ id, name, aliases }));
  const alias = (message.extraction.customerName ?? writtenCustomerWords(message.text, seen))?.trim() ?? '';
  if (alias.length < 2) return [];
  const customers = await em.find(Customer, {
    where: { tenantId: tenant.id },
    select: { id: true, name: true, aliases: true, normalizedName: true },
  });
  const key = normalizeCompanyName(alias);
  const taken = customers.some(
    (c) => c.name.includes(alias) || c.aliases.some((a) => a.includes(alias)) || (c.id !== customerId && c.normalizedName === key),
  );
  const customer = customers.find((c) => c.id === customerId);
  if (taken || !customer) return [];
  await em.update(Customer, { tenantId: tenant.id, id: customerId }, { aliases: [...customer.aliases, alias], updatedAt: ctx.now });
  return [{ type: 'send-card', to: ctx.actor.id, card: aliasLearnedCard(alias, customer.name), context: { customerId, alias } }];
}

/** 不要记住: the alias goes again; the card shows it. */
const forgetAlias: CardActionHandler = async ({ ctx, record, close }) => {
  const { customerId, alias } = record.context as { customerId: string; alias: string };
  const customer = await ctx.em.findOneBy(Customer, { tenantId: ctx.tenant.id, id: customerId });
  if (customer) {
    const aliases = customer.aliases.filter((a) => a !== alias);
    await ctx.em.update(Customer, { tenantId: ctx.tenant.id, id: customerId }, { aliases, updatedAt: ctx.now });
  }
  return [close('cancelled', `已不再记住「${alias}」`)];
};

/** The button of an alias-learned card. */
export const aliasLearnedActions: CardActions = { exact: { [ALIAS_ACTIONS.forget]: forgetAlias }, prefixed: {} };
