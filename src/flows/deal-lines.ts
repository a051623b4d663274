import type { EntityManager } from 'typeorm';
import type { DealLine } from '../../cards/deal-line';
import { wholeDaysBetween } from '../domain/business-time';
import { silenceStart } from '../domain/silence-timer';
import type { Deal, Tenant, User } from '../store/entities';
import { customerNames, latestActivities } from '../store/job-queries';

const LAST_SAID_LENGTH = 30;

/** The list lines of some deals, in the order given: customer, owner, silence, and the last thing said. */
export async function loadDealLines(em: EntityManager, tenant: Tenant, deals: readonly Deal[], users: ReadonlyMap<string, User>, now: Date): Promise<DealLine[]> {
  const names = await customerNames(em, tenant.id, deals.map((d) => d.customerId));
  const latest = await latestActivities(em, tenant.id, deals.map((d) => d.id));
  return deals.map((deal) => {
    const last = latest.get(deal.id);
    return {
      dealId: deal.id,
      customerName: names.get(deal.customerId) ?? deal.customerId,
      ownerName: users.get(deal.ownerId)?.name ?? deal.ownerId,
      stage: deal.stage,
      silentDays: wholeDaysBetween(silenceStart(deal), now),
      amount: deal.amount,
      lastSaid: last ? oneLine(last.text) : null,
      tags: last?.tags ?? [],
    };
  });
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  return chars.length > LAST_SAID_LENGTH ? `${chars.slice(0, LAST_SAID_LENGTH).join('')}…` : flat;
}
