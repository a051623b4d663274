import { todosLink, withLinks } from '../../cards/page-links';
import { In, IsNull } from 'typeorm';
import { doneButtons } from '../../cards/briefing.card';
import type { CardField } from '../../cards/card';
import { listPageCard } from '../../cards/deal-page.card';
import { MAX_LINES } from '../../cards/deal-line';
import { localDayStart } from '../domain/business-calendar';
import { formatForPeople } from '../domain/business-time';
import type { Effect } from '../pipeline/effects';
import { Commitment } from '../store/entities';
import { customerNames } from '../store/job-queries';
import type { Query } from '../understanding/extraction';
import type { FlowContext } from './flow-context';
import { queryScope } from './query-scope';

/** WeCom shows at most 6 buttons: 下一页 plus five 已完成. */
const MAX_DONE_BUTTONS = 5;

/**
 * 我有哪些承诺没完成 / 我今天要做什么: open promises, overdue first then by due time, six a page with
 * 下一页, each with 已完成 when they are the asker's own (only the one who promised can report it done).
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
  const what = query.period === 'today' ? '今日待办' : query.status === 'overdue' ? '逾期承诺' : '未完成承诺';
  const title = `${scope.label}${what}`;
  if (asked.length === 0) return [{ type: 'send-text', to: actor.id, text: `${title}:暂时没有。` }];
  return [
    await openPromisePage(
      ctx,
      title,
      asked.map((c) => c.id),
      1,
    ),
  ];
}

/** Page `page` of a stored list of open promises, with 已完成 for the asker's own; the list rides in the card's context, so 下一页 pages on. */
export async function openPromisePage(ctx: FlowContext, title: string, commitmentIds: readonly string[], page: number): Promise<Effect> {
  const { em, tenant, actor, now } = ctx;
  const ids = commitmentIds.slice((page - 1) * MAX_LINES, page * MAX_LINES);
  const found = new Map((await em.find(Commitment, { where: { tenantId: tenant.id, id: In(ids) } })).map((c) => [c.id, c]));
  const shown = ids.flatMap((id) => found.get(id) ?? []);
  const names = await customerNames(
    em,
    tenant.id,
    shown.map((c) => c.customerId),
  );
  const fields: CardField[] = shown.map((c) => ({
    label: names.get(c.customerId) ?? c.customerId,
    value: [
      c.action,
      c.dueAt ? `截止 ${formatForPeople(c.dueAt, tenant.timezone)}` : '未定时间',
      c.doneAt ? '已完成' : c.dueAt && c.dueAt < now ? '已逾期' : '',
    ]
      .filter(Boolean)
      .join(' · '),
  }));
  const own = shown.filter((c) => c.ownerId === actor.id && c.doneAt === null);
  const list = listPageCard('query-result', title, commitmentIds.length, page, fields);
  const card = {
    ...list,
    subtitle: `共 ${commitmentIds.length} 项,逾期的排在前面`,
    buttons: [...doneButtons(own, MAX_DONE_BUTTONS), ...list.buttons],
  };
  return {
    type: 'send-card',
    to: actor.id,
    card: withLinks(card, todosLink(tenant.id, '查看全部')),
    context: { commitmentIds: [...commitmentIds], page, title },
  };
}
