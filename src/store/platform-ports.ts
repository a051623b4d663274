import { setTimeout as sleep } from 'node:timers/promises';
import { MoreThan, type DataSource, type EntityManager } from 'typeorm';
import type { Clock } from '../clock';
import { isOpenStage } from '../domain/stages';
import type { CardStore, ConsoleStore, SharedStates, TenantDirectory } from '../pipeline/ports';
import { isDuplicateKeyError } from './db-errors';
import { CardRecord, ConsoleFeedItem, Deal, SendBudget, Tenant, User } from './entities';
import { corpIdOn } from './entities/tenant.entity';
import { KeyedTurns } from './keyed-turns';
import { autocommit, inTransaction } from './transaction';
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
      await autocommit(dataSource, (em) =>
        em.getRepository(CardRecord).update({ tenantId, id: cardId }, { ...changes, updatedAt: clock.now() }),
      );
    },
  };
}

/** Tries before a change gives up: each lost race means another instance changed the key meanwhile. */
const CHANGE_ATTEMPTS = 20;

/**
 * Kept in send_budgets, so that two instances sending to one member spend from one budget. A change
 * writes the new state only over the version it started from (compare-and-set); an instance that lost
 * the race reads the row again and recomputes. It starts from the row as this process last wrote it,
 * so a lone instance sends one statement per change; the first change of a key, or one after another
 * instance's, reads the row first. No lock is held between statements.
 */
export function sharedStates(dataSource: DataSource): SharedStates {
  const states = (em: EntityManager) => em.getRepository(SendBudget);
  /** Each key's row as this process last wrote it (one entry per member it sent to). */
  const lastSeen = new Map<string, SendBudget>();
  const read = (key: string) => autocommit(dataSource, (em) => states(em).findOne({ where: { memberKey: key } }));
  /** Writes `state` over `from` (or as the key's first row); false when another instance got there first. */
  const write = (key: string, from: SendBudget | null, state: object, now: Date) =>
    autocommit(dataSource, async (em) => {
      if (from) {
        const { version } = from;
        const { affected } = await states(em).update({ memberKey: key, version }, { state, version: version + 1, updatedAt: now });
        return affected === 1;
      }
      try {
        await states(em).insert({ memberKey: key, state, version: 0, updatedAt: now });
        return true;
      } catch (error) {
        if (isDuplicateKeyError(error)) return false;
        throw error;
      }
    });
  const changeOnce = async <R>(key: string, now: Date, change: (state: object | null) => { state: object; result: R }) => {
    let from = lastSeen.get(key) ?? (await read(key));
    for (let attempt = 1; attempt <= CHANGE_ATTEMPTS; attempt++) {
      const { state, result } = change(from?.state ?? null);
      if (await write(key, from, state, now)) {
        lastSeen.set(key, { memberKey: key, state, version: from ? from.version + 1 : 0, updatedAt: now });
        return result;
      }
      await sleep(Math.random() * 5 * attempt);
      from = await read(key);
    }
    throw new Error(`shared state ${key} changed by others ${CHANGE_ATTEMPTS} times in a row`);
  };
  // One change per key at a time in this process: compare-and-set then races only with other instances.
  const turns = new KeyedTurns();
  return { change: (key, now, change) => turns.take(key, () => changeOnce(key, now, change)) };
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
