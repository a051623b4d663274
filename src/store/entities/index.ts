import { Activity } from './activity.entity';
import { BreachAlert, type BreachResolution } from './breach-alert.entity';
import { CardRecord } from './card-record.entity';
import { Commitment } from './commitment.entity';
import { ConsoleFeedItem } from './console-feed-item.entity';
import { Contact } from './contact.entity';
import { Customer } from './customer.entity';
import { CustomerSignal } from './customer-signal.entity';
import { Deal } from './deal.entity';
import { DealEvidence } from './deal-evidence.entity';
import { Handover } from './handover.entity';
import { HealthSnapshot } from './health-snapshot.entity';
import { InboxItem } from './inbox-item.entity';
import { JobRun } from './job-run.entity';
import { Lead } from './lead.entity';
import { LeadAssignment } from './lead-assignment.entity';
import { LeadEscalationRecord } from './lead-escalation.entity';
import { LlmUsage } from './llm-usage.entity';
import { MemberAccount } from './member-account.entity';
import { OutboxItem } from './outbox-item.entity';
import { SendBudget } from './send-budget.entity';
import { StageTransition } from './stage-transition.entity';
import { Tenant } from './tenant.entity';
import { User } from './user.entity';
import { WebSession } from './web-session.entity';
import { WeekMetrics } from './week-metrics.entity';

export type { BreachResolution };
export {
  Activity,
  BreachAlert,
  CardRecord,
  Commitment,
  ConsoleFeedItem,
  Contact,
  Customer,
  CustomerSignal,
  Deal,
  DealEvidence,
  Handover,
  HealthSnapshot,
  InboxItem,
  JobRun,
  Lead,
  LeadAssignment,
  LeadEscalationRecord,
  LlmUsage,
  MemberAccount,
  OutboxItem,
  SendBudget,
  StageTransition,
  Tenant,
  User,
  WebSession,
  WeekMetrics,
};

export const ENTITIES = [
  Tenant,
  User,
  MemberAccount,
  Customer,
  Contact,
  Deal,
  Activity,
  CustomerSignal,
  Commitment,
  StageTransition,
  HealthSnapshot,
  WeekMetrics,
  InboxItem,
  OutboxItem,
  SendBudget,
  CardRecord,
  JobRun,
  ConsoleFeedItem,
  LlmUsage,
  DealEvidence,
  BreachAlert,
  Lead,
  LeadAssignment,
  LeadEscalationRecord,
  WebSession,
  Handover,
];
