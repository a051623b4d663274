import ExcelJS from 'exceljs';
import { DateTime } from 'luxon';
import { Between, In } from 'typeorm';
import { localWeekStart } from '../domain/business-calendar';
import { formatForPeople, wholeDaysBetween } from '../domain/business-time';
import { DOCUMENT_LABELS } from '../domain/stage-rules';
import { silenceStart } from '../domain/silence-timer';
import { STAGE_LABELS } from '../domain/stages';
import type { FlowContext } from '../flows/flow-context';
import { Activity, CardRecord, Customer, Deal, DealEvidence, Lead, LeadAssignment, StageTransition } from '../store/entities';
import { tenantUsers } from '../store/job-queries';
import { visibleOwnerIds } from '../store/visibility';

export interface ExportPeriod {
  from: Date;
  to: Date;
}

interface TrailRow {
  at: Date;
  what: string;
  who: string;
  customer: string;
  detail: string;
  source: string;
}

const CONFIRMED_BY: Record<string, string> = { card: '卡片确认', message: '消息确认', import: '导入', system: '系统' };

/**
 * The review workbook: 合规记录 (every follow-up, stage move, evidence, card tap and lead assignment of
 * the period, with who, when and the source message) and 商机 (the deal list), of the records the member
 * may see: a manager's team, a rep's own, an admin's tenant.
 */
