import type { EntityManager } from 'typeorm';
import type { Effect } from '../pipeline/effects';
import type { TenantRules } from '../domain/stage-rules';
import type { Customer, Tenant, User } from '../store/entities';

/** Everything a use case needs: the transaction, who acts, for which tenant, and when. */
export interface FlowContext {
  em: EntityManager;
  tenant: Tenant;
  actor: User;
  now: Date;
  /** The inbox row that triggered the flow: the trace from a record back to the platform delivery. */
  inboxId: number | null;
  /** The tenant's stage and lead rules (rules/default.json with its override). */
  rules: TenantRules;
  /** The customers the actor could see when the message was read, before this transaction: no need to read one again. */
  customersSeen?: readonly Customer[];
}

export function newRecordId(prefix: string): string {
  return `${prefix}_${crypto.randomUUID().replaceAll('-', '').slice(0, 20)}`;
}

/** A text to the member acting: what a refused, stale or finished action tells them. */
export function textToActor(ctx: Pick<FlowContext, 'actor'>, text: string): Effect {
  return { type: 'send-text', to: ctx.actor.id, text };
}
