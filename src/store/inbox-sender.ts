import type { EntityManager } from 'typeorm';
import { type InboxItem, User } from './entities';

/** The member an inbox row came from: by WeCom or DingTalk account, or by our id on the console; null when not listed. */
export async function findSender(em: EntityManager, row: InboxItem): Promise<User | null> {
  const users = em.getRepository(User);
  if (row.platform === 'wecom') return users.findOneBy({ tenantId: row.tenantId, wecomUserId: row.senderId });
  if (row.platform === 'dingtalk') return users.findOneBy({ tenantId: row.tenantId, dingtalkUserId: row.senderId });
  return users.findOneBy({ tenantId: row.tenantId, id: row.senderId });
}
