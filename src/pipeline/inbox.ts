import type { DataSource } from 'typeorm';
import { log as processLog, type Logger } from '../log';
import { InboxItem } from '../store/entities';
import { isDuplicateKeyError } from '../store/db-errors';
import { GroupWriter } from '../store/group-writer';
import { ReservedConnection } from '../store/reserved-connection';
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

/**
 * Group commit for busy callback routes: while one write is in flight, the deliveries that arrive
 * queue up and go into the next write as one multi-row insert, one statement and one log flush.
 * A lone delivery is written at once, so there is no added wait at low load. The writes go through
 * a connection of their own, so acknowledgements never wait behind the worker's queries for the
 * shared pool. Redeliveries are absorbed by the unique key (an upsert that changes nothing); callers
 * learn only that the delivery is safely stored, which is all an acknowledgement needs. A batch the
 * database refuses is written again row by row, so one bad delivery fails only itself.
 */
export class InboxBatcher {
  private readonly connection: ReservedConnection;
  private readonly writer: GroupWriter<InboundEvent, void>;

  constructor(
    dataSource: DataSource,
    private readonly log: Logger = processLog,
  ) {
    this.connection = new ReservedConnection(dataSource);
    this.writer = new GroupWriter((events) => this.insert(events), {
      maxBatch: MAX_BATCH,
      inFlight: 1,
      onBatchRefused: (size, error) => this.log.warn({ size, err: error }, 'inbox batch refused; writing its deliveries one by one'),
    });
  }

  async store(event: InboundEvent): Promise<void> {
    try {
      await this.writer.submit(event);
    } catch (error) {
      const { platform, tenantId, deliveryId } = event;
      this.log.error({ platform, tenantId, deliveryId: deliveryId.slice(0, 128), err: error }, 'inbox refused a delivery');
      throw error;
    }
  }

  private async insert(events: InboundEvent[]): Promise<void[]> {
    await this.connection.run((em) =>
      em
        .createQueryBuilder()
        .insert()
        .into(InboxItem)
        .values(events.map(inboxRow))
        .orUpdate(['deliveryId'], ['platform', 'tenantId', 'deliveryId'])
        .updateEntity(false)
        .execute(),
    );
    return events.map(() => undefined);
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
