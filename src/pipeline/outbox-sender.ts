import { In, type DataSource, type EntityManager } from 'typeorm';
import type { Clock } from '../clock';
import { log } from '../log';
import { CardRecord, OutboxItem } from '../store/entities';
import { GroupCommit, GroupWriter } from '../store/group-writer';
import { inTransaction } from '../store/transaction';
import { backoffMs } from './backoff';
import { DeliveryHealth } from './delivery-health';
import type { PlatformName } from './inbound-event';
import { MemberDirectory, type Route } from './member-directory';
import type { OutboundMessage } from './outbound-message';
import type { SentCard } from './ports';
import { groupOptions, RowWorker } from './row-worker';

export type DeliveryOutcome =
  /** Sent; `card`: what the platform keeps about the card it just sent, written when the row is settled. */
  | { ok: true; card?: CardNotes }
  | { ok: false; retryable: boolean; reason: string; retryAfterMs?: number }
  /** Held back by the platform's own pacing (WeCom's per-member budget) before any call: due again at its slot, no failure. */
  | { ok: false; deferred: true; reason: string; retryAfterMs: number };

export type CardNotes = Partial<Pick<SentCard, 'platformCardId' | 'platformState'>>;

/** One outbox message on its way out, addressed to a platform account. */
export interface Delivery {
  /** The outbox row's id: the same on every attempt. */
  id: number;
  tenantId: string;
  /** The recipient's account on the platform (on the console: the member id). */
  to: string;
  message: OutboundMessage;
}

/** A platform's last step: render and send one outbox message. */
export interface OutboundChannel {
  deliver(delivery: Delivery): Promise<DeliveryOutcome>;
}

export interface OutboxSenderOptions {
  /** Sends in flight at once, to as many recipients; one recipient's messages go one at a time, in order. */
  concurrency: number;
  leaseMs: number;
  heartbeatMs: number;
  /** Retryable failures are retried this long after the row was queued (or re-queued), then it is dead. */
  retryWindowMs: number;
  backoffBaseMs: number;
  backoffCapMs: number;
  /** Failing this long without a success makes a platform degraded on /healthz. */
  degradedAfterMs: number;
  idleMs: number;
}

export const DEFAULT_OUTBOX_OPTIONS: OutboxSenderOptions = {
  concurrency: 16,
  leaseMs: 60_000,
  heartbeatMs: 20_000,
  retryWindowMs: 48 * 3_600_000,
  backoffBaseMs: 2_000,
  backoffCapMs: 10 * 60_000,
  degradedAfterMs: 5 * 60_000,
  idleMs: 500,
};

/**
 * A recipient's messages arrive in the order they were queued (a receipt before the card that closes it),
 * whichever platform each goes to: a row's platform may only be chosen when it is sent.
 */
const OUTBOX_LANE = ['tenantId', 'recipientId'];

/** A row its platform took, to be marked sent. */
interface SentRow {
  row: OutboxItem;
  platform: PlatformName | null;
  notes?: CardNotes;
}

/**
 * Delivers outbox rows at least once: a row is marked sent only after its channel said so, and a
 * process that dies mid-send leaves a lease that runs out, so another pass (or instance) sends it.
 * Rows to different recipients go side by side; one recipient's rows go in order.
 */
export class OutboxSender extends RowWorker<OutboxItem> {
  readonly health: DeliveryHealth;
  /** Rows sent at about the same time are marked sent together: one statement per platform, not one per row. */
  private readonly sentRows: GroupWriter<SentRow, void>;
  /** Rows failed or deferred at about the same time are settled in one transaction. */
  private readonly commits: GroupCommit;

  constructor(
    dataSource: DataSource,
    private readonly channels: Partial<Record<PlatformName, OutboundChannel>>,
    clock: Clock,
    private readonly options: OutboxSenderOptions = DEFAULT_OUTBOX_OPTIONS,
    private readonly members: MemberDirectory = new MemberDirectory(),
  ) {
    super(dataSource, OutboxItem, clock, { name: 'outbox', waiting: 'pending', held: 'sending', lane: OUTBOX_LANE, ...options });
    this.health = new DeliveryHealth(options.degradedAfterMs);
    this.sentRows = new GroupWriter<SentRow, void>(async (sent) => {
      await inTransaction(dataSource, (em) => this.markSent(em, sent));
      return sent.map(() => undefined);
    }, groupOptions(dataSource));
    this.commits = new GroupCommit(dataSource, groupOptions(dataSource));
  }

