import { EventEmitter, once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Delivery, DeliveryOutcome, OutboundChannel } from '../../src/pipeline/outbox-sender';
import type { ConsoleStore, FeedItem } from '../../src/pipeline/ports';

const MAX_ITEMS = 100;
/** Another instance may have written the item: look at the table this often even without a local signal. */
const RECHECK_MS = 1_000;

/**
 * The console's "platform API": delivering a message appends it to the user's feed, which the page
 * long-polls. Card updates are appended too, carrying the same card id, and the page replaces the card.
 */
export class ConsoleFeed implements OutboundChannel {
  private readonly appended = new EventEmitter().setMaxListeners(0);

  constructor(private readonly store: ConsoleStore) {}

  /** `to` is the member id: the console names people by our ids. */
  async deliver({ tenantId, to, message }: Delivery): Promise<DeliveryOutcome> {
    // The console has no group chats: `conversationId` is never set here and would be ignored.
    const entry = message.type === 'text' ? { kind: 'text' as const, text: message.text } : { kind: 'card' as const, card: message.card };
    await this.store.append(tenantId, to, entry, new Date());
    this.appended.emit(feedKey(tenantId, to));
    return { ok: true };
  }

  /** The member's own message, as the feed item it is in the conversation; returns its seq. */
  async recordOwn(tenantId: string, userId: string, text: string, at: Date): Promise<number> {
    const seq = await this.store.append(tenantId, userId, { kind: 'own', text }, at);
    this.appended.emit(feedKey(tenantId, userId));
    return seq;
  }

  /** Items after `after`; when there are none and `waitMs` > 0, waits for the first one or the time limit. */
  async read(tenantId: string, userId: string, after: number, waitMs: number, signal?: AbortSignal): Promise<FeedItem[]> {
    const deadline = Date.now() + waitMs;
    for (;;) {
      const items = await this.store.feedAfter(tenantId, userId, after, MAX_ITEMS);
      const remaining = deadline - Date.now();
      if (items.length > 0 || remaining <= 0 || signal?.aborted) return items;
      await this.waitForAppend(tenantId, userId, Math.min(remaining, RECHECK_MS), signal);
    }
  }

  private async waitForAppend(tenantId: string, userId: string, ms: number, signal?: AbortSignal): Promise<void> {
    const stop = new AbortController();
    const onAbort = () => stop.abort();
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      await Promise.race([
        once(this.appended, feedKey(tenantId, userId), { signal: stop.signal }),
        sleep(ms, undefined, { signal: stop.signal }),
      ]);
    } catch {
      // Aborted: the client went away or the other branch won.
    } finally {
      stop.abort();
      signal?.removeEventListener('abort', onAbort);
    }
  }
}

function feedKey(tenantId: string, userId: string): string {
  return `${tenantId}\u0000${userId}`;
}
