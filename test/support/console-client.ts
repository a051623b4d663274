import type { Card } from '../../cards/card';

export interface FeedItem {
  seq: number;
  at: string;
  /** `own`: the member's own message, kept in the feed so the page shows the whole conversation. */
  kind: 'text' | 'card' | 'own';
  text?: string;
  card?: Card;
}

/** Drives the console platform's JSON API the way the page does. */
export class ConsoleClient {
  private after = 0;

  private constructor(
    private readonly baseUrl: string,
    readonly userId: string,
    private readonly tenantId: string,
  ) {}

  /** A client that sees only what arrives from now on, not the user's earlier feed. */
  static async open(baseUrl: string, userId: string, tenantId = 'demo'): Promise<ConsoleClient> {
    const client = new ConsoleClient(baseUrl, userId, tenantId);
    const query = new URLSearchParams({ tenantId, userId, after: '0' });
    for (;;) {
      const { items } = (await (await fetch(`${baseUrl}/console/api/feed?${query}`)).json()) as { items: FeedItem[] };
      if (items.length === 0) return client;
      client.after = items[items.length - 1].seq;
      query.set('after', String(client.after));
    }
  }

  async send(text: string): Promise<Response> {
    return this.post('/console/api/messages', { tenantId: this.tenantId, userId: this.userId, text });
  }

  async tap(cardId: string, actionId: string): Promise<Response> {
    return this.post('/console/api/actions', { tenantId: this.tenantId, userId: this.userId, cardId, actionId });
  }

  async post(path: string, body: unknown): Promise<Response> {
    return fetch(this.baseUrl + path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  }

  /** Long-polls the feed until one of the bot's items (not the member's own messages) matches, and returns it; fails after `timeoutMs`. */
  async next(match: (item: FeedItem) => boolean = () => true, timeoutMs = 15_000): Promise<FeedItem> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const query = new URLSearchParams({ tenantId: this.tenantId, userId: this.userId, after: String(this.after), waitMs: '2000' });
      const response = await fetch(`${this.baseUrl}/console/api/feed?${query}`);
      const { items } = (await response.json()) as { items: FeedItem[] };
      for (const item of items) {
        this.after = item.seq;
        if (item.kind !== 'own' && match(item)) return item;
      }
    }
    throw new Error(`no matching feed item for ${this.userId} within ${timeoutMs} ms (read up to seq ${this.after})`);
  }

  async nextCard(kind: Card['kind']): Promise<Card> {
    const item = await this.next((i) => i.kind === 'card' && i.card?.kind === kind);
    return item.card!;
  }
}
