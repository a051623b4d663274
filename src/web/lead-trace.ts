import { Between, In, IsNull, MoreThanOrEqual, Not, type EntityManager } from 'typeorm';
import { formatForPeople } from '../domain/business-time';
import type { ScoreBreakdown } from '../domain/lead-scoring';
import { CardRecord, Lead, LeadAssignment } from '../store/entities';
import { inChunks } from '../store/job-queries';

/**
 * The lead allocation trace: each placement of a lead with one of some reps in a period, with the
 * score and its parts, the rule and the reason the allocator gave, who accepted it when, the first
 * follow-up, and how it ended (退回 with the rep's reason, 改派 by whom, back to the pool). The
 * dashboard shows it for 30 days, the review workbook for its period.
 */

export interface LeadTraceRow {
  assignedAt: Date;
  company: string;
  /** 官网表单 · 接口, 张伟 · 聊天: who submitted the lead, and how it came in. */
  source: string;
  rep: string;
  score: number | null;
  parts: ScoreBreakdown | null;
  rule: string;
  reason: string;
  accepted: { by: string; at: Date } | null;
  firstTouchAt: Date | null;
  ended: { at: Date; how: string; by: string | null; reason: string | null } | null;
}

export const RULE_LABELS: Record<string, string> = {
  top: '高分线索给赢率最高的人',
  region: '按地区分配',
  pool: '进公海',
  returned_to_pool: '退回公海',
  submitter: '销售自己录入',
};

const SOURCE_LABELS: Record<string, string> = { chat: '聊天', api: '接口', import: '导入' };
const OUTCOME_LABELS: Record<string, string> = { returned: '销售退回', reassigned: '经理改派', to_pool: '超时未跟进,退回公海' };

export async function leadTrace(
  em: EntityManager,
  tenantId: string,
  repIds: readonly string[],
  period: { from: Date; to: Date },
  names: ReadonlyMap<string, string>,
): Promise<LeadTraceRow[]> {
  const during = Between(period.from, period.to);
  const assignments = await inChunks(repIds, (chunk) =>
    em.find(LeadAssignment, { where: { tenantId, repId: In(chunk), assignedAt: during } }),
  );
  if (assignments.length === 0) return [];
  const leads = new Map(
    (await inChunks([...new Set(assignments.map((a) => a.leadId))], (chunk) => em.find(Lead, { where: { tenantId, id: In(chunk) } }))).map(
      (l) => [l.id, l],
    ),
  );
  // Who tapped 重新分配 on the manager's escalation card: the card names the assignment it was about.
  const reassigned = assignments.filter((a) => a.outcome === 'reassigned');
  const escalations =
    reassigned.length > 0
      ? await em.find(CardRecord, {
          select: { context: true, actedBy: true },
          where: { tenantId, kind: 'lead-escalation', state: 'done', actedAt: Not(IsNull()), createdAt: MoreThanOrEqual(period.from) },
        })
      : [];
  const reassignedBy = new Map(escalations.map((c) => [String(c.context.assignmentId), c.actedBy]));
  const name = (id: string | null | undefined) => (id ? (names.get(id) ?? id) : null);

  return assignments
    .sort((a, b) => b.assignedAt.getTime() - a.assignedAt.getTime())
    .map((a) => {
      const lead = leads.get(a.leadId);
      const rep = name(a.repId) ?? '公海';
      return {
        assignedAt: a.assignedAt,
        company: lead?.company ?? a.leadId,
        source: lead ? `${lead.submittedBy} · ${SOURCE_LABELS[lead.source] ?? lead.source}` : '',
        rep,
        score: lead?.score ?? null,
        parts: lead?.breakdown ?? null,
        rule: RULE_LABELS[a.rule] ?? a.rule,
        reason: a.reason,
        accepted: a.acceptedAt ? { by: rep, at: a.acceptedAt } : null,
        firstTouchAt: a.firstTouchAt,
        ended:
          a.returnedAt && a.outcome
            ? {
                at: a.returnedAt,
                how: OUTCOME_LABELS[a.outcome] ?? a.outcome,
                by: a.outcome === 'returned' ? rep : a.outcome === 'reassigned' ? name(reassignedBy.get(a.id)) : null,
                reason: a.returnReason,
              }
            : null,
      };
    });
}

/** `地区 30 · 行业 25 · 预算 15 · 紧迫 13`. */
export function scorePartsText(parts: ScoreBreakdown | null): string {
  return parts ? `地区 ${parts.region} · 行业 ${parts.industry} · 预算 ${parts.budget} · 紧迫 ${parts.urgency}` : '—';
}

/** `12月5日 周六 10:00 销售退回(张伟):不在我的区域`. */
export function endedText(ended: NonNullable<LeadTraceRow['ended']>, zone: string): string {
  return `${formatForPeople(ended.at, zone)} ${ended.how}${ended.by ? `(${ended.by})` : ''}${ended.reason ? `:${ended.reason}` : ''}`;
}

/** `张伟 12月5日 周六 10:00 接受`. */
export function acceptedText(accepted: NonNullable<LeadTraceRow['accepted']>, zone: string): string {
  return `${accepted.by} ${formatForPeople(accepted.at, zone)} 接受`;
}
