import { In, type DataSource } from 'typeorm';
import type { DeliveryHealth } from '../pipeline/delivery-health';
import type { PlatformName } from '../pipeline/inbound-event';
import { InboxItem, OutboxItem } from '../store/entities';
import type { UnderstandingStats } from '../understanding/chooser';

type Samples = [Record<string, string>, number][];

export interface MetricsSources {
  dataSource: DataSource;
  understanding: UnderstandingStats;
  delivery: DeliveryHealth;
  platforms: readonly PlatformName[];
  now: Date;
}

/**
 * /metrics in the Prometheus text format: the queues (what is waiting, how long, what failed for
 * good), this instance's send failures and how understanding went. Enough to alert on a stuck worker
 * or a dead platform.
 */
export async function renderMetrics({ dataSource, understanding, delivery, platforms, now }: MetricsSources): Promise<string> {
  const lines: string[] = [];
  const metric = (type: 'gauge' | 'counter', name: string, help: string, samples: Samples) => {
    lines.push(`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`);
    for (const [labels, value] of samples) lines.push(`${name}${formatLabels(labels)} ${value}`);
  };
  const gauge = (name: string, help: string, samples: Samples) => metric('gauge', name, help, samples);
  gauge('salesbot_inbox_rows', 'Inbox rows by status.', await countByStatus(dataSource, InboxItem, 'inbox'));
  gauge('salesbot_outbox_rows', 'Outbox rows by platform and status.', await countByStatus(dataSource, OutboxItem, 'outbox', 'platform'));
  gauge(
    'salesbot_outbox_oldest_pending_seconds',
    'Age of the oldest message not yet sent (pending or sending), by platform; 0 when none waits.',
    await oldestPendingAges(dataSource, platforms, now),
  );
  metric(
    'counter',
    'salesbot_outbox_send_failures_total',
    'Failed send attempts of this instance since start, by platform and kind (retryable: tried again; permanent: the message is dead).',
    delivery.failureCounts().map(({ platform, kind, count }) => [{ platform, kind }, count]),
  );
  gauge('salesbot_understanding_calls', 'Messages understood since start.', [[{}, understanding.calls]]);
  gauge('salesbot_understanding_llm_ok', 'Messages the LLM understood since start.', [[{}, understanding.llmOk]]);
  gauge(
    'salesbot_understanding_fallbacks',
    'LLM failures answered by the rules since start, by reason.',
    Object.entries(understanding.fallbacks).map(([reason, count]) => [{ reason }, count]),
  );
  return `${lines.join('\n')}\n`;
}

async function oldestPendingAges(dataSource: DataSource, platforms: readonly PlatformName[], now: Date): Promise<Samples> {
  const samples: Samples = [];
  for (const platform of platforms) {
    const oldest = await dataSource.getRepository(OutboxItem).findOne({
      select: { id: true, createdAt: true },
      where: { platform, status: In(['pending', 'sending']) },
      order: { createdAt: 'ASC' },
    });
    samples.push([{ platform }, oldest ? Math.max(0, Math.floor((now.getTime() - oldest.createdAt.getTime()) / 1000)) : 0]);
  }
  return samples;
}

async function countByStatus(
  dataSource: DataSource,
  target: typeof InboxItem | typeof OutboxItem,
  table: string,
  ...extra: string[]
): Promise<[Record<string, string>, number][]> {
  const columns = ['status', ...extra];
  const query = dataSource
    .createQueryBuilder(target, table)
    .select(columns.map((column) => `${table}.${column}`))
    .addSelect('COUNT(*)', 'count');
  for (const column of columns) query.addGroupBy(`${table}.${column}`);
  const rows = await query.getRawMany<Record<string, string | number>>();
  // An outbox row not tried yet has no platform: the sender chooses it (label "").
  return rows.map((row) => [
    Object.fromEntries(columns.map((column) => [column, String(row[`${table}_${column}`] ?? '')])),
    Number(row.count),
  ]);
}

function formatLabels(labels: Record<string, string>): string {
  const entries = Object.entries(labels);
  return entries.length === 0 ? '' : `{${entries.map(([key, value]) => `${key}="${value.replace(/["\\\n]/g, '_')}"`).join(',')}}`;
}
