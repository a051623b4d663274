import { In } from 'typeorm';
import type { Card, CardField } from '../../cards/card';
import { listPageCard } from '../../cards/deal-page.card';
import { MAX_LINES } from '../../cards/deal-line';
import { formatForPeople } from '../domain/business-time';
import type { Effect } from '../pipeline/effects';
import { Commitment } from '../store/entities';
import { customerNames, tenantUsers } from '../store/job-queries';
import type { FlowContext } from './flow-context';

const HOUR_MS = 3_600_000;

/**
 * Page `page` of a stored promise list (the drill-down of 动作闭环率), one line a promise with its due
 * and done times: `华信精密机械有限公司 — 张伟 · 出服务方案 · 截止 3月4日 周三 10:15 · 3月5日 周四 09:00 完成(晚 22 小时)`.
 */
export async function promisePage(
  ctx: FlowContext,
  kind: Card['kind'],
  title: string,
  promiseIds: readonly string[],
  page: number,
): Promise<Effect> {
  const { em, tenant } = ctx;
  const ids = promiseIds.slice((page - 1) * MAX_LINES, page * MAX_LINES);
  const found = new Map((await em.find(Commitment, { where: { tenantId: tenant.id, id: In(ids) } })).map((c) => [c.id, c]));
  const promises = ids.flatMap((id) => found.get(id) ?? []);
  const names = await customerNames(
    em,
    tenant.id,
    promises.map((c) => c.customerId),
  );
  const people = new Map((await tenantUsers(em, tenant.id)).map((u) => [u.id, u.name]));
  const zone = tenant.timezone;
  const fields: CardField[] = promises.map((c) => ({
    label: names.get(c.customerId) ?? c.customerId,
    value: [
      people.get(c.ownerId) ?? c.ownerId,
      c.action,
      c.dueAt ? `截止 ${formatForPeople(c.dueAt, zone)}` : '未定时间',
      c.doneAt ? `${formatForPeople(c.doneAt, zone)} 完成${lateness(c.dueAt, c.doneAt)}` : '未完成',
    ].join(' · '),
  }));
  return {
    type: 'send-card',
    to: ctx.actor.id,
    card: listPageCard(kind, title, promiseIds.length, page, fields),
    context: { promiseIds: [...promiseIds], page, title },
  };
}

/** `(晚 22 小时)`: how late a promise was done, in whole hours. */
function lateness(dueAt: Date | null, doneAt: Date): string {
  if (!dueAt || doneAt <= dueAt) return '';
  return `(晚 ${Math.floor((doneAt.getTime() - dueAt.getTime()) / HOUR_MS)} 小时)`;
}