  protected async handle(row: OutboxItem): Promise<void> {
    const { platform, outcome } = await this.attempt(row);
    const now = this.clock.now();
    // Only the holder of this claim (same attempt count) may settle the row; a chosen platform stays with it.
    const mine = { id: row.id, status: 'sending' as const, attempts: row.attempts };
    const settle = (changes: Partial<OutboxItem>) =>
      this.commits.run(async (em) => {
        await em.getRepository(OutboxItem).update(mine, { ...changes, ...(platform ? { platform } : {}) });
        await learnWhereCardsWent(em, [{ row, platform }], now);
      });
    const retryAt = (delayMs: number) => new Date(now.getTime() + delayMs);
    if (outcome.ok) {
      if (platform) this.health.recordSuccess(platform);
      await this.sentRows.submit({ row, platform, notes: outcome.card });
      return;
    }
    if ('deferred' in outcome) {
      await settle({ status: 'pending', availableAt: retryAt(outcome.retryAfterMs), lastError: outcome.reason });
      return;
    }
    if (platform) this.health.recordFailure(platform, outcome.retryable ? 'retryable' : 'permanent', now);
    // Give up on age, not on a count: an outage of a day must not cost a reply.
    const queuedAt = row.requeuedAt ?? row.createdAt;
    const giveUp = !outcome.retryable || now.getTime() - queuedAt.getTime() >= this.options.retryWindowMs;
    // A platform's wait is a floor: a block that outlasts it is met with the growing backoff.
    const delay = Math.max(outcome.retryAfterMs ?? 0, backoffMs(row.attempts, this.options.backoffBaseMs, this.options.backoffCapMs));
    await settle({ status: giveUp ? 'dead' : 'pending', availableAt: retryAt(delay), lastError: outcome.reason.slice(0, 2000) });
    log.warn({ outboxId: row.id, platform, attempts: row.attempts, giveUp, reason: outcome.reason }, 'outbox delivery failed');
  }

  /** Only the holder of each row's claim (same attempt count) marks it sent; a chosen platform stays with it. */
  private async markSent(em: EntityManager, sent: SentRow[]): Promise<void> {
    const now = this.clock.now();
    const platforms = new Set(sent.map(({ platform }) => platform));
    for (const platform of platforms) {
      const claims = sent
        .filter((s) => s.platform === platform)
        .map(({ row }) => ({ id: row.id, status: 'sending' as const, attempts: row.attempts }));
      await em
        .getRepository(OutboxItem)
        .update(claims, { status: 'sent', sentAt: now, lastError: null, ...(platform ? { platform } : {}) });
    }
    await learnWhereCardsWent(em, sent, now);
  }

  /** Finds where the row goes, then sends it there. */
  private async attempt(row: OutboxItem): Promise<{ platform: PlatformName | null; outcome: DeliveryOutcome }> {
    let route: Route;
    try {
      route = await this.members.route(this.dataSource.manager, row, Object.keys(this.channels) as PlatformName[]);
    } catch (error) {
      return { platform: null, outcome: { ok: false, retryable: true, reason: describe(error) } };
    }
    if ('unreachable' in route) return { platform: null, outcome: { ok: false, retryable: route.retryable, reason: route.unreachable } };
    return { platform: route.platform, outcome: await this.deliver(row, route) };
  }

  private async deliver(row: OutboxItem, { platform, to }: { platform: PlatformName; to: string }): Promise<DeliveryOutcome> {
    const channel = this.channels[platform];
    if (!channel) return { ok: false, retryable: true, reason: `platform ${platform} is not enabled on this instance` };
    try {
      return await channel.deliver({ id: row.id, tenantId: row.tenantId, to, message: row.message });
    } catch (error) {
      return { ok: false, retryable: true, reason: describe(error) };
    }
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** What the platform keeps of a sent card, as stored: its platform, its handle there and its state. */
const CARD_NOTES = ['platform', 'platformCardId', 'platformState'] as const;

/**
 * Cards learn where they went (and what the platform keeps of each), so that their updates follow them there.
 * They queue behind their rows (one lane per member), so a card's platform is known by the time they are sent.
 * One statement per tenant for all the cards sent together, each card's values chosen by its id.
 */
async function learnWhereCardsWent(em: EntityManager, sent: readonly SentRow[], now: Date): Promise<void> {
  const cards = sent.flatMap(({ row, platform, notes }) => {
    const learned: Partial<Pick<CardRecord, (typeof CARD_NOTES)[number]>> = {
      ...(platform && !row.platform ? { platform } : {}),
      ...notes,
    };
    return row.message.type === 'card' && Object.keys(learned).length > 0
      ? [{ tenantId: row.tenantId, id: row.message.card.id, learned }]
      : [];
  });
  for (const tenantId of new Set(cards.map((card) => card.tenantId))) {
    const ofTenant = cards.filter((card) => card.tenantId === tenantId);
    const update = em.createQueryBuilder().update(CardRecord);
    const changes: Record<string, unknown> = { updatedAt: now };
    for (const column of CARD_NOTES) {
      const having = ofTenant.filter(({ learned }) => column in learned);
      if (having.length === 0) continue;
      const whens = having.map(({ id, learned }, i) => {
        const value = learned[column];
        // platformState is a simple-json column: a raw CASE bypasses TypeORM's serialisation.
        update.setParameter(`${column}Card${i}`, id);
        update.setParameter(`${column}Value${i}`, column === 'platformState' && value !== null ? JSON.stringify(value) : value);
        return `WHEN :${column}Card${i} THEN :${column}Value${i}`;
      });
      changes[column] = () => `CASE ${update.escape('id')} ${whens.join(' ')} ELSE ${update.escape(column)} END`;
    }
    await update
      .set(changes)
      .where({ tenantId, id: In(ofTenant.map((card) => card.id)) })
      .execute();
  }
}
