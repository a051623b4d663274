import { IsNull } from 'typeorm';
import { duplicateForOwnerCard, duplicateForSubmitterCard } from '../../cards/duplicate-notice.card';
import { rejectedAmountText } from '../../cards/format';
import { normalizeCompanyName } from '../domain/company-name';
import { findDuplicate, normalizePhone, type DuplicateMatch } from '../domain/lead-duplicates';
import { scoreLead } from '../domain/lead-scoring';
import { parseLeadText } from '../domain/lead-text';
import { provinceIn } from '../domain/places';
import type { SignalTag } from '../domain/signals';
import type { Effect } from '../pipeline/effects';
import { Contact, Customer, Lead, Tenant, User } from '../store/entities';
import type { LeadSource } from '../store/entities/lead.entity';
import { rowLock } from '../store/transaction';
import { currentAssignment, knownCustomers } from '../store/lead-queries';
import { newRecordId, type FlowContext } from './flow-context';
import type { PendingMessage } from './pending-message';
import { keepWithSubmitter, leadSummary, placeLead, type LeadScope, type Placement } from './place-lead';

/** A lead as any way in hands it over: a rep's message, the HTTP API, the import file. */
export interface LeadSubmission {
  company: string;
  contactName: string | null;
  phone: string | null;
  region: string | null;
  industry: string | null;
  /** Yuan. */
  budget: number | null;
  urgency: string | null;
  note: string | null;
  tags: readonly SignalTag[];
  source: LeadSource;
  /** The import file's id of the lead. */
  sourceRef: string | null;
  /** As people read it: 张伟, 官网表单. */
  submittedBy: string;
  /** The user who submitted it, told the outcome in chat; null for the API and the import. */
  submitter: User | null;
}

export type IntakeOutcome =
  | { kind: 'created'; lead: Lead; assignedTo: User | null; reason: string }
  | { kind: 'duplicate'; lead: Lead; duplicateOf: string; match: DuplicateMatch; owner: User | null };

/**
 * The one intake every lead goes through. 撞单 first, before anything is created: a lead matching an
 * existing customer is recorded as a duplicate, its owner hears of the new signal, and the submitter
 * learns only who owns it. Otherwise the customer (owned by nobody until a rep accepts) and the lead
 * are created, scored, and placed with a rep or in the pool.
 */
export async function intakeLead(scope: LeadScope, submission: LeadSubmission): Promise<{ outcome: IntakeOutcome; effects: Effect[] }> {
  const { em, tenant, now, rules } = scope;
  // Intakes of one tenant take turns, so two submissions of one company cannot both pass the duplicate check.
  const lock = rowLock(em);
  if (lock) await em.findOne(Tenant, { where: { id: tenant.id }, lock });

  const region = regionOf(submission);
  const phone = submission.phone ? (normalizePhone(submission.phone) ?? submission.phone) : null;
  const base = {
    id: newRecordId('lead'),
    tenantId: tenant.id,
    source: submission.source,
    sourceRef: submission.sourceRef,
    submittedBy: submission.submittedBy,
    submitterId: submission.submitter?.id ?? null,
    company: submission.company,
    contactName: submission.contactName,
    phone,
    region,
    industry: submission.industry,
    budget: submission.budget,
    urgency: submission.urgency,
    note: submission.note,
    tags: [...submission.tags],
    createdAt: now,
  };

  const match = scope.batch
    ? scope.batch.customers.find({ company: submission.company, phone })
    : findDuplicate({ company: submission.company, phone }, await knownCustomers(em, tenant.id));
  if (match) {
    const lead = em.create(Lead, {
      ...base,
      customerId: null,
      duplicateOf: match.customerId,
      duplicateBy: match.by,
      score: null,
      breakdown: null,
    });
    await em.insert(Lead, lead);
    return duplicateNotices(scope, lead, match, submission.submitter);
  }

  const reps = await em.find(User, { select: { region: true }, where: { tenantId: tenant.id, role: 'rep', leftAt: IsNull() } });
  const score = scoreLead(
    { ...submission, region, urgencyText: [submission.urgency, submission.note].filter(Boolean).join(' ') },
    rules.leads.scoring,
    reps.flatMap((rep) => (rep.region ? [rep.region] : [])),
  );
  const customerId = newRecordId('cus');
  const normalizedName = normalizeCompanyName(submission.company);
  scope.batch?.customers.add({ id: customerId, normalizedName, aliases: [], phones: phone ? [phone] : [] });
  await em.insert(Customer, {
    tenantId: tenant.id,
    id: customerId,
    name: submission.company,
    normalizedName,
    aliases: [],
    ownerId: null,
    region,
    industry: submission.industry,
    createdAt: now,
    updatedAt: now,
  });
  if (submission.contactName || phone) {
    await em.insert(Contact, {
      tenantId: tenant.id,
      id: newRecordId('con'),
      customerId,
      name: submission.contactName ?? '联系人',
      title: null,
      role: null,
      phone,
      createdAt: now,
      updatedAt: now,
    });
  }
  const lead = em.create(Lead, { ...base, customerId, duplicateOf: null, duplicateBy: null, score: score.total, breakdown: score.parts });
  await em.insert(Lead, lead);
  const keeper = keepsOwnLead(scope, submission);
  const placement = keeper ? await keepWithSubmitter(scope, lead, keeper) : await placeLead(scope, lead);
  const outcome: IntakeOutcome = { kind: 'created', lead, assignedTo: placement.rep, reason: placement.assignment.reason };
  return { outcome, effects: [...placement.effects, ...submitterReceipt(scope, submission.submitter, lead, placement)] };
}

