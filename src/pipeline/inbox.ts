import type { DataSource } from 'typeorm';
import { InboxItem } from '../store/entities';
import { isDuplicateKeyError } from '../store/db-errors';
import { inTransaction } from '../store/transaction';
import type { InboundEvent } from './inbound-event';

export type StoreResult = { stored: true; id: number } | { stored: false; reason: 'duplicate' };

/**
 * Stores a delivery before the platform is acknowledged. The unique key on
 * (platform, tenant, delivery id) turns a redelivery into a no-op, so it is processed once.
 */
export async function storeInbound(dataSource: DataSource, event: InboundEvent): Promise<StoreResult> {
  const row = dataSource.getRepository(InboxItem).create({
    platform: event.platform,
    tenantId: event.tenantId,
    deliveryId: event.deliveryId,
    senderId: event.senderId,
    body: event.body,
    status: 'pending',
    attempts: 0,
    availableAt: event.receivedAt,
    lastError: null,
    receivedAt: event.receivedAt,
    processedAt: null,
  });
  try {
    await inTransaction(dataSource, (em) => em.getRepository(InboxItem).insert(row));
    return { stored: true, id: row.id };
  } catch (error) {
    if (isDuplicateKeyError(error)) return { stored: false, reason: 'duplicate' };
    throw error;
  }
}
