import { archiveLink, withLinks } from '../../cards/page-links';
import {
  In,
  IsNull,
  LessThanOrEqual,
  MoreThan,
  type DataSource,
  type EntityManager,
  type EntityTarget,
  type FindOptionsOrder,
  type FindOptionsWhere,
} from 'typeorm';
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
  /** Open deals and due commitments are read this many at a time (1,000): a tenant's size does not decide the scan's memory. */
  pageSize?: number;
}

/**
 * Finds every breached stage silence timer and every commitment past due, and sends one
 * overdue-alert per breach to whom the rules name. Each breach is claimed by inserting its unique
 * key in the alert's own transaction, so a breach scanned again, or by two instances at once, is
 * alerted once. A tenant that fails is logged and the others still get their alerts.
 */
export async function scanOverdue(
  dataSource: DataSource,
  { now, ruleBook, tenantId, pageSize = 1_000 }: ScanOptions,
): Promise<{ alerts: number }> {
  let alerts = 0;
  for (const tenant of await dataSource.getRepository(Tenant).find({ where: tenantId ? { id: tenantId } : {} })) {
    try {
      alerts += await scanTenant(dataSource, tenant, ruleBook, now, pageSize);
    } catch (error) {
      log.error({ tenantId: tenant.id, err: error }, 'overdue scan failed for a tenant');
    }
  }
  return { alerts };
}

async function scanTenant(dataSource: DataSource, tenant: Tenant, ruleBook: RuleBook, now: Date, pageSize: number): Promise<number> {
  const em = dataSource.manager;
  const rules = ruleBook.forTenant(tenant.id);
  let alerts = 0;
  for await (const deals of pages(em, pageSize, Deal, { tenantId: tenant.id, stage: In([...OPEN_STAGES]) }))
    alerts += await alertNew(
      dataSource,
      tenant,
      deals.flatMap((deal) => stageBreaches(rules, deal, now)),
      now,
    );
  for await (const commitments of pages(em, pageSize, Commitment, { tenantId: tenant.id, doneAt: IsNull(), dueAt: LessThanOrEqual(now) }))
    alerts += await alertNew(
      dataSource,
      tenant,
      commitments.flatMap((commitment) => commitmentBreach(commitment, now) ?? []),
      now,
    );
  return alerts;
}

/** The rows matching `where`, a page at a time in id order (keyset: each page starts after the last id of the one before). */
async function* pages<T extends { id: string }>(
  em: EntityManager,
  size: number,
  entity: EntityTarget<T>,
  where: FindOptionsWhere<T>,
): AsyncGenerator<T[]> {
  for (let after = ''; ;) {
    const page = await em.find(entity, {
      where: { ...where, id: MoreThan(after) } as FindOptionsWhere<T>,
      order: { id: 'ASC' } as FindOptionsOrder<T>,
      take: size,
    });
    if (page.length > 0) yield page;
    if (page.length < size) return;
    after = page.at(-1)!.id;
  }
}

/** Alerts the breaches not alerted before; the number sent. */
async function alertNew(dataSource: DataSource, tenant: Tenant, breaches: Breach[], now: Date): Promise<number> {
  if (breaches.length === 0) return 0;
  const where = { tenantId: tenant.id, breachKey: In(breaches.map((b) => b.key)) };
  const sent = new Set((await dataSource.manager.find(BreachAlert, { where })).map((a) => a.breachKey));
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
