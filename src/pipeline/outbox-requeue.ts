import { In, type DataSource, type FindOptionsWhere } from 'typeorm';
import { OutboxItem } from '../store/entities';
import { inTransaction } from '../store/transaction';

export interface RequeueFilter {
  platform?: string;
  tenantId?: string;
  id?: number;
}

/**
 * Puts dead outbox rows back in the queue, due at once and with a fresh retry window (`requeuedAt`),
 * e.g. after an outage longer than the window or a fixed configuration. Returns the rows as they were.
 */
export function requeueDead(dataSource: DataSource, filter: RequeueFilter, now: Date): Promise<OutboxItem[]> {
  return inTransaction(dataSource, async (em) => {
    const outbox = em.getRepository(OutboxItem);
    const where: FindOptionsWhere<OutboxItem> = { status: 'dead' };
    if (filter.platform !== undefined) where.platform = filter.platform;
    if (filter.tenantId !== undefined) where.tenantId = filter.tenantId;
    if (filter.id !== undefined) where.id = filter.id;
    const rows = await outbox.find({ where, order: { id: 'ASC' } });
    if (rows.length > 0) {
      await outbox.update({ id: In(rows.map((row) => row.id)), status: 'dead' }, { status: 'pending', availableAt: now, requeuedAt: now });
    }
    return rows;
  });
}
