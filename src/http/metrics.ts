import { Counter, Gauge, Registry } from 'prom-client';
import { In, type DataSource } from 'typeorm';
import type { DeliveryHealth } from '../pipeline/delivery-health';
import type { PlatformName } from '../pipeline/inbound-event';
import { InboxItem, OutboxItem } from '../store/entities';
import type { UnderstandingStats } from '../understanding/chooser';

export interface MetricsSources {
  dataSource: DataSource;
  understanding: () => UnderstandingStats;
  delivery: DeliveryHealth;
  platforms: readonly PlatformName[];
  now: () => Date;
}

type Labels = Record<string, string>;

/**
 * /metrics in the Prometheus text format: the queues (what is waiting, how long, what failed for
 * good), this instance's send failures and how understanding went. Enough to alert on a stuck worker
 * or a dead platform. One registry per running bot; every figure is read when Prometheus scrapes:
 * the queues from the database (so every instance shows the same), the counters from the totals the
 * sender and the chooser keep since start (also shown on /healthz).
 */
export function createMetrics({ dataSource, understanding, delivery, platforms, now }: MetricsSources): () => Promise<string> {
  const registry = new Registry();
  const gauge = (name: string, help: string, labelNames: string[], read: () => Promise<[Labels, number][]>) =>
    new Gauge({
      name,
      help,
      labelNames,
      registers: [registry],
      async collect() {
        const samples = await read();
        this.reset();
        for (const [labels, value] of samples) this.set(labels, value);
      },
    });
  const counter = (name: string, help: string, labelNames: string[], read: () => [Labels, number][]) =>
    new Counter({
      name,
      help,
      labelNames,
      registers: [registry],
      collect() {
        // The total is kept where it happens; a scrape copies it, so the series only ever grows.
        this.reset();
        for (const [labels, value] of read()) this.inc(labels, value);
      },
    });

  gauge('salesbot_inbox_rows', 'Inbox rows by status.', ['status'], () => countByStatus(dataSource, InboxItem, 'inbox'));
  gauge('salesbot_outbox_rows', 'Outbox rows by platform and status.', ['status', 'platform'], () =>
    countByStatus(dataSource, OutboxItem, 'outbox', 'platform'),
  );
  gauge(
    'salesbot_outbox_oldest_pending_seconds',
    'Age of the oldest message not yet sent (pending or sending), by platform; 0 when none waits.',
    ['platform'],
    () => oldestPendingAges(dataSource, platforms, now()),
  );
  counter(
    'salesbot_outbox_send_failures_total',
    'Failed send attempts of this instance since start, by platform and kind (retryable: tried again; permanent: the message is dead).',
    ['platform', 'kind'],
    () => delivery.failureCounts().map(({ platform, kind, count }) => [{ platform, kind }, count]),
  );
  counter('salesbot_understanding_calls', 'Messages understood since start.', [], () => [[{}, understanding().calls]]);
  counter('salesbot_understanding_llm_ok', 'Messages the LLM understood since start.', [], () => [[{}, understanding().llmOk]]);
  counter('salesbot_understanding_fallbacks', 'LLM failures answered by the rules since start, by reason.', ['reason'], () =>
    Object.entries(understanding().fallbacks).map(([reason, count]) => [{ reason }, count]),
  );
  return () => registry.metrics();
}

async function oldestPendingAges(dataSource: DataSource, platforms: readonly PlatformName[], now: Date): Promise<[Labels, number][]> {
  const samples: [Labels, number][] = [];
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
): Promise<[Labels, number][]> {
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