export async function exportWorkbook(ctx: FlowContext, period: ExportPeriod): Promise<Buffer> {
  const { em, tenant, now } = ctx;
  const zone = tenant.timezone;
  const users = await tenantUsers(em, tenant.id);
  const owners = (await visibleOwnerIds(em, ctx.actor)) ?? users.map((u) => u.id);
  const name = (id: string | null) => (id ? (users.find((u) => u.id === id)?.name ?? id) : '系统');
  const during = Between(period.from, period.to);
  const t = tenant.id;

  const deals = await em.find(Deal, { where: { tenantId: t, ownerId: In(owners) }, order: { stageEnteredAt: 'DESC' } });
  const dealIds = deals.map((d) => d.id).concat('');
  const customers = new Map(
    (await em.find(Customer, { where: { tenantId: t, id: In(deals.map((d) => d.customerId).concat('')) } })).map((c) => [c.id, c.name]),
  );
  const customerOfDeal = (dealId: string) => customers.get(deals.find((d) => d.id === dealId)?.customerId ?? '') ?? '';
  const [activities, moves, evidence, taps, assignments] = await Promise.all([
    em.find(Activity, { where: { tenantId: t, userId: In(owners), occurredAt: during } }),
    em.find(StageTransition, { where: { tenantId: t, dealId: In(dealIds), at: during } }),
    em.find(DealEvidence, { where: { tenantId: t, dealId: In(dealIds), at: during } }),
    em.find(CardRecord, { where: { tenantId: t, actedBy: In(owners), actedAt: during } }),
    em.find(LeadAssignment, { where: { tenantId: t, repId: In(owners), assignedAt: during } }),
  ]);
  const activityCustomers = await em.find(Customer, { where: { tenantId: t, id: In(activities.map((a) => a.customerId).concat('')) } });
  const leads = await em.find(Lead, { where: { tenantId: t, id: In(assignments.map((a) => a.leadId).concat('')) } });

  const trail: TrailRow[] = [
    ...activities.map((a) => ({
      at: a.occurredAt,
      what: '跟进',
      who: name(a.userId),
      customer: activityCustomers.find((c) => c.id === a.customerId)?.name ?? a.customerId,
      detail: a.rawText,
      source: a.sourceInboxId !== null ? `消息 #${a.sourceInboxId}` : a.understoodBy === 'import' ? '导入' : '',
    })),
    ...moves.map((m) => ({
      at: m.at,
      what: '阶段变更',
      who: name(m.actorId),
      customer: customerOfDeal(m.dealId),
      detail: `${m.fromStage ? `${STAGE_LABELS[m.fromStage]} → ` : ''}${STAGE_LABELS[m.toStage]}${m.reason ? `(${m.reason})` : ''}`,
      source: CONFIRMED_BY[m.confirmedBy] ?? m.confirmedBy,
    })),
    ...evidence.map((e) => ({
      at: e.at,
      what: '证据',
      who: name(e.actorId),
      customer: customerOfDeal(e.dealId),
      detail: e.value.kind === 'document' ? [DOCUMENT_LABELS[e.value.document], e.value.fileName].filter(Boolean).join(' ') : e.kind,
      source: e.sourceInboxId !== null ? `消息 #${e.sourceInboxId}` : e.sourceActivityId ? '跟进内容' : '',
    })),
    ...taps.map((c) => ({
      at: c.actedAt!,
      what: '卡片操作',
      who: name(c.actedBy),
      customer: '',
      detail: `${c.card.title}${c.card.note ? ` · ${c.card.note}` : ''}`,
      source: c.kind,
    })),
    ...assignments.map((a) => {
      const lead = leads.find((l) => l.id === a.leadId);
      return {
        at: a.assignedAt,
        what: '线索分配',
        who: name(a.repId),
        customer: lead?.company ?? a.leadId,
        detail: `${lead?.score ?? '—'}分 · ${a.rule} · ${a.reason}${a.acceptedAt ? ` · ${formatForPeople(a.acceptedAt, zone)} 接受` : ''}`,
        source: lead ? `${lead.source} · ${lead.submittedBy}` : '',
      };
    }),
  ].sort((a, b) => a.at.getTime() - b.at.getTime());

  const workbook = new ExcelJS.Workbook();
  workbook.creator = '销售助手';
  workbook.created = now;
  const sheet = workbook.addWorksheet('合规记录');
  sheet.columns = [
    { header: '时间', key: 'at', width: 22 },
    { header: '类型', key: 'what', width: 10 },
    { header: '人员', key: 'who', width: 10 },
    { header: '客户', key: 'customer', width: 28 },
    { header: '内容', key: 'detail', width: 60 },
    { header: '来源', key: 'source', width: 16 },
  ];
  for (const row of trail) sheet.addRow({ ...row, at: formatForPeople(row.at, zone) });
  const list = workbook.addWorksheet('商机');
  list.columns = [
    { header: '客户', key: 'customer', width: 28 },
    { header: '商机', key: 'title', width: 20 },
    { header: '负责人', key: 'owner', width: 10 },
    { header: '阶段', key: 'stage', width: 10 },
    { header: '金额(元)', key: 'amount', width: 14 },
    { header: '本阶段天数', key: 'days', width: 10 },
    { header: '沉默天数', key: 'silent', width: 10 },
  ];
  for (const d of deals)
    list.addRow({
      customer: customers.get(d.customerId) ?? d.customerId,
      title: d.title ?? '',
      owner: name(d.ownerId),
      stage: STAGE_LABELS[d.stage],
      amount: d.amount,
      days: wholeDaysBetween(d.stageEnteredAt, now),
      silent: wholeDaysBetween(silenceStart(d), now),
    });
  for (const each of [sheet, list]) each.getRow(1).font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** `from`/`to` as local days (2026-12-01), both included; by default this week up to now. Null when a day is not a date. */
export function exportPeriod(from: unknown, to: unknown, now: Date, zone: string): ExportPeriod | null {
  const day = (value: unknown) => (typeof value === 'string' && DAY.test(value) ? DateTime.fromISO(value, { zone }) : null);
  if ((from !== undefined && !day(from)?.isValid) || (to !== undefined && !day(to)?.isValid)) return null;
  const start = day(from)?.toJSDate() ?? localWeekStart(now, zone);
  const end = day(to)?.plus({ days: 1 }).toJSDate() ?? now;
  return start < end ? { from: start, to: new Date(end.getTime() - 1) } : null;
}
