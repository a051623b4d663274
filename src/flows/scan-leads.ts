import { In, IsNull, Not, type DataSource } from 'typeorm';
import { leadEscalationCard } from '../../cards/lead-escalation.card';
import type { WorkCalendar } from '../domain/business-calendar';
import { leadEscalations, type LeadEscalation } from '../domain/lead-timers';
import { log } from '../log';
import { persistEffects, type Effect } from '../pipeline/effects';
import { isDuplicateKeyError } from '../store/db-errors';
import { Lead, LeadAssignment, LeadEscalationRecord, Tenant, User } from '../store/entities';
import { inTransaction } from '../store/transaction';
import { newRecordId } from './flow-context';
import { endPlacement, leadSummary, placeInPool, type LeadScope } from './place-lead';
import type { RuleBook } from './rule-book';

export interface ScanLeadsOptions {
  now: Date;
  ruleBook: RuleBook;
  /** The tenant's workdays and holidays, for "4 working hours". */
  calendarOf: (tenant: Tenant) => WorkCalendar;
}

/**
 * Times every lead held by a rep and not yet touched: not accepted within the working hours the rules
 * give, or not followed up within the hours after accepting, the rep's manager gets a card to reassign
 * it; untouched for the days the rules give, it goes back to the pool. Each escalation is claimed by
 * its unique key in its own transaction, so scanning again, or on two instances, acts once. A tenant
 * that fails is logged and the others are still scanned.
 */
export async function scanLeads(dataSource: DataSource, { now, ruleBook, calendarOf }: ScanLeadsOptions): Promise<{ escalations: number }> {
  let escalations = 0;
  for (const tenant of await dataSource.getRepository(Tenant).find()) {
    try {
      const rules = ruleBook.forTenant(tenant.id);
      const held = await dataSource.manager.find(LeadAssignment, {
        where: { tenantId: tenant.id, returnedAt: IsNull(), firstTouchAt: IsNull(), repId: Not(IsNull()) },
      });
      const work = { timeZone: tenant.timezone, calendar: calendarOf(tenant) };
      const due = held.flatMap((assignment) =>
        leadEscalations(assignment, rules.leads.followUp, work, now).map((e) => ({ assignment, escalation: e })),
      );
      const done = new Set(
        due.length > 0
          ? (
              await dataSource.manager.find(LeadEscalationRecord, {
                where: { tenantId: tenant.id, escalationKey: In(due.map((d) => d.escalation.key)) },
              })
            ).map((r) => r.escalationKey)
          : [],
      );
      for (const { assignment, escalation } of due) {
        if (done.has(escalation.key)) continue;
        if (await escalateOnce(dataSource, tenant, assignment.id, escalation, (em) => ({ em, tenant, now, rules }))) escalations++;
      }
    } catch (error) {
      log.error({ tenantId: tenant.id, err: error }, 'lead scan failed for a tenant');
    }
  }
  return { escalations };
}

async function escalateOnce(
  dataSource: DataSource,
  tenant: Tenant,
  assignmentId: string,
  escalation: LeadEscalation,
  scopeOf: (em: LeadScope['em']) => LeadScope,
): Promise<boolean> {
  try {
    await inTransaction(dataSource, async (em) => {
      const scope = scopeOf(em);
      await em.insert(LeadEscalationRecord, {
        id: newRecordId('lde'),
        tenantId: tenant.id,
        escalationKey: escalation.key,
        assignmentId,
        kind: escalation.kind,
        createdAt: scope.now,
      });
      // Read again inside the claim: a tap or a follow-up may have moved the lead since the scan looked.
      const assignment = await em.findOneBy(LeadAssignment, { tenantId: tenant.id, id: assignmentId });
      if (!assignment || assignment.returnedAt || assignment.firstTouchAt) return;
      const effects =
        escalation.kind === 'to_pool' ? await returnToPool(scope, assignment) : await tellManager(scope, assignment, escalation);
      await persistEffects(em, { tenantId: tenant.id, now: scope.now }, effects);
    });
    return true;
  } catch (error) {
    if (isDuplicateKeyError(error)) return false;
    throw error;
  }
}

async function tellManager(scope: LeadScope, assignment: LeadAssignment, escalation: LeadEscalation): Promise<Effect[]> {
  const { em, tenant, rules } = scope;
  const rep = await em.findOneByOrFail(User, { tenantId: tenant.id, id: assignment.repId! });
  const manager = rep.managerId ? await em.findOneBy(User, { tenantId: tenant.id, id: rep.managerId }) : null;
  if (!manager) return [];
  const lead = await em.findOneByOrFail(Lead, { tenantId: tenant.id, id: assignment.leadId });
  const notAccepted = escalation.kind === 'not_accepted';
  const { acceptWithinWorkingHours, firstTouchWithinHours } = rules.leads.followUp;
  const card = leadEscalationCard({
    lead: leadSummary(lead),
    repName: rep.name,
    kind: notAccepted ? 'not_accepted' : 'not_touched',
    assignedAt: assignment.assignedAt,
    limit: notAccepted ? `${acceptWithinWorkingHours} 个工作小时` : `接受后 ${firstTouchWithinHours} 小时`,
    timeZone: tenant.timezone,
  });
  return [
    {
      type: 'send-card',
      to: manager.id,
      card,
      context: { assignmentId: assignment.id, leadId: lead.id },
    },
  ];
}

async function returnToPool(scope: LeadScope, assignment: LeadAssignment): Promise<Effect[]> {
  const { em, tenant, rules } = scope;
  const lead = await em.findOneByOrFail(Lead, { tenantId: tenant.id, id: assignment.leadId });
  const rep = await em.findOneByOrFail(User, { tenantId: tenant.id, id: assignment.repId! });
  const days = rules.leads.followUp.returnToPoolAfterDays;
  const ended = await endPlacement(scope, assignment, 'to_pool', `${days} 天未跟进,已退回公海`);
  await placeInPool(scope, lead, `${rep.name} ${days} 天未跟进,退回公海`);
  return [...ended, { type: 'send-text', to: rep.id, text: `「${lead.company}」${days} 天未跟进,已退回公海。` }];
}
