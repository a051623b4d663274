import { User } from '../store/entities';
import { visibleOwnerIds } from '../store/visibility';
import type { FlowContext } from './flow-context';

/** Whose records a question is about, with the words for it in a card's title (我的, 团队, 刘洋的). */
export type QueryScope = { owners: string[] | null; label: string } | { refusal: string };

/**
 * The named colleague when the asker may see their records; otherwise the asker's own (`self`) or
 * everything the asker may see (`visible`: a rep's own, a manager's team, an admin's tenant).
 */
export async function queryScope(ctx: FlowContext, owner: string | null, fallback: 'self' | 'visible'): Promise<QueryScope> {
  const { em, tenant, actor } = ctx;
  const visible = await visibleOwnerIds(em, actor);
  if (owner) {
    const named = await em.find(User, { where: { tenantId: tenant.id, name: owner } });
    if (named.length === 0) return { refusal: `没有找到同事「${owner}」。` };
    const allowed = named.filter((user) => visible === null || visible.includes(user.id));
    if (allowed.length === 0) return { refusal: `你只能查看${actor.role === 'rep' ? '自己' : '自己和团队成员'}的记录,看不到${owner}的。` };
    return { owners: allowed.map((user) => user.id), label: `${owner}的` };
  }
  if (fallback === 'self' || actor.role === 'rep') return { owners: [actor.id], label: '我的' };
  return { owners: visible, label: '团队' };
}
