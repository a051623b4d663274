import type { DataSource } from 'typeorm';
import type { Clock } from '../clock';
import { log } from '../log';
import { OutboxItem } from '../store/entities';
import { inTransaction } from '../store/transaction';
import { backoffMs } from './claim';
import type { PlatformName } from './inbound-event';
import { RowWorker } from './row-worker';

export type DeliveryOutcome = { ok: true } | { ok: false; retryable: boolean; reason: string; retryAfterMs?: number };

/** A platform's last step: render and send one outbox message. */
export interface OutboundChannel {
  deliver(item: OutboxItem): Promise<DeliveryOutcome>;
}

export interface OutboxSenderOptions {
  batchSize: number;
  leaseMs: number;
  maxAttempts: number;
  backoffBaseMs: number;
  backoffCapMs: number;
  idleMs: number;
}

export const DEFAULT_OUTBOX_OPTIONS: OutboxSenderOptions = {
  batchSize: 20,
  leaseMs: 60_000,
  maxAttempts: 12,
  backoffBaseMs: 2_000,
  backoffCapMs: 10 * 60_000,
  idleMs: 500,
};

/**
 * Delivers outbox rows at least once: a row is marked sent only after its channel said so, and a
 * process that dies mid-send leaves a lease that runs out, so another pass (or instance) sends it.
 */
export class OutboxSender extends RowWorker<OutboxItem> {
  constructor(
    dataSource: DataSource,
    private readonly channels: Partial<Record<PlatformName, OutboundChannel>>,
    clock: Clock,
    private readonly options: OutboxSenderOptions = DEFAULT_OUTBOX_OPTIONS,
  ) {
    super(dataSource, OutboxItem, clock, { name: 'outbox', waiting: 'pending', held: 'sending', ...options });
  }

  protected async handle(row: OutboxItem): Promise<void> {
    const channel = this.channels[row.platform as PlatformName];
    let outcome: DeliveryOutcome;
    try {
      outcome = channel
        ? await channel.deliver(row)
        : { ok: false, retryable: true, reason: `platform ${row.platform} is not enabled on this instance` };
    } catch (error) {
      outcome = { ok: false, retryable: true, reason: error instanceof Error ? error.message : String(error) };
    }
    const now = this.clock.now();
    // Only the holder of this claim (same attempt count) may settle the row.
    const mine = { id: row.id, status: 'sending' as const, attempts: row.attempts };
    const settle = (changes: Partial<OutboxItem>) =>
      inTransaction(this.dataSource, (em) => em.getRepository(OutboxItem).update(mine, changes));
    if (outcome.ok) {
      await settle({ status: 'sent', sentAt: now, lastError: null });
      return;
    }
    const giveUp = !outcome.retryable || row.attempts >= this.options.maxAttempts;
    const delay = outcome.retryAfterMs ?? backoffMs(row.attempts, this.options.backoffBaseMs, this.options.backoffCapMs);
    await settle({
      status: giveUp ? 'dead' : 'pending',
      availableAt: new Date(now.getTime() + delay),
      lastError: outcome.reason.slice(0, 2000),
    });
    log.warn(
      { outboxId: row.id, platform: row.platform, attempts: row.attempts, giveUp, reason: outcome.reason },
      'outbox delivery failed',
    );
  }
}
