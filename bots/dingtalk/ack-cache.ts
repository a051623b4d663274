const MAX_ENTRIES = 10_000;
const KEEP_MS = 5 * 60_000;

/**
 * The answer per frame messageId for 5 minutes (as the official Python SDK does): a redelivered
 * frame gets the same ack without storing or acting again, and one still being handled waits for
 * the first. A failed answer is forgotten so a redelivery tries afresh.
 */
export class AckCache<T> {
  private readonly entries = new Map<string, { answer: Promise<T>; at: number }>();

  answer(messageId: string, work: () => Promise<T>): Promise<T> {
    const cached = this.entries.get(messageId);
    if (cached) return cached.answer;
    this.prune();
    const answer = work();
    this.entries.set(messageId, { answer, at: Date.now() });
    answer.catch(() => this.entries.delete(messageId));
    return answer;
  }

  private prune(): void {
    const oldest = Date.now() - KEEP_MS;
    for (const [messageId, entry] of this.entries) {
      if (entry.at >= oldest && this.entries.size < MAX_ENTRIES) break;
      this.entries.delete(messageId);
    }
  }
}
