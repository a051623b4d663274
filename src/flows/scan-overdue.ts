import { archiveLink, withLinks } from '../../cards/page-links';
import { In, IsNull, LessThanOrEqual, type DataSource, type EntityManager } from 'typeorm';
import { overdueAlertCard } from '../../cards/overdue-alert.card';
import { commitmentBreach, silentHours, stageBreaches, type Breach } from '../domain/silence-timer';
import { OPEN_STAGES } from '../domain/stages';
import { log } from '../log';
import { persistEffects, type Effect } from '../pipeline/effects';
import { isDuplicateKeyError } from '../store/db-errors';
import { BreachAlert, Commitment, Customer, Deal, Tenant, User } from '../store/entities';
import { inTransaction } from '../store/transaction';
import { lastActivityLine } from './deal-status';
import { newRecordId } from './flow-context';
import type { RuleBook } from './rule-book';

export interface ScanOptions {
  now: Date;
  ruleBook: RuleBook;
  /** Only this tenant (the console's 逾期扫描 button); every tenant when not given. */
  tenantId?: string;
}

/**
 * Finds every breached stage silence timer and every commitment past due, and sends one
 * overdue-alert per breach to whom the rules name. Each breach is claimed by inserting its unique
 * key in the alert's own transaction, so a breach scanned again, or by two instances at once, is
 * alerted once. A tenant that fails is logged and the others still get their alerts.
 */
export async function scanOverdue(dataSource: DataSource, { now, ruleBook, tenantId }: ScanOptions): Promise<{ alerts: number }> {
  let alerts = 0;
  for (const tenant of await dataSource.getRepository(Tenant).find({ where: tenantId ? { id: tenantId } : {} })) {
    try {
      alerts += await scanTenant(dataSource, tenant, ruleBook, now);
    } catch (error) {
      log.error({ tenantId: tenant.id, err: error }, 'overdue scan failed for a tenant');
    }
  }
  return { alerts };
}

async function scanTenant(dataSource: DataSource, tenant: Tenant, ruleBook: RuleBook, now: Date): Promise<number> {
  const em = dataSource.manager;
  const rules = ruleBook.forTenant(tenant.id);
  const deals = await em.find(Deal, { where: { tenantId: tenant.id, stage: In([...OPEN_STAGES]) } });
  const commitments = await em.find(Commitment, { where: { tenantId: tenant.id, doneAt: IsNull(), dueAt: LessThanOrEqual(now) } });
  const breaches = [
    ...deals.flatMap((deal) => stageBreaches(rules, deal, now)),
    ...commitments.flatMap((commitment) => commitmentBreach(commitment, now) ?? []),
  ];
  const sent = new Set(
    breaches.length > 0
      ? (await em.find(BreachAlert, { where: { tenantId: tenant.id, breachKey: In(breaches.map((b) => b.key)) } })).map((a) => a.breachKey)
      : [],
  );
  let alerts = 0;
  for (const breach of breaches) {
    if (sent.has(breach.key)) continue;
    if (await alertOnce(dataSource, tenant, breach, now)) alerts++;
  }
  return alerts;
}

/** Claims the breach and sends its alerts in one transaction; false when another scan already did. */
async function alertOnce(dataSource: DataSource, tenant: Tenant, breach: Breach, now: Date): Promise<boolean> {
  try {
    await inTransaction(dataSource, async (em) => {
      await em.insert(BreachAlert, {
        id: newRecordId('alr'),
        tenantId: tenant.id,
        breachKey: breach.key,
        kind: breach.kind,
        dealId: breach.dealId,
        commitmentId: breach.commitmentId,
        createdAt: now,
        resolution: null,
        resolvedBy: null,
        resolvedAt: null,
      });
      const effects = await alertEffects(em, tenant, breach, now);
      await persistEffects(em, { tenantId: tenant.id, now }, effects);
    });
    return true;
  } catch (error) {
    if (isDuplicateKeyError(error)) return false;
    throw error;
  }
}

async function alertEffects(em: EntityManager, tenant: Tenant, breach: Breach, now: Date): Promise<Effect[]> {
  const deal = breach.dealId ? await em.findOneBy(Deal, { tenantId: tenant.id, id: breach.dealId }) : null;
  const commitment = breach.commitmentId ? await em.findOneBy(Commitment, { tenantId: tenant.id, id: breach.commitmentId }) : null;
  const customerId = deal?.customerId ?? commitment?.customerId;
  const customer = customerId ? await em.findOneBy(Customer, { tenantId: tenant.id, id: customerId }) : null;
  const ownerId = commitment?.ownerId ?? deal?.ownerId;
  const owner = ownerId ? await em.findOneBy(User, { tenantId: tenant.id, id: ownerId }) : null;
  if (!owner || !customer) return [];

  if (breach.markFollowUp && deal) await em.update(Deal, { tenantId: tenant.id, id: deal.id }, { followUpFlaggedAt: now, updatedAt: now });
  const openDeal = deal && OPEN_STAGES.includes(deal.stage) ? deal : null;
  const lastActivity = deal ? await lastActivityLine(em, deal, tenant.timezone) : '暂无跟进记录';
  const recipientIds = breach.recipients.map((r) => (r === 'rep' ? owner.id : owner.managerId)).filter((id): id is string => !!id);
  // A member who left gets nothing; their manager decides the handover and still hears of the breach.
  const recipients = await em.find(User, { where: { tenantId: tenant.id, id: In([...new Set(recipientIds)]), leftAt: IsNull() } });
  return recipients.map((recipient) => ({
    type: 'send-card' as const,
    to: recipient.id,
    card: withLinks(
      overdueAlertCard({
        customerName: customer.name,
        dealTitle: openDeal?.title ?? null,
        ownerName: owner.name,
        audience: recipient.id === owner.id ? 'rep' : 'manager',
        stage: openDeal?.stage ?? null,
        silentHours: breach.kind === 'stage' ? silentHours(breach.since, now) : null,
        lastActivity,
        commitment: commitment ? { action: commitment.action, dueAt: commitment.dueAt } : null,
        followUpMarked: breach.markFollowUp,
        timeZone: tenant.timezone,
      }),
      archiveLink(tenant.id, customer.id),
    ),
    context: { breachKey: breach.key, dealId: openDeal?.id ?? null, commitmentId: commitment?.id ?? null },
  }));
}
