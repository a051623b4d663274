import { todosLink, withLinks } from '../../cards/page-links';
import { In, IsNull } from 'typeorm';
import { doneButtons } from '../../cards/briefing.card';
import type { CardField } from '../../cards/card';
import { queryAnswerCard } from '../../cards/query-result.card';
import { localDayStart } from '../domain/business-calendar';
import { formatForPeople } from '../domain/business-time';
import type { Effect } from '../pipeline/effects';
import { Commitment } from '../store/entities';
import { customerNames } from '../store/job-queries';
import type { Query } from '../understanding/extraction';
import type { FlowContext } from './flow-context';
import { queryScope } from './query-scope';

/** WeCom shows at most 6 buttons. */
const MAX_DONE_BUTTONS = 6;

/**
 * 我有哪些承诺没完成 / 我今天要做什么: open promises, overdue first then by due time, each with 已完成
 * when they are the asker's own (only the one who promised can report it done).
 */
export async function answerPromises(ctx: FlowContext, query: Query): Promise<Effect[]> {
  const { em, tenant, actor, now } = ctx;
  const scope = await queryScope(ctx, query.owner, 'self');
  if ('refusal' in scope) return [{ type: 'send-text', to: actor.id, text: scope.refusal }];
  const open = await em.find(Commitment, {
    where: { tenantId: tenant.id, doneAt: IsNull(), ...(scope.owners ? { ownerId: In(scope.owners) } : {}) },
  });
  const endOfToday = localDayStart(now, tenant.timezone, 1);
  const asked = open
    .filter((c) => (query.period === 'today' ? c.dueAt !== null && c.dueAt < endOfToday : true))
    .filter((c) => (query.status === 'overdue' ? c.dueAt !== null && c.dueAt < now : true))
    .sort((a, b) => (a.dueAt?.getTime() ?? Infinity) - (b.dueAt?.getTime() ?? Infinity));
  const what = query.period === 'today' ? '今天要做的' : query.status === 'overdue' ? '逾期的承诺' : '未完成的承诺';
  const title = `${scope.label}${what}`;
  if (asked.length === 0) return [{ type: 'send-text', to: actor.id, text: `${title}:暂时没有。` }];
  const names = await customerNames(
    em,
    tenant.id,
    asked.map((c) => c.customerId),
  );
  const fields: CardField[] = asked.map((c) => ({
    label: names.get(c.customerId) ?? c.customerId,
    value: [c.action, c.dueAt ? `截止 ${formatForPeople(c.dueAt, tenant.timezone)}` : '未定时间', c.dueAt && c.dueAt < now ? '已逾期' : '']
      .filter(Boolean)
      .join(' · '),
  }));
  const own = asked.filter((c) => c.ownerId === actor.id);
  const more = asked.length > fields.slice(0, 6).length ? `,先列最急的 6 项` : '';
  const card = queryAnswerCard(`${title} · ${asked.length} 项`, fields, {
    subtitle: `逾期的排在前面${more}`,
    buttons: doneButtons(own, MAX_DONE_BUTTONS),
  });
  return [{ type: 'send-card', to: actor.id, card: withLinks(card, todosLink(tenant.id, '查看全部')) }];
}
