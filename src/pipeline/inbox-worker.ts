import { In, type DataSource, type EntityManager } from 'typeorm';
import type { Clock } from '../clock';
import { log } from '../log';
import { isDataError } from '../store/db-errors';
import { InboxItem } from '../store/entities';
import { GroupWriter } from '../store/group-writer';
import { inTransaction } from '../store/transaction';
import { backoffMs } from './backoff';
import { PendingSends, persistEffects, type Effect, type EffectScope } from './effects';
import type { PlatformName } from './inbound-event';
import { groupOptions, RowWorker } from './row-worker';

/**
 * Work for one inbox row, in two steps: `prepare` runs outside any transaction (it may call an LLM
 * for seconds), and the function it returns runs inside the transaction that also writes the effects
 * to the outbox and marks the row done, so a change and its messages commit together or not at all.
 */
export type InboxHandler = (row: InboxItem) => Promise<InboxWork>;

export interface InboxWork {
  /** Our id of the sender, once resolved: effects sent to them are replies (to a group message: into the group). */
  actorId?: string;
  apply: (em: EntityManager, now: Date) => Promise<Effect[]>;
}

/** Who should hear that a row was given up, and what: written in the transaction that marks it failed. */
export type GiveUpNotice = (em: EntityManager, row: InboxItem) => Promise<{ actorId?: string; effects: Effect[] }>;

export interface InboxWorkerHooks {
  /** After effects were written to the outbox: the sender can deliver them now. */
  committed?: () => void;
  gaveUp?: GiveUpNotice;
}

export interface InboxWorkerOptions {
  /** Messages in hand at once, of as many senders; one sender's messages go one at a time, in order. */
  concurrency: number;
  leaseMs: number;
  heartbeatMs: number;
  maxAttempts: number;
  idleMs: number;
}

export const DEFAULT_INBOX_OPTIONS: InboxWorkerOptions = {
  concurrency: 16,
  leaseMs: 60_000,
  heartbeatMs: 20_000,
  maxAttempts: 5,
  idleMs: 500,
};

/** A member's messages are handled in the order they arrived: 撤销刚才那条 must see the report before it. */
const INBOX_LANE = ['platform', 'tenantId', 'senderId'];

/** A row whose work is done outside the transaction, to be settled: its changes and messages written, the row marked done. */
interface Settle extends InboxWork {
  row: InboxItem;
}

export class InboxWorker extends RowWorker<InboxItem> {
  /** Rows finished at about the same time are settled in one transaction (group commit). */
  private readonly settles: GroupWriter<Settle, boolean>;

  constructor(
    dataSource: DataSource,
    private readonly handler: InboxHandler,
    clock: Clock,
    private readonly hooks: InboxWorkerHooks = {},
    private readonly options: InboxWorkerOptions = DEFAULT_INBOX_OPTIONS,
  ) {
    super(dataSource, InboxItem, clock, { name: 'inbox', waiting: 'pending', held: 'processing', lane: INBOX_LANE, ...options });
    this.settles = new GroupWriter((settles) => inTransaction(dataSource, (em) => this.settle(em, settles)), groupOptions(dataSource));
  }

  /**
   * Marks the rows done and writes what their works produced, all in one transaction; the messages they
   * send go in together at the end. Answers, per row, whether this claim settled it.
   */
  private async settle(em: EntityManager, settles: readonly Settle[]): Promise<boolean[]> {
    const now = this.clock.now();
    const mine = await settleClaims(
      em,
      settles.map(({ row }) => row),
      now,
    );
    const sends = new PendingSends(em);
    for (const { row, actorId, apply } of settles) {
      if (mine.has(row.id)) await sends.persist(effectScope(row, now, actorId), await apply(em, now));
    }
    await sends.flush();
    return settles.map(({ row }) => mine.has(row.id));
  }

  protected async handle(row: InboxItem): Promise<void> {
    try {
      const { actorId, apply } = await this.handler(row);
      const committed = await this.settles.submit({ row, actorId, apply });
      if (committed) this.hooks.committed?.();
    } catch (error) {
      await this.recordFailure(row, error);
    }
  }

  private async recordFailure(row: InboxItem, error: unknown): Promise<void> {
    // A value the database refused is refused again on every retry, and each retry would ask the model again.
    const giveUp = row.attempts >= this.options.maxAttempts || isDataError(error);
    const reason = error instanceof Error ? (error.stack ?? error.message) : String(error);
    log.error({ inboxId: row.id, attempts: row.attempts, giveUp, err: error }, 'inbox processing failed');
    const noticed = await inTransaction(this.dataSource, async (em) => {
      const now = this.clock.now();
      const settled = await em.getRepository(InboxItem).update(
        { id: row.id, status: 'processing', attempts: row.attempts },
        {
          status: giveUp ? 'failed' : 'pending',
          availableAt: new Date(now.getTime() + backoffMs(row.attempts, 1_000, 60_000)),
          lastError: reason.slice(0, 4000),
        },
      );
      if (!giveUp || !settled.affected || !this.hooks.gaveUp) return false;
      // Settled once by this claim, so the notices are written once; they commit with the 'failed' status.
      const { actorId, effects } = await this.hooks.gaveUp(em, row);
      await persistEffects(em, effectScope(row, now, actorId), effects);
      return true;
    });
    if (noticed) this.hooks.committed?.();
  }
}

/**
 * Marks done, in one statement, the rows this instance still holds: a claim counts its attempt, so a row
 * another instance took over (after a lease ran out) has a higher count and is left to it. Settling first
 * takes the rows' locks, so a second holder settling at the same time waits, then finds them done and
 * backs off. Answers the ids settled here.
 */
async function settleClaims(em: EntityManager, rows: readonly InboxItem[], now: Date): Promise<Set<number>> {
  const claims = rows.map(({ id, attempts }) => ({ id, status: 'processing' as const, attempts }));
  const { affected } = await em.getRepository(InboxItem).update(claims, { status: 'done', processedAt: now, lastError: null });
  if (affected === rows.length) return new Set(rows.map(({ id }) => id));
  const done = await em.find(InboxItem, {
    select: { id: true, attempts: true },
    where: { id: In(rows.map(({ id }) => id)), status: 'done' },
  });
  const attemptsOf = new Map(rows.map(({ id, attempts }) => [id, attempts]));
  return new Set(done.filter(({ id, attempts }) => attemptsOf.get(id) === attempts).map(({ id }) => id));
}

/** Replies go where the row came from (its platform, its group chat); see persistEffects. */
function effectScope(row: InboxItem, now: Date, actorId: string | undefined): EffectScope {
  return {
    tenantId: row.tenantId,
    now,
    reply: { platform: row.platform as PlatformName, actorId, account: row.senderId, conversationId: row.conversationId },
  };
}
