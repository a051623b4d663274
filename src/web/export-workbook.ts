import ExcelJS from 'exceljs';
import { DateTime } from 'luxon';
import { Between, In } from 'typeorm';
import { localWeekStart } from '../domain/business-calendar';
import { formatForPeople, wholeDaysBetween } from '../domain/business-time';
import { silenceStart } from '../domain/silence-timer';
import { STAGE_LABELS } from '../domain/stages';
import type { FlowContext } from '../flows/flow-context';
import { Activity, CardRecord, Deal, DealEvidence, Lead, StageTransition } from '../store/entities';
import { customerNames, inChunks, tenantUsers } from '../store/job-queries';
import { visibleOwnerIds } from '../store/visibility';
import { acceptedText, endedText, leadTrace, scorePartsText } from './lead-trace';
import { CONFIRMED_BY, evidenceText, PLATFORM_LABELS } from './record-text';

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

/**
 * The review workbook: 合规记录 (every follow-up, stage move, evidence, card tap and lead assignment of
 * the period, with who, when and the source message), 商机 (the deal list) and 线索分配 (the allocation
 * trace: score parts, rule, reason, who accepted when, how it ended), of the records the member
 * may see: a manager's team, a rep's own, an admin's tenant.
 */
export async function exportWorkbook(ctx: FlowContext, period: ExportPeriod): Promise<Buffer> {
  const { em, tenant, now } = ctx;
  const zone = tenant.timezone;
  const users = await tenantUsers(em, tenant.id);
  const owners = (await visibleOwnerIds(em, ctx.actor)) ?? users.map((u) => u.id);
  const names = new Map(users.map((u) => [u.id, u.name]));
  const name = (id: string | null) => (id ? (names.get(id) ?? id) : '系统');
  const during = Between(period.from, period.to);
  const t = tenant.id;

  const deals = await em.find(Deal, { where: { tenantId: t, ownerId: In(owners) }, order: { stageEnteredAt: 'DESC' } });
  const dealIds = deals.map((d) => d.id).concat('');
  const [activities, moves, evidence, taps, trace] = await Promise.all([
    em.find(Activity, { where: { tenantId: t, userId: In(owners), occurredAt: during } }),
    em.find(StageTransition, { where: { tenantId: t, dealId: In(dealIds), at: during } }),
    em.find(DealEvidence, { where: { tenantId: t, dealId: In(dealIds), at: during } }),
    em.find(CardRecord, { where: { tenantId: t, actedBy: In(owners), actedAt: during } }),
    leadTrace(em, t, owners, period, names),
  ]);
  const customerOfDealId = new Map(deals.map((d) => [d.id, d.customerId]));
  const tapLeadIds = taps.flatMap((c) => (typeof c.context.leadId === 'string' ? [c.context.leadId] : []));
  const customerOfLeadId = new Map(
    (await em.find(Lead, { select: { id: true, customerId: true }, where: { tenantId: t, id: In(tapLeadIds.concat('')) } })).map((l) => [
      l.id,
      l.customerId,
    ]),
  );
  // A tap's card names its customer, deal or lead in its context.
  const tapCustomerId = (c: CardRecord) =>
    typeof c.context.customerId === 'string'
      ? c.context.customerId
      : (customerOfDealId.get(String(c.context.dealId)) ?? customerOfLeadId.get(String(c.context.leadId)) ?? '');
  const customerIds = [...new Set([...deals.map((d) => d.customerId), ...activities.map((a) => a.customerId), ...taps.map(tapCustomerId)])];
  const customers = await customerNames(em, t, customerIds);
  const customerOfDeal = (dealId: string) => customers.get(customerOfDealId.get(dealId) ?? '') ?? '';
  const message = (inboxId: number | null | undefined) => (inboxId !== null && inboxId !== undefined ? `消息 #${inboxId}` : null);
  // Evidence stated in a follow-up came in with that follow-up's message.
  const statedIn = new Map(
    (
      await inChunks(
        evidence.flatMap((e) => e.sourceActivityId ?? []),
        (chunk) => em.find(Activity, { select: { id: true, sourceInboxId: true }, where: { tenantId: t, id: In(chunk) } }),
      )
    ).map((a) => [a.id, a.sourceInboxId]),
  );

  const trail: TrailRow[] = [
    ...activities.map((a) => ({
      at: a.occurredAt,
      what: '跟进',
      who: name(a.userId),
      customer: customers.get(a.customerId) ?? a.customerId,
      detail: a.rawText,
      source: message(a.sourceInboxId) ?? (a.understoodBy === 'import' ? '导入' : ''),
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
      detail: evidenceText(e.value),
      source: message(e.sourceInboxId) ?? message(statedIn.get(e.sourceActivityId ?? '')) ?? (e.sourceActivityId ? '跟进内容' : ''),
    })),
    ...taps.map((c) => ({
      at: c.actedAt!,
      what: '卡片操作',
      who: name(c.actedBy),
      customer: customers.get(tapCustomerId(c)) ?? '',
      detail: `${c.card.title}${c.card.note ? ` · ${c.card.note}` : ''}`,
      source: ['卡片', c.platform ? (PLATFORM_LABELS[c.platform] ?? c.platform) : null].filter(Boolean).join(' · '),
    })),
    ...trace.map((a) => ({
      at: a.assignedAt,
      what: '线索分配',
      who: a.rep,
      customer: a.company,
      detail: [
        `${a.score ?? '—'}分(${scorePartsText(a.parts)})`,
        a.rule,
        a.reason,
        a.accepted ? acceptedText(a.accepted, zone) : '未接受',
        ...(a.ended ? [endedText(a.ended, zone)] : []),
      ].join(' · '),
      source: a.source,
    })),
  ].sort((a, b) => a.at.getTime() - b.at.getTime());

  const workbook = new ExcelJS.Workbook();
  workbook.creator = '销售助手';
  workbook.created = now;
  const sheet = addSheet(workbook, '合规记录', [
    ['时间', 'at', 22],
    ['类型', 'what', 10],
    ['人员', 'who', 10],
    ['客户', 'customer', 28],
    ['内容', 'detail', 60],
    ['来源', 'source', 16],
  ]);
  for (const row of trail) sheet.addRow({ ...row, at: formatForPeople(row.at, zone) });
  const list = addSheet(workbook, '商机', [
    ['客户', 'customer', 28],
    ['商机', 'title', 20],
    ['负责人', 'owner', 10],
    ['阶段', 'stage', 10],
    ['金额(元)', 'amount', 14],
    ['本阶段天数', 'days', 10],
    ['沉默天数', 'silent', 10],
  ]);
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
  const allocation = addSheet(workbook, '线索分配', [
    ['分配时间', 'at', 22],
    ['线索', 'company', 28],
    ['来源', 'source', 18],
    ['分给', 'rep', 10],
    ['总分', 'score', 8],
    ['地区分', 'region', 8],
    ['行业分', 'industry', 8],
    ['预算分', 'budget', 8],
    ['紧迫分', 'urgency', 8],
    ['规则', 'rule', 22],
    ['理由', 'reason', 60],
    ['接受人', 'acceptedBy', 10],
    ['接受时间', 'acceptedAt', 22],
    ['首次跟进', 'firstTouch', 22],
    ['结束', 'ended', 40],
  ]);
  for (const a of trace)
    allocation.addRow({
      at: formatForPeople(a.assignedAt, zone),
      company: a.company,
      source: a.source,
      rep: a.rep,
      score: a.score,
      ...(a.parts ?? {}),
      rule: a.rule,
      reason: a.reason,
      acceptedBy: a.accepted?.by ?? '',
      acceptedAt: a.accepted ? formatForPeople(a.accepted.at, zone) : '',
      firstTouch: a.firstTouchAt ? formatForPeople(a.firstTouchAt, zone) : '',
      ended: a.ended ? endedText(a.ended, zone) : '',
    });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A sheet with its columns as (header, key, width), the header row bold. */
function addSheet(workbook: ExcelJS.Workbook, name: string, columns: [string, string, number][]): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name);
  sheet.columns = columns.map(([header, key, width]) => ({ header, key, width }));
  sheet.getRow(1).font = { bold: true };
  return sheet;
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
