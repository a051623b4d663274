import { IsNull, type EntityManager } from 'typeorm';
import type { Effect } from '../pipeline/effects';
import type { GiveUpNotice } from '../pipeline/inbox-worker';
import { type InboxItem, Tenant, User } from '../store/entities';
import type { MemberDirectory } from '../pipeline/member-directory';

export const FAILED_REPLY = '这条没记上,已通知管理员。';

/**
 * A message the bot gave up on is never silent: its sender hears that it was not recorded, and the
 * tenant's admins hear whose message and which inbox row (never its words: those stay in the inbox).
 */
export const failedMessageNotices =
  (members: MemberDirectory): GiveUpNotice =>
  async (em: EntityManager, row: InboxItem) => {
    const tenant = await em.findOneBy(Tenant, { id: row.tenantId });
    if (!tenant) return { effects: [] };
    const sender = await members.sender(em, row);
    const admins = await em.findBy(User, { tenantId: tenant.id, role: 'admin', leftAt: IsNull() });
    const who = sender?.name ?? `${row.platform} 账号 ${row.senderId}`;
    const effects: Effect[] = admins.map((admin) => ({
      type: 'send-text',
      to: admin.id,
      text: `${who} 发来的一条消息没能处理,已停止重试(收件箱 #${row.id}),请查看服务日志。`,
    }));
    if (sender) effects.unshift({ type: 'send-text', to: sender.id, text: FAILED_REPLY });
    return { actorId: sender?.id, effects };
  };
