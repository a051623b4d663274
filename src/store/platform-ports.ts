import { MoreThan, type DataSource } from 'typeorm';
import type { Clock } from '../clock';
import { isOpenStage } from '../domain/stages';
import type { CardStore, ConsoleStore, SharedStates, TenantDirectory } from '../pipeline/ports';
import { isDuplicateKeyError } from './db-errors';
import { CardRecord, ConsoleFeedItem, Deal, SendBudget, Tenant, User } from './entities';
import { corpIdOn } from './entities/tenant.entity';
import { inTransaction, rowLock } from './transaction';
import { visibleCustomers } from './visibility';

// The ports of src/pipeline/ports.ts, kept in this database.

export function tenantDirectory(dataSource: DataSource): TenantDirectory {
  return {
    async tenantOfCorp(platform, corpId) {
      // Few tenants, and settings is JSON: reading them all beats a dialect-specific JSON query.
      const tenants = await dataSource.getRepository(Tenant).find({ select: { id: true, settings: true } });
      return tenants.find((tenant) => corpIdOn(tenant.settings, platform) === corpId)?.id ?? null;
    },
    async corpOfTenant(tenantId, platform) {
      const tenant = await dataSource.getRepository(Tenant).findOne({ select: { id: true, settings: true }, where: { id: tenantId } });
      return tenant ? corpIdOn(tenant.settings, platform) : null;
    },
  };
}

export function cardStore(dataSource: DataSource, clock: Clock): CardStore {
  return {
    async find(tenantId, cardId) {
      const record = await dataSource.getRepository(CardRecord).findOneBy({ tenantId, id: cardId });
      return record && { card: record.card, platformCardId: record.platformCardId, platformState: record.platformState };
    },
    async keep(tenantId, cardId, changes) {
      await inTransaction(dataSource, (em) =>
        em.getRepository(CardRecord).update({ tenantId, id: cardId }, { ...changes, updatedAt: clock.now() }),
      );
    },
  };
}

/**
 * Kept in send_budgets, so that two instances sending to one member spend from one budget: each change
 * locks the key's row (SELECT … FOR UPDATE on MySQL; SQLite writes take turns) and writes the new state
 * in the same transaction.
 */
export function sharedStates(dataSource: DataSource): SharedStates {
  const changeOnce = <R>(key: string, now: Date, change: (state: object | null) => { state: object; result: R }) =>
    inTransaction(dataSource, async (em) => {
      const states = em.getRepository(SendBudget);
      const row = await states.findOne({ where: { memberKey: key }, lock: rowLock(em) });
      const { state, result } = change(row?.state ?? null);
      if (row) await states.update({ memberKey: key }, { state, updatedAt: now });
      else await states.insert({ memberKey: key, state, updatedAt: now });
      return result;
    });
  return {
    async change(key, now, change) {
      try {
        return await changeOnce(key, now, change);
      } catch (error) {
        // Two instances created the key's first row at once: the loser goes again, now with a row to lock.
        if (!isDuplicateKeyError(error)) throw error;
        return changeOnce(key, now, change);
      }
    },
  };
}

export function consoleStore(dataSource: DataSource): ConsoleStore {
  const users = dataSource.getRepository(User);
  const asMember = ({ id, name, role, team }: User) => ({ id, name, role, team });
  return {
    async members(tenantId) {
      return (await users.find({ where: { tenantId }, order: { role: 'ASC', name: 'ASC' } })).map(asMember);
    },
    async member(tenantId, userId) {
      const user = await users.findOneBy({ tenantId, id: userId });
      return user && asMember(user);
    },
    async customersSeenBy(tenantId, userId) {
      const user = await users.findOneByOrFail({ tenantId, id: userId });
      const customers = await visibleCustomers(dataSource.manager, user);
      const deals = await dataSource.getRepository(Deal).find({ where: { tenantId }, order: { updatedAt: 'DESC' } });
      return customers.map(({ id, name, aliases }) => {
        const theirs = deals.filter((deal) => deal.customerId === id);
        const deal = theirs.find((d) => isOpenStage(d.stage)) ?? theirs[0] ?? null;
        return { id, name, aliases, deal: deal ? { id: deal.id, stage: deal.stage, amount: deal.amount } : null };
      });
    },
    async append(tenantId, userId, entry, at) {
      const { identifiers } = await inTransaction(dataSource, (em) =>
        em.getRepository(ConsoleFeedItem).insert({
          tenantId,
          userId,
          kind: entry.kind,
          text: entry.kind === 'card' ? null : entry.text,
          card: entry.kind === 'card' ? entry.card : null,
          at,
        }),
      );
      return Number(identifiers[0].seq);
    },
    async feedAfter(tenantId, userId, after, limit) {
      const items = await dataSource.getRepository(ConsoleFeedItem).find({
        where: { tenantId, userId, seq: MoreThan(after) },
        order: { seq: 'ASC' },
        take: limit,
      });
      return items.map(({ seq, at, kind, text, card }) =>
        kind === 'card' ? { seq, at, kind, card: card! } : { seq, at, kind, text: text ?? '' },
      );
    },
  };
}
