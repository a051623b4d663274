import type { Effect } from '../pipeline/effects';
import type { Customer } from '../store/entities';
import type { Extraction } from '../understanding/extraction';
import { fileMessage, namedCustomer } from './file-message';
import { stageAskedFor } from './follow-up-stage';
import type { FlowContext } from './flow-context';
import type { PendingMessage } from './pending-message';
import { findOpenDeal } from './record-activity';
import { proposeMove } from './stage-proposal';

/**
 * A request to move a deal and nothing else (华信推到商务谈判, 线索→初步接触) is a command: it records no follow-up, so it
 * restarts no silence timer; the move is proposed, or refused with its reason. A request that also reports something
 * (a signal, a promise, a contact, a figure, a rival, evidence) is filed as a follow-up, the move proposed after it.
 */
export async function askStageMove(ctx: FlowContext, message: PendingMessage): Promise<Effect[]> {
  const customer = await namedCustomer(ctx, message.extraction.customerId);
  return (customer && (await proposeAskedMove(ctx, message.extraction, customer))) ?? fileMessage(ctx, message);
}

/**
 * The proposal (or refusal) for a bare stage request on this customer's open deal; null when the message is
 * not one or there is no deal to move, and it is then filed as a follow-up. Also serves a request that named
 * no customer, once the rep has picked it.
 */
export async function proposeAskedMove(ctx: FlowContext, extraction: Extraction, customer: Customer): Promise<Effect[] | null> {
  if (extraction.intent !== 'stage_change' || reportsSomething(extraction)) return null;
  const deal = await findOpenDeal(ctx.em, ctx.tenant.id, customer.id, ctx.actor.id);
  const asked = deal ? stageAskedFor(extraction, deal) : null;
  if (!deal || !asked) return null;
  return proposeMove(ctx, deal, customer, asked, extraction.reason ?? null);
}

function reportsSomething(extraction: Extraction): boolean {
  return (
    extraction.tags.length > 0 ||
    extraction.commitment !== null ||
    extraction.contacts.length > 0 ||
    extraction.amount !== null ||
    extraction.competitors.length > 0 ||
    (extraction.evidence?.length ?? 0) > 0
  );
}
