import { archiveLink, withLinks } from '../../cards/page-links';
import { IsNull, MoreThanOrEqual } from 'typeorm';
import type { CardField } from '../../cards/card';
import { queryAnswerCard } from '../../cards/query-result.card';
import { moneyText, signalList } from '../../cards/format';
import { formatForPeople, wholeDaysBetween } from '../domain/business-time';
import { CONTACT_ROLE_LABELS, CONTACT_ROLES } from '../domain/people';
import { adviceFor } from '../domain/playbook';
import { SIGNAL_LABELS, type SignalTag } from '../domain/signals';
import { silenceStart } from '../domain/silence-timer';
import { isOpenStage, isStage, STAGE_LABELS } from '../domain/stages';
import type { Effect } from '../pipeline/effects';
import { Activity, Commitment, Contact, Customer, CustomerSignal, Deal, DealEvidence, StageTransition, User } from '../store/entities';
import { tenantUsers } from '../store/job-queries';
import type { Query } from '../understanding/extraction';
import { lastActivityLine } from './deal-status';
import type { FlowContext } from './flow-context';

const DAY_MS = 86_400_000;
/** Signals this recent describe the customer now (怎么谈, the archive's 信号). */
const RECENT_SIGNAL_DAYS = 30;
const TIMELINE_ENTRIES = 6;
const WHICH_CUSTOMER = '请说明是哪个客户,例如「华信的联系人有哪些」。';

/** Questions about one customer the asker may see: its contacts, timeline, archive, owner or playbook. */
export async function answerAboutCustomer(ctx: FlowContext, query: Query): Promise<Effect[]> {
  const customer = query.customerId ? await ctx.em.findOneBy(Customer, { tenantId: ctx.tenant.id, id: query.customerId }) : null;
  if (!customer) return [{ type: 'send-text', to: ctx.actor.id, text: WHICH_CUSTOMER }];
  switch (query.subject) {
    case 'contacts':
      return card(ctx, customer, await contactsAnswer(ctx, customer));
    case 'timeline':
      return card(ctx, customer, await timelineAnswer(ctx, customer));
    case 'owner':
      return [{ type: 'send-text', to: ctx.actor.id, text: await ownerAnswer(ctx, customer) }];
    case 'playbook':
      return card(ctx, customer, await playbookAnswer(ctx, customer));
    default:
      return card(ctx, customer, await archiveAnswer(ctx, customer));
  }
}

interface Answer {
  title: string;
  subtitle?: string;
  fields: CardField[];
}

/** The answer as a card that opens the customer's archive, where the whole story is. */
function card(ctx: FlowContext, customer: Customer, answer: Answer): Effect[] {
  const answerCard = queryAnswerCard(answer.title, answer.fields, { subtitle: answer.subtitle });
  return [{ type: 'send-card', to: ctx.actor.id, card: withLinks(answerCard, archiveLink(ctx.tenant.id, customer.id)) }];
}

async function contactsAnswer(ctx: FlowContext, customer: Customer): Promise<Answer> {
  const contacts = await ctx.em.find(Contact, { where: { tenantId: ctx.tenant.id, customerId: customer.id }, order: { createdAt: 'ASC' } });
  const present = CONTACT_ROLES.filter((role) => contacts.some((c) => c.role === role));
  const missing = CONTACT_ROLES.filter((role) => !present.includes(role));
  const chain = [
    present.length > 0 ? `已有${present.map((r) => CONTACT_ROLE_LABELS[r]).join('、')}` : '还没有标明角色的联系人',
    missing.length > 0 ? `还缺${missing.map((r) => CONTACT_ROLE_LABELS[r]).join('、')}` : '决策链完整',
  ].join(';');
  return {
    title: `${customer.name} · 联系人 ${contacts.length} 位`,
    subtitle: `决策链:${chain}`,
    fields: contacts.map((c) => ({
      label: c.name,
      value: [c.title, c.role ? CONTACT_ROLE_LABELS[c.role] : '角色未知'].filter(Boolean).join(' · '),
    })),
  };
}

/** The newest follow-ups, stage moves and evidence, each with when and who. */
async function timelineAnswer(ctx: FlowContext, customer: Customer): Promise<Answer> {
  const { em, tenant } = ctx;
  const names = new Map((await tenantUsers(em, tenant.id)).map((u) => [u.id, u.name]));
  const who = (id: string | null) => (id ? (names.get(id) ?? id) : '系统');
  const dealIds = (await em.find(Deal, { where: { tenantId: tenant.id, customerId: customer.id }, select: { id: true } })).map((d) => d.id);
  const newest = { take: TIMELINE_ENTRIES };
  const activities = await em.find(Activity, {
    where: { tenantId: tenant.id, customerId: customer.id },
    order: { occurredAt: 'DESC' },
    ...newest,
  });
  const moves = await Promise.all(
    dealIds.map((dealId) => em.find(StageTransition, { where: { tenantId: tenant.id, dealId }, order: { at: 'DESC' }, ...newest })),
  );
  const evidence = await Promise.all(
    dealIds.map((dealId) =>
      em.find(DealEvidence, { where: { tenantId: tenant.id, dealId, sourceActivityId: IsNull() }, order: { at: 'DESC' }, ...newest }),
    ),
  );
  const entries = [
    ...activities.map((a) => ({ at: a.occurredAt, text: `${who(a.userId)} · ${a.summary || a.rawText}` })),
    ...moves.flat().map((t) => ({
      at: t.at,
      text: `${who(t.actorId)} · 阶段${t.fromStage ? `${STAGE_LABELS[t.fromStage]} → ` : ''}${STAGE_LABELS[t.toStage]}`,
    })),
    ...evidence.flat().map((e) => ({ at: e.at, text: `${who(e.actorId)} · 补充材料` })),
  ].sort((a, b) => b.at.getTime() - a.at.getTime());
  return {
    title: `${customer.name} · 跟进记录`,
    subtitle: entries.length === 0 ? '还没有任何记录。' : `最近 ${Math.min(entries.length, TIMELINE_ENTRIES)} 条,最新的在前`,
    fields: entries.slice(0, TIMELINE_ENTRIES).map((e) => ({ label: formatForPeople(e.at, tenant.timezone), value: e.text })),
  };
}

