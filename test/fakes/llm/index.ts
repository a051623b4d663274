import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * An OpenAI-compatible chat completions server on loopback whose answers take a set time: every
 * message is a follow-up on the rep's first customer, summarised as its own text. For measuring the
 * pipeline with a model of realistic latency; what the model understands is not the point here.
 */
export class FakeLlmServer {
  private server: Server | null = null;
  calls = 0;
  maxInFlight = 0;
  private inFlight = 0;

  /** `latencyMs` is asked once per call. */
  constructor(private readonly latencyMs: () => number) {}

  async start(): Promise<string> {
    // A request the fake cannot read drops the connection, which the client sees as a network error.
    this.server = createServer((req, res) => {
      this.answer(req, res).catch((error: Error) => res.destroy(error));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/v1`;
  }

  private async answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req as AsyncIterable<Buffer>) chunks.push(chunk);
    this.calls++;
    this.maxInFlight = Math.max(this.maxInFlight, ++this.inFlight);
    await sleep(this.latencyMs());
    this.inFlight--;
    const request = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { messages: { role: string; content: string }[] };
    const user = JSON.parse(request.messages.at(-1)!.content) as { customers: { id: string }[]; text: string };
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify(completion(user.customers[0]?.id ?? null, user.text)));
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  }
}

function completion(customerId: string | null, text: string) {
  const answer = {
    intent: 'log_activity',
    customerId,
    customerName: null,
    contacts: [],
    tags: [],
    stage: null,
    commitment: null,
    amount: null,
    competitors: [],
    summary: text,
    query: null,
  };
  return {
    id: 'chatcmpl-fake',
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model: 'fake',
    choices: [{ index: 0, message: { role: 'assistant', content: JSON.stringify(answer) }, finish_reason: 'stop' }],
    usage: { prompt_tokens: 800, completion_tokens: 90, total_tokens: 890 },
  };
}
