import { InitialSchema1764000000000 } from './1764000000000-initial-schema';
import { DealStageRules1764100000000 } from './1764100000000-deal-stage-rules';
import { SendBudgets1764150000000 } from './1764150000000-send-budgets';
import { JobIndexes1764200000000 } from './1764200000000-job-indexes';
import { LeadIntake1764300000000 } from './1764300000000-lead-intake';
import { HealthSnapshots1764400000000 } from './1764400000000-health-snapshots';
import { InboxConversation1764500000000 } from './1764500000000-inbox-conversation';
import { OutboxRetryWindow1764600000000 } from './1764600000000-outbox-retry-window';
import { BriefingIndexes1764700000000 } from './1764700000000-briefing-indexes';
import { RowLanes1764800000000 } from './1764800000000-row-lanes';
import { MemberAccounts1764900000000 } from './1764900000000-member-accounts';
import { CardPlatformState1764900100000 } from './1764900100000-card-platform-state';
import { WebSessions1764940000000 } from './1764940000000-web-sessions';
import { WeekMetrics1764960000000 } from './1764960000000-week-metrics';
import { MemberLeave1764970000000 } from './1764970000000-member-leave';
import { SendBudgetVersion1764980000000 } from './1764980000000-send-budget-version';

/** Every migration, in order. Listed by hand so that nothing depends on file globs at run time. */
export const MIGRATIONS = [
  InitialSchema1764000000000,
  DealStageRules1764100000000,
  SendBudgets1764150000000,
  JobIndexes1764200000000,
  LeadIntake1764300000000,
  HealthSnapshots1764400000000,
  InboxConversation1764500000000,
  OutboxRetryWindow1764600000000,
  BriefingIndexes1764700000000,
  RowLanes1764800000000,
  MemberAccounts1764900000000,
  CardPlatformState1764900100000,
  WebSessions1764940000000,
  WeekMetrics1764960000000,
  MemberLeave1764970000000,
  SendBudgetVersion1764980000000,
];
