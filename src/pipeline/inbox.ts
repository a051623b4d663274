import type { DataSource } from 'typeorm';
import { log as processLog, type Logger } from '../log';
import { InboxItem } from '../store/entities';
import { isDuplicateKeyError } from '../store/db-errors';
import { inTransaction } from '../store/transaction';
import type { InboundEvent } from './inbound-event';
import type { InboxPort, StoreResult } from './ports';

export type { StoreResult } from './ports';

/**
 * Stores a delivery before the platform is acknowledged. The unique key on
 * (platform, tenant, delivery id) turns a redelivery into a no-op, so it is processed once.
 */
export async function storeInbound(dataSource: DataSource, event: InboundEvent): Promise<StoreResult> {
  const row = dataSource.getRepository(InboxItem).create(inboxRow(event));
  try {
    await inTransaction(dataSource, (em) => em.getRepository(InboxItem).insert(row));
    return { stored: true, id: row.id };
  } catch (error) {
    if (isDuplicateKeyError(error)) return { stored: false, reason: 'duplicate' };
    throw error;
  }
}

const MAX_BATCH = 200;

interface Waiting {
  event: InboundEvent;
  done: (error?: unknown) => void;
}

/**
 * Group commit for busy callback routes: while one write is in flight, the deliveries that arrive
 * queue up and go into the next write as one multi-row insert, one transaction and one log flush.
 * A lone delivery is written at once, so there is no added wait at low load. Redeliveries are
 * absorbed by the unique key (an upsert that changes nothing); callers learn only that the delivery
 * is safely stored, which is all an acknowledgement needs. A batch the database refuses is written
 * again row by row, so one bad delivery fails only itself.
 */
export class InboxBatcher {
  private readonly waiting: Waiting[] = [];
  private writing = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly log: Logger = processLog,
  ) {}

  store(event: InboundEvent): Promise<void> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ event, done: (error) => (error === undefined ? resolve() : reject(error)) });
      if (!this.writing) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.writing = true;
    while (this.waiting.length > 0) {
      const batch = this.waiting.splice(0, MAX_BATCH);
      try {
        await this.insert(batch);
        for (const { done } of batch) done();
      } catch (error) {
        if (batch.length === 1) batch[0].done(error);
        else await this.insertOneByOne(batch, error);
      }
    }
    this.writing = false;
  }

  private async insertOneByOne(batch: Waiting[], batchError: unknown): Promise<void> {
    this.log.warn({ size: batch.length, err: batchError }, 'inbox batch refused; writing its deliveries one by one');
    for (const waiting of batch) {
      try {
        await this.insert([waiting]);
        waiting.done();
      } catch (error) {
        const { platform, tenantId, deliveryId } = waiting.event;
        this.log.error({ platform, tenantId, deliveryId: deliveryId.slice(0, 128), err: error }, 'inbox refused a delivery');
        waiting.done(error);
      }
    }
  }

  private insert(batch: Waiting[]): Promise<unknown> {
    return inTransaction(this.dataSource, (em) =>
      em
        .createQueryBuilder()
        .insert()
        .into(InboxItem)
        .values(batch.map(({ event }) => inboxRow(event)))
        .orUpdate(['deliveryId'], ['platform', 'tenantId', 'deliveryId'])
        .updateEntity(false)
        .execute(),
    );
  }
}

function inboxRow(event: InboundEvent): Omit<InboxItem, 'id'> {
  return {
    platform: event.platform,
    tenantId: event.tenantId,
    deliveryId: event.deliveryId,
    senderId: event.senderId,
    body: event.body,
    conversationId: event.conversation?.id ?? null,
    status: 'pending',
    attempts: 0,
    availableAt: event.receivedAt,
    lastError: null,
    receivedAt: event.receivedAt,
    processedAt: null,
  };
}

/** The inbox as the platforms are given it: single writes, group commit for busy routes, and how far the worker is. */
export function inboxPort(dataSource: DataSource): InboxPort {
  const batcher = new InboxBatcher(dataSource);
  return {
    store: (event) => storeInbound(dataSource, event),
    storeBatched: (event) => batcher.store(event),
    async status(platform, tenantId, deliveryId) {
      const row = await dataSource
        .getRepository(InboxItem)
        .findOne({ select: { status: true }, where: { platform, tenantId, deliveryId } });
      return row?.status ?? null;
    },
  };
}
