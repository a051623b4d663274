import { In, IsNull, Not } from 'typeorm';
import { formatForPeople, wholeDaysBetween } from '../domain/business-time';
import { CONTACT_ROLE_LABELS, CONTACT_ROLES } from '../domain/people';
import { SIGNAL_LABELS } from '../domain/signals';
import { silenceStart } from '../domain/silence-timer';
import { STAGE_LABELS } from '../domain/stages';
import type { FlowContext } from '../flows/flow-context';
import {
  Activity,
  CardRecord,
  Commitment,
  Contact,
  CustomerSignal,
  Deal,
  DealEvidence,
  Handover,
  StageTransition,
} from '../store/entities';
import { tenantUsers } from '../store/job-queries';
import { visibleCustomers } from '../store/visibility';
import { CONFIRMED_BY, evidenceText } from './record-text';

/** How many timeline entries of each kind the archive reads; older ones are in the export. */
const TIMELINE_LIMIT = 200;

export interface ArchiveView {
  customer: { id: string; name: string; aliases: string[]; region: string | null; industry: string | null; owner: string | null };
  deals: {
    id: string;
    title: string | null;
    stage: string;
    amount: number | null;
    owner: string;
    daysInStage: number;
    silentDays: number;
  }[];
  contacts: { name: string; title: string | null; role: string | null }[];
  chain: { present: string[]; missing: string[] };
  signals: { tag: string; at: string }[];
  promises: {
    action: string;
    owner: string;
    due: string | null;
    done: string | null;
    status: 'open' | 'late' | 'on-time' | 'done-late' | 'done';
  }[];
  timeline: { at: string; who: string; what: string; text: string | null }[];
}

/**
 * One customer's whole story for the 客户档案 page, or null when the member may not see it (the page
 * answers 404 and shows nothing of it). Days in stage and silence are the same computations the
 * archive card uses.
 */
