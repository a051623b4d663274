import type { DataSource } from 'typeorm';
import { InboxItem, OutboxItem } from '../store/entities';
import type { UnderstandingStats } from '../understanding/chooser';

/**
 * /metrics in the Prometheus text format: the queues (what is waiting, what failed for good) and
 * how understanding went. Enough to alert on a stuck worker or a dead platform.
 */
export async function renderMetrics(dataSource: DataSource, understanding: UnderstandingStats): Promise<string> {
  const lines: string[] = [];
  const gauge = (name: string, help: string, samples: [Record<string, string>, number][]) => {
    lines.push(`# HELP ${name} ${help}`, `# TYPE ${name} gauge`);
    for (const [labels, value] of samples) lines.push(`${name}${formatLabels(labels)} ${value}`);
  };
  gauge('salesbot_inbox_rows', 'Inbox rows by status.', await countByStatus(dataSource, InboxItem, 'inbox'));
  gauge('salesbot_outbox_rows', 'Outbox rows by platform and status.', await countByStatus(dataSource, OutboxItem, 'outbox', 'platform'));
  gauge('salesbot_understanding_calls', 'Messages understood since start.', [[{}, understanding.calls]]);
  gauge('salesbot_understanding_llm_ok', 'Messages the LLM understood since start.', [[{}, understanding.llmOk]]);
  gauge(
    'salesbot_understanding_fallbacks',
    'LLM failures answered by the rules since start, by reason.',
    Object.entries(understanding.fallbacks).map(([reason, count]) => [{ reason }, count]),
  );
  return `${lines.join('\n')}\n`;
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
  return rows.map((row) => [Object.fromEntries(columns.map((column) => [column, String(row[`${table}_${column}`])])), Number(row.count)]);
}

function formatLabels(labels: Record<string, string>): string {
  const entries = Object.entries(labels);
  return entries.length === 0 ? '' : `{${entries.map(([key, value]) => `${key}="${value.replace(/["\\\n]/g, '_')}"`).join(',')}}`;
}
