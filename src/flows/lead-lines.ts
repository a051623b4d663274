import { In } from 'typeorm';
import type { Card, CardField } from '../../cards/card';
import { listPageCard } from '../../cards/deal-page.card';
import { MAX_LINES } from '../../cards/deal-line';
import { formatForPeople } from '../domain/business-time';
import type { Effect } from '../pipeline/effects';
import { Lead } from '../store/entities';
import { tenantUsers } from '../store/job-queries';
import { countedPlacements } from '../store/lead-metric-queries';
import type { FlowContext } from './flow-context';

/**
 * Page `page` of a stored lead list (the drill-down of 线索激活率 and 昨日新增优质线索), one line a lead:
 * `宁波博瑞模具有限公司 — 张伟 · 88分 · 3月4日 周三 10:00 进入 · 未跟进`. The list rides in the card's context.
 */
export async function leadPage(
  ctx: FlowContext,
  kind: Card['kind'],
  title: string,
  leadIds: readonly string[],
  page: number,
): Promise<Effect> {
  const { em, tenant } = ctx;
  const ids = leadIds.slice((page - 1) * MAX_LINES, page * MAX_LINES);
  const leads = new Map((await em.find(Lead, { where: { tenantId: tenant.id, id: In(ids) } })).map((l) => [l.id, l]));
  const placements = await countedPlacements(em, tenant.id, ids);
  const names = new Map((await tenantUsers(em, tenant.id)).map((u) => [u.id, u.name]));
  const zone = tenant.timezone;
  const fields: CardField[] = ids.flatMap((id) => {
    const lead = leads.get(id);
    if (!lead) return [];
    const placed = placements.get(id);
    const parts = [
      placed ? (names.get(placed.repId!) ?? placed.repId!) : '公海',
      lead.score !== null ? `${lead.score}分` : '未评分',
      `${formatForPeople(lead.createdAt, zone)} 进入`,
      placed?.firstTouchAt ? `首次跟进 ${formatForPeople(placed.firstTouchAt, zone)}` : '未跟进',
    ];
    return [{ label: lead.company, value: parts.join(' · ') }];
  });
  return {
    type: 'send-card',
    to: ctx.actor.id,
    card: listPageCard(kind, title, leadIds.length, page, fields),
    context: { leadIds: [...leadIds], page, title },
  };
}
