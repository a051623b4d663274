import type { EntityManager } from 'typeorm';
import type { FlowContext } from '../flows/flow-context';
import type { RuleBook } from '../flows/rule-book';
import type { Tenant, User } from '../store/entities';

/** The flows' context for a page request: the signed-in member acts, no inbox row behind it. */
export function pageContext(em: EntityManager, ruleBook: RuleBook, tenant: Tenant, actor: User, now: Date): FlowContext {
  return { em, tenant, actor, now, inboxId: null, rules: ruleBook.forTenant(tenant.id) };
}
