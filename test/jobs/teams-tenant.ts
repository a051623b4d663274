import type { DataSource } from 'typeorm';
import { CONTACT_ROLES } from '../../src/domain/people';
import { STAGES, type Stage } from '../../src/domain/stages';
import type { Evidence } from '../../src/domain/deal-evidence';
import {
  Activity,
  Commitment,
  Contact,
  Customer,
  Deal,
  DealEvidence,
  Lead,
  LeadAssignment,
  StageTransition,
  Tenant,
  User,
} from '../../src/store/entities';
import { leadRow, placementRow } from '../support/lead-rows';
import { seeded } from '../support/seeded';

/**
 * A generated tenant of four teams (a manager who owns deals too, three reps each), a rep without a
 * manager and an admin, with every fact the briefings read: deals in all stages, moves over two
 * weeks, promises done on time, late or not at all, follow-ups some of which stated evidence,
 * contacts with buying roles, and leads placed, touched, returned and pooled. Seeded, so the same
 * rows every run. "Now" is around Friday 2026-03-06 in Shanghai.
 */
export const TEAMS_TENANT = 'teams';
const NOW = Date.parse('2026-03-06T00:00:00Z');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export async function seedTeamsTenant(dataSource: DataSource): Promise<void> {
  const random = seeded(11);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const at = (daysBack: number, daysSpan: number) =>
    new Date(Math.round((NOW - daysBack * DAY + random() * daysSpan * DAY) / 60_000) * 60_000);
  const t = TEAMS_TENANT;
  const stamp = new Date(NOW - 90 * DAY);

  const users: User[] = [];
  const user = (id: string, name: string, role: User['role'], team: string | null, managerId: string | null) =>
    users.push({
      tenantId: t,
      id,
      name,
      role,
      team,
      region: null,
      managerId,
      leftAt: null,
      createdAt: stamp,
      updatedAt: stamp,
    });
  for (let m = 1; m <= 4; m++) {
    user(`m${m}`, `经理${m}`, 'manager', `第${m}组`, null);
    for (let r = 1; r <= 3; r++) user(`r${m}${r}`, `销售${m}${r}`, 'rep', `第${m}组`, `m${m}`);
  }
  user('r_free', '独行侠', 'rep', null, null);
  user('admin', '管理员', 'admin', null, null);
  const owners = users.filter((u) => u.role !== 'admin').map((u) => u.id);

  const customers: Customer[] = [];
  const deals: Deal[] = [];
  const transitions: StageTransition[] = [];
  const commitments: Commitment[] = [];
  const activities: Activity[] = [];
  const evidence: DealEvidence[] = [];
  const contacts: Contact[] = [];
  for (let i = 0; i < 160; i++) {
    const ownerId = pick(owners);
    const created = at(30, 24);
    customers.push({
      tenantId: t,
      id: `c${i}`,
      name: `客户${i}有限公司`,
      normalizedName: `客户${i}`,
      aliases: [],
      ownerId,
      region: null,
      industry: null,
      createdAt: created,
      updatedAt: created,
    });
    // A path of moves from 线索, some skipping steps, some back, some to 丢单, over the last two weeks.
    let stage: Stage = 'lead';
    let when = created;
    transitions.push(transition(t, `t${i}_0`, `d${i}`, null, stage, when));
    const moves = Math.floor(random() * 5);
    for (let k = 1; k <= moves && stage !== 'won' && stage !== 'lost'; k++) {
      const step = random();
      const next: Stage =
        step < 0.6
          ? STAGES[STAGES.indexOf(stage) + 1]
          : step < 0.75
            ? pick(STAGES.slice(1, 6))
            : step < 0.85
              ? 'lost'
              : STAGES[Math.max(0, STAGES.indexOf(stage) - 1)];
      when = new Date(Math.max(when.getTime() + HOUR, at(14, 14).getTime()));
      if (when.getTime() > NOW + 8 * HOUR) break;
      // Entries to 需求确认 are often followed by 方案演示 within 48 hours (or just after).
      transitions.push(transition(t, `t${i}_${k}`, `d${i}`, stage, next, when));
      stage = next;
    }
    const lastActivityAt = random() < 0.1 ? null : new Date(Math.min(NOW, when.getTime() + random() * 6 * DAY));
    deals.push({
      tenantId: t,
      id: `d${i}`,
      customerId: `c${i}`,
      ownerId,
      title: null,
      stage,
      amount: random() < 0.15 ? null : Math.round(random() * 20) * 50_000,
      stageEnteredAt: when,
      lastActivityAt,
      followUpFlaggedAt: null,
      createdAt: created,
      updatedAt: created,
    });
    for (let k = 0; k < Math.floor(random() * 3); k++) {
      const dueAt = random() < 0.1 ? null : at(13, 15);
      const doneAt = !dueAt || random() < 0.4 ? null : new Date(dueAt.getTime() + (random() - 0.5) * 8 * HOUR);
      commitments.push({
        id: `cm${i}_${k}`,
        tenantId: t,
        customerId: `c${i}`,
        dealId: random() < 0.1 ? null : `d${i}`,
        activityId: null,
        ownerId,
        action: `承诺${i}_${k}`,
        dueAt,
        doneAt,
        createdAt: created,
      });
    }
    const said = Math.floor(random() * 4);
    for (let k = 0; k < said; k++) {
      const occurredAt = at(20, 20);
      activities.push({
        id: `a${i}_${k}`,
        tenantId: t,
        customerId: `c${i}`,
        dealId: `d${i}`,
        userId: ownerId,
        rawText: `跟进${i}_${k}`,
        summary: `跟进${i}_${k}`,
        sourceInboxId: null,
        extraction: null,
        understoodBy: 'import',
        occurredAt,
        createdAt: occurredAt,
      });
    }
    for (let k = 0; k < Math.floor(random() * 4); k++) {
      const value = pick(EVIDENCE);
      evidence.push({
        id: `e${i}_${k}`,
        tenantId: t,
        dealId: `d${i}`,
        kind: value.kind,
        value,
        sourceActivityId: said > 0 && random() < 0.6 ? `a${i}_${Math.floor(random() * said)}` : null,
        sourceInboxId: null,
        actorId: ownerId,
        at: created,
        createdAt: created,
      });
    }
    for (let k = 0; k < Math.floor(random() * 4); k++) {
      const role = random() < 0.25 ? null : pick(CONTACT_ROLES);
      contacts.push({
        tenantId: t,
        id: `p${i}_${k}`,
        customerId: `c${i}`,
        name: `联系人${k}`,
        title: null,
        role,
        phone: null,
        createdAt: created,
        updatedAt: created,
      });
    }
  }

  const reps = users.filter((u) => u.role === 'rep').map((u) => u.id);
  const leads: Lead[] = [];
  const placements: LeadAssignment[] = [];
  for (let i = 0; i < 80; i++) {
    const created = i % 4 === 0 ? at(30, 20) : at(9, 9);
    leads.push(leadRow(t, `l${i}`, created, { score: 50 + Math.floor(random() * 50), customerId: random() < 0.1 ? null : `c_l${i}` }));
    let assigned = new Date(created.getTime() + random() * 3 * HOUR);
    for (let k = 0; k < 1 + Math.floor(random() * 2); k++) {
      const repId = random() < 0.15 ? null : pick(reps);
      const touched = random() < 0.6 ? new Date(assigned.getTime() + random() * 30 * HOUR) : null;
      const returned = k === 0 && random() < 0.3 ? new Date(assigned.getTime() + 2 * DAY) : null;
      placements.push(placementRow(t, `la${i}_${k}`, `l${i}`, repId, assigned, touched, returned));
      if (!returned) break;
      assigned = returned;
    }
  }

  const tenant: Tenant = { id: t, name: '四个团队公司', timezone: 'Asia/Shanghai', settings: {}, createdAt: stamp, updatedAt: stamp };
  await dataSource.getRepository(Tenant).insert(tenant);
  for (const [entity, rows] of [
    [User, users],
    [Customer, customers],
    [Deal, deals],
    [StageTransition, transitions],
    [Commitment, commitments],
    [Activity, activities],
    [DealEvidence, evidence],
    [Contact, contacts],
    [Lead, leads],
    [LeadAssignment, placements],
  ] as const) {
    for (let i = 0; i < rows.length; i += 100) await dataSource.getRepository(entity).insert(rows.slice(i, i + 100) as never);
  }
}

const EVIDENCE: Evidence[] = [
  { kind: 'pain_points', points: ['能耗高'] },
  { kind: 'pain_points', points: ['停机多', '售后慢'] },
  { kind: 'document', document: 'requirement_form', fromFile: true, fileName: null, covers: [] },
  { kind: 'document', document: 'confirmation_letter', fromFile: true, fileName: null, covers: ['payment_terms', 'delivery_period'] },
  { kind: 'demo_form', form: 'onsite' },
  { kind: 'customer_feedback', keywords: ['满意'] },
  { kind: 'quote_round', round: 1, competitors: ['力士乐'] },
  { kind: 'price_sensitivity', level: 'high', reason: null },
  { kind: 'decision_chain', people: [{ name: '王总', role: 'decision_maker' }] },
];

function transition(tenantId: string, id: string, dealId: string, fromStage: Stage | null, toStage: Stage, at: Date): StageTransition {
  return { id, tenantId, dealId, fromStage, toStage, actorId: null, confirmedBy: 'import', reason: null, at };
}