async function ownerName(ctx: FlowContext, customer: Customer): Promise<string | null> {
  if (!customer.ownerId) return null;
  const owner = await ctx.em.findOneBy(User, { tenantId: ctx.tenant.id, id: customer.ownerId });
  return owner?.name ?? customer.ownerId;
}

/** Who owns it, and who was last in touch and when: 有人跟吗 asks both. */
async function ownerAnswer(ctx: FlowContext, customer: Customer): Promise<string> {
  const name = await ownerName(ctx, customer);
  const owner = name ? `${customer.name}的负责人是${name}。` : `${customer.name}目前没有负责人(在公海)。`;
  const latest = await ctx.em.findOne(Activity, {
    where: { tenantId: ctx.tenant.id, customerId: customer.id },
    order: { occurredAt: 'DESC' },
  });
  if (!latest) return `${owner}还没有跟进记录。`;
  const by = await ctx.em.findOneBy(User, { tenantId: ctx.tenant.id, id: latest.userId });
  return `${owner}最近一次跟进:${formatForPeople(latest.occurredAt, ctx.tenant.timezone)},${by?.name ?? latest.userId}。`;
}

/** The customer as a whole: owner, the deal, contacts, recent signals, the last follow-up, open promises. */
async function archiveAnswer(ctx: FlowContext, customer: Customer): Promise<Answer> {
  const { em, tenant, now } = ctx;
  const deal = await mainDeal(ctx, customer);
  const contacts = await em.find(Contact, { where: { tenantId: tenant.id, customerId: customer.id } });
  const promises = await em.count(Commitment, { where: { tenantId: tenant.id, customerId: customer.id, doneAt: IsNull() } });
  const tags = await recentSignals(ctx, customer);
  const dealText = deal
    ? [
        STAGE_LABELS[deal.stage],
        deal.amount !== null ? moneyText(deal.amount) : '金额未填',
        `本阶段${wholeDaysBetween(deal.stageEnteredAt, now)}天`,
        `沉默${wholeDaysBetween(silenceStart(deal), now)}天`,
      ].join(' · ')
    : '暂无商机';
  return {
    title: `${customer.name} · 客户档案`,
    subtitle:
      [customer.region, customer.industry, customer.aliases.length > 0 ? `简称 ${customer.aliases.join('、')}` : null]
        .filter(Boolean)
        .join(' · ') || undefined,
    fields: [
      { label: '负责人', value: (await ownerName(ctx, customer)) ?? '暂无(在公海)' },
      { label: '商机', value: dealText },
      { label: '联系人', value: contacts.length > 0 ? contacts.map((c) => c.name).join('、') : '暂无' },
      { label: '近期信号', value: tags.length > 0 ? signalList(tags) : '暂无' },
      { label: '最后跟进', value: deal ? await lastActivityLine(em, deal, tenant.timezone) : '暂无跟进记录' },
      { label: '未完成承诺', value: `${promises} 项` },
    ],
  };
}

/** 怎么谈: the tenant's advice for the deal's stage and the customer's recent signals. */
async function playbookAnswer(ctx: FlowContext, customer: Customer): Promise<Answer> {
  const deal = await mainDeal(ctx, customer);
  const tags = await recentSignals(ctx, customer);
  const { sections } = adviceFor(ctx.rules.playbook, deal?.stage ?? null, tags);
  return {
    title: `${customer.name} · 怎么谈`,
    subtitle: deal ? `当前阶段:${STAGE_LABELS[deal.stage]}${tags.length > 0 ? `;近期信号:${signalList(tags)}` : ''}` : '暂无商机',
    fields: sections.map(({ topic, tips }) => ({
      label: isStage(topic) ? `${STAGE_LABELS[topic]}阶段` : SIGNAL_LABELS[topic as SignalTag],
      value: tips.join(' '),
    })),
  };
}

/** The customer's deal that matters now: an open one, most recently active; else the latest. */
async function mainDeal(ctx: FlowContext, customer: Customer): Promise<Deal | null> {
  const deals = await ctx.em.find(Deal, { where: { tenantId: ctx.tenant.id, customerId: customer.id } });
  const open = deals.filter((d) => isOpenStage(d.stage));
  const pool = open.length > 0 ? open : deals;
  return pool.sort((a, b) => silenceStart(b).getTime() - silenceStart(a).getTime())[0] ?? null;
}

async function recentSignals(ctx: FlowContext, customer: Customer): Promise<SignalTag[]> {
  const since = new Date(ctx.now.getTime() - RECENT_SIGNAL_DAYS * DAY_MS);
  const signals = await ctx.em.find(CustomerSignal, {
    where: { tenantId: ctx.tenant.id, customerId: customer.id, at: MoreThanOrEqual(since) },
  });
  return [...new Set(signals.map((s) => s.tag as SignalTag))];
}