/** 新线索:… from chat: the extractor's name, contact, tags and amount, and the rest read from the words. */
export async function intakeFromMessage(ctx: FlowContext, message: PendingMessage): Promise<Effect[]> {
  const { extraction, text } = message;
  if (!extraction.customerName) {
    return [
      {
        type: 'send-text',
        to: ctx.actor.id,
        text: '这个新客户叫什么?问到名称后请这样发:新线索:公司名,联系人 电话,需求,预算。这条先不记录。',
      },
    ];
  }
  // Read like the extractor read it: a long message's first part (the note keeps it whole).
  const facts = parseLeadText(text.slice(0, message.cutAt));
  const { effects } = await intakeLead(ctx, {
    company: extraction.customerName,
    contactName: extraction.contacts[0]?.name ?? null,
    phone: facts.phone,
    region: facts.region,
    industry: facts.industry,
    budget: extraction.amount,
    urgency: facts.urgency,
    note: text,
    tags: extraction.tags,
    source: 'chat',
    sourceRef: null,
    submittedBy: ctx.actor.name,
    submitter: ctx.actor,
  });
  const rejected = extraction.rejectedAmount;
  if (rejected === undefined) return effects;
  return [...effects, { type: 'send-text', to: ctx.actor.id, text: `预算 ${rejectedAmountText(rejected)}。` }];
}

/** The lead's province: its stated region read as a place, else the place its company name starts with. */
function regionOf(submission: LeadSubmission): string | null {
  if (submission.region) return provinceIn(submission.region) ?? submission.region;
  return provinceIn(submission.company);
}

async function duplicateNotices(
  scope: LeadScope,
  lead: Lead,
  match: DuplicateMatch,
  submitter: User | null,
): Promise<{ outcome: IntakeOutcome; effects: Effect[] }> {
  const { em, tenant } = scope;
  const customer = await em.findOneByOrFail(Customer, { tenantId: tenant.id, id: match.customerId });
  // A customer waiting for a rep to accept it belongs, for this purpose, to that rep.
  const ownerId = customer.ownerId ?? (await pendingRepOf(scope, customer.id));
  const owner = ownerId ? await em.findOneBy(User, { tenantId: tenant.id, id: ownerId }) : null;
  const effects: Effect[] = [];
  if (owner && owner.id !== submitter?.id) {
    effects.push({
      type: 'send-card',
      to: owner.id,
      card: duplicateForOwnerCard(customer.name, leadSummary(lead)),
    });
  }
  if (submitter) effects.push({ type: 'send-card', to: submitter.id, card: duplicateForSubmitterCard(lead.company, owner?.name ?? null) });
  return { outcome: { kind: 'duplicate', lead, duplicateOf: customer.id, match, owner }, effects };
}

async function pendingRepOf(scope: LeadScope, customerId: string): Promise<string | null> {
  const lead = await scope.em.findOne(Lead, { where: { tenantId: scope.tenant.id, customerId }, order: { createdAt: 'DESC' } });
  return lead ? ((await currentAssignment(scope.em, scope.tenant.id, lead.id))?.repId ?? null) : null;
}

/** The rep who keeps a lead they entered from chat, unless the allocation rules hand such leads out too. */
function keepsOwnLead(scope: LeadScope, submission: LeadSubmission): User | null {
  const { submitter } = submission;
  const keeps = submission.source === 'chat' && submitter?.role === 'rep' && scope.rules.leads.allocation.submitterKeepsChatLeads;
  return keeps ? submitter : null;
}

function submitterReceipt(scope: LeadScope, submitter: User | null, lead: Lead, { rep, assignment }: Placement): Effect[] {
  if (!submitter) return [];
  const hours = scope.rules.leads.followUp.firstTouchWithinHours;
  const where = !rep
    ? '进入公海,每周汇总给经理'
    : rep.id !== submitter.id
      ? `已分配给${rep.name},等待接受`
      : assignment.rule === 'submitter'
        ? `归你负责,请在 ${hours} 小时内跟进`
        : '分配给你,请在卡片上接受';
  return [{ type: 'send-text', to: submitter.id, text: `已登记线索「${lead.company}」,评分 ${lead.score} 分,${where}。` }];
}
