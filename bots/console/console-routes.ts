import { readFileSync } from 'node:fs';
import type {} from '@koa/bodyparser';
import Router from '@koa/router';
import { z } from 'zod';
import { BotError, errors } from '../../src/errors';
import type { Clock } from '../../src/clock';
import type { InboundBody } from '../../src/pipeline/inbound-event';
import type { CardStore, ConsoleMember, ConsoleStore, InboxPort, JobControl } from '../../src/pipeline/ports';
import { parseOrThrow } from '../../src/http/validate';
import { CONSOLE_PREFIX } from './console-auth';
import type { ConsoleFeed } from './console-feed';

const PAGE = readFileSync(new URL('./page.html', import.meta.url), 'utf8');
const MAX_TEXT = 4000;
const MAX_WAIT_MS = 10_000;

const tenantId = z.string().min(1).max(64).default('demo');
const userId = z.string({ error: '请指定用户 userId' }).min(1, '请指定用户 userId').max(64);
const messageSchema = z.object({
  tenantId,
  userId,
  text: z.string({ error: '消息内容不能为空' }).trim().min(1, '消息内容不能为空').max(MAX_TEXT, `消息太长了,请控制在 ${MAX_TEXT} 字以内`),
});
const actionSchema = z.object({ tenantId, userId, cardId: z.string().min(1).max(64), actionId: z.string().min(1).max(200) });
const runJobSchema = z.object({ tenantId, at: z.iso.datetime({ offset: true, error: 'at 应为带时区的 ISO 时间' }).optional() });
const feedSchema = z.object({
  tenantId,
  userId,
  after: z.coerce.number().int().min(0).default(0),
  waitMs: z.coerce.number().int().min(0).max(MAX_WAIT_MS).default(0),
});

export interface ConsoleDeps {
  store: ConsoleStore;
  inbox: InboxPort;
  cards: CardStore;
  feed: ConsoleFeed;
  clock: Clock;
  jobs: JobControl;
  /** Called after an event is stored, so the worker picks it up at once. */
  onInbound: () => void;
}

/** The local console platform (docs/contracts/console.md): the page and its JSON API. */
export function consoleRouter({ store, inbox, cards, feed, clock, jobs, onInbound }: ConsoleDeps): Router {
  const router = new Router({ prefix: CONSOLE_PREFIX });

  const findUser = async (tenant: string, id: string): Promise<ConsoleMember> => {
    const user = await store.member(tenant, id);
    if (!user) throw errors.unknownUser(id);
    return user;
  };

  const accept = async (tenant: string, user: ConsoleMember, body: InboundBody): Promise<number> => {
    const stored = await inbox.store({
      platform: 'console',
      tenantId: tenant,
      deliveryId: crypto.randomUUID(),
      senderId: user.id,
      receivedAt: clock.now(),
      body,
    });
    onInbound();
    return stored.stored ? stored.id : 0;
  };

  router.get('/', (ctx) => {
    ctx.type = 'html';
    ctx.body = PAGE;
  });

  router.get('/api/users', async (ctx) => {
    const { tenantId: tenant } = parseOrThrow(z.object({ tenantId }), ctx.query);
    ctx.body = { users: await store.members(tenant) };
  });

  router.get('/api/customers', async (ctx) => {
    const query = parseOrThrow(z.object({ tenantId, userId }), ctx.query);
    await findUser(query.tenantId, query.userId);
    ctx.body = { customers: await store.customersSeenBy(query.tenantId, query.userId) };
  });

  router.post('/api/messages', async (ctx) => {
    const body = parseOrThrow(messageSchema, ctx.request.body);
    const user = await findUser(body.tenantId, body.userId);
    const id = await accept(body.tenantId, user, { kind: 'text', text: body.text });
    // The member's own side of the conversation, so the page shows it again after a reload.
    const seq = await feed.recordOwn(body.tenantId, user.id, body.text, clock.now());
    ctx.status = 202;
    ctx.body = { id, seq };
  });

  router.post('/api/actions', async (ctx) => {
    const body = parseOrThrow(actionSchema, ctx.request.body);
    const user = await findUser(body.tenantId, body.userId);
    const sent = await cards.find(body.tenantId, body.cardId);
    if (!sent) throw errors.unknownCard();
    // The card's current buttons, not the page's copy: a used card has none left.
    const { card } = sent;
    if (!card.buttons.some((button) => button.actionId === body.actionId) && card.state === 'open') throw errors.unknownAction();
    ctx.status = 202;
    ctx.body = { id: await accept(body.tenantId, user, { kind: 'card_action', cardId: card.id, actionId: body.actionId }) };
  });

  router.get('/api/feed', async (ctx) => {
    const query = parseOrThrow(feedSchema, ctx.query);
    await findUser(query.tenantId, query.userId);
    const disconnected = new AbortController();
    ctx.req.once('close', () => disconnected.abort());
    const items = await feed.read(query.tenantId, query.userId, query.after, query.waitMs, disconnected.signal);
    ctx.body = {
      items: items.map((item) => ({
        seq: item.seq,
        at: item.at.toISOString(),
        kind: item.kind,
        ...(item.kind === 'card' ? { card: item.card } : { text: item.text }),
      })),
    };
  });

  // Runs a job "as of" `at` through the same period claim as the schedule: a period already sent sends nothing.
  router.post('/api/jobs/:name/run', async (ctx) => {
    const name = ctx.params.name;
    if (!jobs.consoleJobs.includes(name))
      throw new BotError('JOB_UNKNOWN', `没有名为「${name}」的任务,可用:${jobs.consoleJobs.join('、')}`, 404);
    const body = parseOrThrow(runJobSchema, ctx.request.body ?? {});
    const at = body.at ? new Date(body.at) : clock.now();
    const sent = await jobs.runConsoleJob(name, body.tenantId, at);
    if (sent === null) throw new BotError('TENANT_UNKNOWN', `没有找到租户「${body.tenantId}」`, 404);
    ctx.body = { job: name, sent };
  });

  return router;
}
