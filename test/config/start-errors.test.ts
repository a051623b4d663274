import { spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/data-source';
import { Tenant } from '../../src/store/entities';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** What a newcomer sees when `npm start` cannot start: one line saying what to do, no stack trace. */
describe('start-up errors', () => {
  let taken: Server;
  let port: number;
  beforeAll(async () => {
    taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    port = (taken.address() as { port: number }).port;
  });
  afterAll(() => new Promise<void>((resolve) => taken.close(() => resolve())));

  const start = (env: Record<string, string>) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: ROOT,
      env: {
        ...process.env,
        LOG_LEVEL: 'silent',
        DATABASE_URL: `sqlite:${join(mkdtempSync(join(tmpdir(), 'salesbot-start-')), 'db.sqlite')}`,
        ...env,
      },
      encoding: 'utf8',
      timeout: 60_000,
    });

  it('a port in use is one line naming the port and what to do, with exit code 2', () => {
    const run = start({ PORT: String(port) });
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe(`端口 ${port} 已被占用:请先停掉占用它的程序,或设置 PORT=其他端口 后再启动 (port in use)`);
  });

  it('a platform whose variables are missing is refused before anything is seeded', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'salesbot-start-'));
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: ROOT,
      env: { ...process.env, LOG_LEVEL: 'silent', PORT: '0', PLATFORMS: 'wecom', DATABASE_URL: `sqlite:${join(dir, 'db.sqlite')}` },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('WECOM_CORP_ID');
    const database = await openDatabase(`sqlite:${join(dir, 'db.sqlite')}`);
    expect(await database.getRepository(Tenant).count()).toBe(0);
    await database.destroy();
  });

  it('a bad variable is named, with exit code 2', () => {
    const run = start({ PORT: 'eighty' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('PORT');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
