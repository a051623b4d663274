import type { AddressInfo } from 'node:net';
import { once } from 'node:events';
import type { Server } from 'node:http';
import Router from '@koa/router';
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpApp } from '../../src/http/app';

/** The address a request is logged with: the peer, unless a configured proxy forwarded it. */
describe('the client address behind X-Forwarded-For (TRUST_PROXY)', () => {
  let server: Server | undefined;
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  const clientIpSeen = async (trustedProxies: string[], forwardedFor?: string): Promise<string> => {
    const router = new Router();
    router.get('/ip', (ctx) => {
      ctx.body = ctx.ip;
    });
    const app = createHttpApp({ routers: [router], trustedProxies, health: async () => ({ ok: true }), metrics: async () => '' });
    server = app.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as AddressInfo;
    const answer = await fetch(`http://127.0.0.1:${port}/ip`, { headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {} });
    return answer.text();
  };

  it('ignores X-Forwarded-For from a peer that is not a configured proxy, so a caller cannot pose as another address', async () => {
    expect(await clientIpSeen([], '203.0.113.9')).toMatch(/127\.0\.0\.1$/);
    expect(await clientIpSeen(['10.0.0.0/8'], '203.0.113.9')).toMatch(/127\.0\.0\.1$/);
  });

  it('believes the address a configured proxy forwards, and only the hop next to that proxy', async () => {
    expect(await clientIpSeen(['loopback'], '203.0.113.9')).toBe('203.0.113.9');
    expect(await clientIpSeen(['loopback'], '198.51.100.1, 203.0.113.9')).toBe('203.0.113.9');
  });
});
