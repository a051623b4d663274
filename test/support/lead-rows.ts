import type { Lead, LeadAssignment } from '../../src/store/entities';

/** A stored lead with only what the metrics read filled in. */
export function leadRow(
  tenantId: string,
  id: string,
  createdAt: Date,
  fill: { company?: string; score?: number; customerId?: string | null } = {},
): Lead {
  return {
    id,
    tenantId,
    source: 'api',
    sourceRef: null,
    submittedBy: '官网表单',
    submitterId: null,
    company: fill.company ?? `公司${id}`,
    contactName: null,
    phone: null,
    region: null,
    industry: null,
    budget: null,
    urgency: null,
    note: null,
    tags: [],
    customerId: fill.customerId === undefined ? `c_${id}` : fill.customerId,
    duplicateOf: null,
    duplicateBy: null,
    score: fill.score ?? 70,
    breakdown: null,
    createdAt,
  };
}

/** A placement of a lead (`c_{leadId}` its customer) with a rep, or in the pool when `repId` is null. */
export function placementRow(
  tenantId: string,
  id: string,
  leadId: string,
  repId: string | null,
  assignedAt: Date,
  firstTouchAt: Date | null,
  returnedAt: Date | null = null,
): LeadAssignment {
  return {
    id,
    tenantId,
    leadId,
    customerId: `c_${leadId}`,
    repId,
    rule: repId ? 'region' : 'pool',
    reason: '',
    facts: { winRate: null, teamWinRate: null, openFollowUps: null, candidates: 0 },
    cardId: null,
    assignedAt,
    acceptedAt: null,
    firstTouchAt,
    returnedAt,
    outcome: returnedAt ? 'reassigned' : null,
    returnReason: null,
  };
}