export async function archiveView(ctx: FlowContext, customerId: string): Promise<ArchiveView | null> {
  const { em, tenant, now } = ctx;
  const customer = (await visibleCustomers(em, ctx.actor)).find((c) => c.id === customerId);
  if (!customer) return null;
  const zone = tenant.timezone;
  const when = (at: Date) => formatForPeople(at, zone);
  const users = await tenantUsers(em, tenant.id);
  const names = new Map(users.map((u) => [u.id, u.name]));
  const left = new Set(users.filter((u) => u.leftAt).map((u) => u.id));
  const who = (id: string | null) => (id ? (names.get(id) ?? id) : '系统');
  const where = { tenantId: tenant.id, customerId: customer.id };

  const deals = await em.find(Deal, { where, order: { stageEnteredAt: 'DESC' } });
  const dealIds = deals.map((d) => d.id);
  const byDeal = { tenantId: tenant.id, dealId: In(dealIds.length > 0 ? dealIds : ['']) };
  // Cards about this customer went to its people and their managers: their taps are read by recipient.
  const people = new Set([customer.ownerId, ...deals.map((d) => d.ownerId)].filter((id): id is string => id !== null));
  for (const user of users) if (user.managerId && people.has(user.id)) people.add(user.managerId);
  const [contacts, signals, promises, activities, moves, evidence, cards, handovers] = await Promise.all([
    em.find(Contact, { where, order: { createdAt: 'ASC' } }),
    em.find(CustomerSignal, { where, order: { at: 'DESC' } }),
    em.find(Commitment, { where, order: { createdAt: 'DESC' } }),
    em.find(Activity, { where, order: { occurredAt: 'DESC' }, take: TIMELINE_LIMIT }),
    em.find(StageTransition, { where: byDeal, order: { at: 'DESC' }, take: TIMELINE_LIMIT }),
    em.find(DealEvidence, { where: byDeal, order: { at: 'DESC' }, take: TIMELINE_LIMIT }),
    em.find(CardRecord, { where: { tenantId: tenant.id, recipientId: In([...people, '']), actedAt: Not(IsNull()) } }),
    em.find(Handover, { where, order: { at: 'DESC' }, take: TIMELINE_LIMIT }),
  ]);
  const taps = cards.filter((c) => c.context.customerId === customer.id || dealIds.includes(String(c.context.dealId)));
  const present = CONTACT_ROLES.filter((role) => contacts.some((c) => c.role === role));

  const timeline = [
    ...activities.map((a) => ({ at: a.occurredAt, who: who(a.userId), what: '跟进', text: a.rawText })),
    ...moves.map((t) => ({
      at: t.at,
      who: who(t.actorId),
      what: `阶段 ${t.fromStage ? `${STAGE_LABELS[t.fromStage]} → ` : ''}${STAGE_LABELS[t.toStage]}(${CONFIRMED_BY[t.confirmedBy] ?? t.confirmedBy})`,
      text: t.reason,
    })),
    // Evidence stated in a follow-up is already in that follow-up's words; files stand on their own.
    ...evidence
      .filter((e) => e.sourceActivityId === null)
      .map((e) => ({ at: e.at, who: who(e.actorId), what: `材料 · ${evidenceText(e.value)}`, text: null })),
    ...taps.map((c) => ({ at: c.actedAt!, who: who(c.actedBy), what: `卡片 · ${c.card.title}`, text: c.card.note ?? null })),
    ...handovers.map((h) => ({
      at: h.at,
      who: who(h.byUserId),
      what: `交接 · ${who(h.fromUserId)} → ${who(h.toUserId)}`,
      // A leaver's handover, or a manager's transfer from an overdue alert (转给他人).
      text: left.has(h.fromUserId)
        ? `${who(h.fromUserId)}离开,${h.what}交给${who(h.toUserId)}`
        : `${who(h.byUserId)}把${who(h.fromUserId)}的${h.what}转给${who(h.toUserId)}`,
    })),
  ]
    .sort((a, b) => b.at.getTime() - a.at.getTime())
    .slice(0, TIMELINE_LIMIT);

  return {
    customer: {
      id: customer.id,
      name: customer.name,
      aliases: customer.aliases,
      region: customer.region,
      industry: customer.industry,
      owner: customer.ownerId ? who(customer.ownerId) : null,
    },
    deals: deals.map((d) => ({
      id: d.id,
      title: d.title,
      stage: STAGE_LABELS[d.stage],
      amount: d.amount,
      owner: who(d.ownerId),
      daysInStage: wholeDaysBetween(d.stageEnteredAt, now),
      silentDays: wholeDaysBetween(silenceStart(d), now),
    })),
    contacts: contacts.map((c) => ({ name: c.name, title: c.title, role: c.role ? CONTACT_ROLE_LABELS[c.role] : null })),
    chain: {
      present: present.map((r) => CONTACT_ROLE_LABELS[r]),
      missing: CONTACT_ROLES.filter((r) => !present.includes(r)).map((r) => CONTACT_ROLE_LABELS[r]),
    },
    signals: signals.map((s) => ({ tag: SIGNAL_LABELS[s.tag] ?? s.tag, at: when(s.at) })),
    promises: promises
      .map((c) => ({
        action: c.action,
        owner: who(c.ownerId),
        due: c.dueAt ? when(c.dueAt) : null,
        done: c.doneAt ? when(c.doneAt) : null,
        status: promiseStatus(c, now),
      }))
      .sort((a, b) => Number(a.done !== null) - Number(b.done !== null)),
    timeline: timeline.map((e) => ({ at: when(e.at), who: e.who, what: e.what, text: e.text })),
  };
}

/** Open (late when past due), or done on time or late against the due time it had. */
export function promiseStatus(c: Pick<Commitment, 'dueAt' | 'doneAt'>, now: Date): ArchiveView['promises'][number]['status'] {
  if (!c.doneAt) return c.dueAt && c.dueAt < now ? 'late' : 'open';
  if (!c.dueAt) return 'done';
  return c.doneAt <= c.dueAt ? 'on-time' : 'done-late';
}
