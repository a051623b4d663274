import { createHash } from 'node:crypto';
import { beforeAll } from 'vitest';
import type { RunningBot } from '../../src/bot';
import { Tenant } from '../../src/store/entities';

/**
 * Gives the demo tenant a `POST /api/leads` key (stored as its SHA-256, as an admin would) before the
 * file's tests, and returns a poster that sends a lead with that key, another one, or none (null).
 */
export function useLeadApi(bot: RunningBot, key: string): (body: unknown, asKey?: string | null) => Promise<Response> {
  beforeAll(async () => {
    const tenants = bot.dataSource.getRepository(Tenant);
    const demo = await tenants.findOneByOrFail({ id: 'demo' });
    const sha256 = createHash('sha256').update(key).digest('hex');
    await tenants.update({ id: 'demo' }, { settings: { ...demo.settings, leadApiKeys: [{ name: '官网表单', sha256 }] } });
  });
  return (body, asKey = key) =>
    fetch(`${bot.url}/api/leads`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(asKey ? { authorization: `Bearer ${asKey}` } : {}) },
      body: JSON.stringify(body),
    });
}
