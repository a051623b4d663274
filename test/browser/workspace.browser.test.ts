import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBot, type RunningBot } from '../../src/bot';
import { loadConfig } from '../../src/config';
import { mysqlDatabase } from '../support/databases';
import { launchChromium, RESULTS } from './chromium';

const MESSAGE = '今天跟华信王总聊了液压泵升级,他担心售后响应,我承诺48小时内出服务方案';
/** The phone the pages are built for first. */
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN' };
const TIMING_ROUNDS = 20;

let dir: string;
let bot: RunningBot;
let browser: Browser;
let phone: BrowserContext;
const pageErrors: string[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'salesbot-pages-'));
  await mkdir(RESULTS, { recursive: true });
  bot = await startBot(loadConfig({ DATABASE_URL: `sqlite:${join(dir, 'bot.sqlite')}`, PORT: '0', LOG_LEVEL: 'warn' }), { jobs: false });
  browser = await launchChromium();
  phone = await browser.newContext(PHONE);
  phone.on('weberror', (error) => pageErrors.push(error.error().message));
});

afterAll(async () => {
  await browser?.close();
  await bot?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** The link the receipt card shows on the console, after 张伟 reports a visit: the console signs him in through it. */
async function archiveLinkFromConsole(): Promise<string> {
  const desk = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
  await desk.goto(`${bot.url}/console`);
  await desk.getByTestId('user-select').locator('option[value="zhangwei"]').waitFor({ state: 'attached' });
  await desk.getByTestId('user-select').selectOption('zhangwei');
  await desk.getByTestId('message-input').fill(MESSAGE);
  await desk.getByTestId('send-button').click();
  const receipt = desk.locator('[data-testid="card"][data-card-kind="activity-receipt"]');
  await receipt.first().waitFor({ timeout: 20_000 });
  const link = receipt.first().getByTestId('card-link').filter({ hasText: '客户档案' });
  const href = await link.getAttribute('href');
  await desk.close();
  return new URL(href!, bot.url).toString();
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(RESULTS, name), fullPage: true });
}

describe('workspace pages on a phone (390×844) in a real browser', () => {
  let page: Page;

  it('opens the customer archive from the receipt card, signed in as the console member', async () => {
    const href = await archiveLinkFromConsole();
    expect(new URL(href).pathname).toBe('/console/pages');
    page = await phone.newPage();
    await page.goto(href);
    expect(new URL(page.url()).pathname).toBe('/w/demo/customers/cus_huaxin');
    await expect(page.getByTestId('archive-name').textContent()).resolves.toBe('华信精密机械有限公司');
    await expect(page.getByTestId('archive-deals').textContent()).resolves.toMatch(/本阶段 \d+ 天 · 沉默 \d+ 天/);
    await expect(page.getByTestId('archive-signals').textContent()).resolves.toContain('售后顾虑');
    await expect(page.getByTestId('archive-promises').textContent()).resolves.toContain('出服务方案');
    // The message just sent is the newest entry of the timeline, in its own words.
    await expect(page.getByTestId('timeline-entry').first().textContent()).resolves.toContain(MESSAGE);
    const width = await page.evaluate('document.documentElement.scrollWidth');
    expect(width).toBeLessThanOrEqual(390);
    await shoot(page, 'pages-archive.png');
  });

  it("answers another rep's customer with 404", async () => {
    const answer = await page.goto(`${bot.url}/w/demo/customers/cus_lantian`);
    expect(answer?.status()).toBe(404);
    await expect(page.textContent('body')).resolves.not.toContain('蓝天');
  });

  it('lists the to-dos and marks a promise done from the page', async () => {
    await page.goto(`${bot.url}/w/demo/todos`);
    const promise = page.getByTestId('todo-promise').filter({ hasText: '出服务方案' });
    await promise.waitFor();
    await shoot(page, 'pages-todos.png');
    await promise.getByRole('button', { name: '已完成' }).click();
    await expect(page.getByTestId('todo-notice').textContent()).resolves.toBe('已标记完成');
    await expect(page.getByTestId('todo-promise').filter({ hasText: '出服务方案' }).count()).resolves.toBe(0);
    await page.goto(`${bot.url}/w/demo/customers/cus_huaxin`);
    await expect(page.getByTestId('archive-promises').textContent()).resolves.toMatch(/出服务方案.*按时完成/s);
  });

  it('shows the pipeline by stage, filters it and opens a row', async () => {
    await page.goto(`${bot.url}/w/demo/deals`);
    await expect(page.getByTestId('funnel-stage').count()).resolves.toBe(5);
    await shoot(page, 'pages-deals.png');
    await page.getByLabel('状态').selectOption('silent');
    await page.getByRole('button', { name: '筛选' }).click();
    await page.waitForURL(/status=silent/);
    await shoot(page, 'pages-deals-silent.png');
    const rows = page.getByTestId('deal-row');
    if ((await rows.count()) > 0) {
      await rows.first().locator('a').click();
      await page.waitForURL(/\/customers\//);
      await expect(page.getByTestId('archive-name').count()).resolves.toBe(1);
    }
    expect(pageErrors).toEqual([]);
  });

  it("shows the manager's dashboard with its charts, drills into a number, and prints to A4", async () => {
    const manager = await browser.newContext(PHONE);
    const board = await manager.newPage();
    await board.goto(`${bot.url}/console/pages?tenantId=demo&userId=liming&next=${encodeURIComponent('/w/demo/dashboard')}`);
    await expect(board.getByTestId('dash-index').textContent()).resolves.toMatch(/过程健康度 \d+ 分/);
    await expect(board.locator('[data-testid="dash-rates"] svg a').count()).resolves.toBe(3);
    // The rep × action heat map: a table per stage with rules, a row per rep of the team.
    await expect(board.locator('table.heat').count()).resolves.toBe(4);
    await expect(board.locator('table.heat tbody tr').count()).resolves.toBe(12);
    const width = await board.evaluate('document.documentElement.scrollWidth');
    expect(width).toBeLessThanOrEqual(390);
    await shoot(board, 'pages-dashboard.png');
    await board.locator('[data-testid="dash-index"] h2 a').click();
    await board.getByTestId('dash-drill').waitFor();
    await shoot(board, 'pages-dashboard-drill.png');
    // A heat-map cell opens the deals behind it, each marked 已做到 or 未做到.
    await board.locator('table.heat td a').first().click();
    await board.waitForURL(/cell=/);
    await expect(board.getByTestId('drill-deal').first().textContent()).resolves.toMatch(/已做到|未做到/);
    await shoot(board, 'pages-dashboard-heat-drill.png');
    await board.goto(`${bot.url}/w/demo/dashboard`);
    await board.emulateMedia({ media: 'print' });
    await expect(board.locator('nav.tabs').isVisible()).resolves.toBe(false);
    await board.pdf({ path: join(RESULTS, 'pages-dashboard.pdf'), format: 'A4', printBackground: true });
    await manager.close();
  });

  it("loads the bot's own DingTalk JS API in a browser, with the sign-in call the DingTalk page makes", async () => {
    const probe = await phone.newPage();
    await probe.goto(`${bot.url}/w/demo/todos`);
    await probe.addScriptTag({ url: '/w/assets/dingtalk.js' });
    await expect(probe.evaluate('typeof window.dd.runtime.permission.requestAuthCode')).resolves.toBe('function');
    await expect(probe.evaluate('typeof window.dd.ready')).resolves.toBe('function');
    await probe.close();
    expect(pageErrors).toEqual([]);
  });

  it('prints how long each page and its data take on the demo tenant, on SQLite and (with TEST_MYSQL_URL) MariaDB (measured, not asserted)', async () => {
    const lines = await pageTimings(bot.url, 'SQLite');
    if (process.env.TEST_MYSQL_URL) {
      const database = await mysqlDatabase();
      const onMaria = await startBot(loadConfig({ DATABASE_URL: database.url, PORT: '0', LOG_LEVEL: 'warn' }), { jobs: false });
      try {
        lines.push(...(await pageTimings(onMaria.url, 'MariaDB')));
      } finally {
        await onMaria.stop();
        await database.drop();
      }
    }
    console.log(`workspace page timings (${TIMING_ROUNDS} requests each, demo tenant):\n${lines.join('\n')}`);
  });
});

const TIMED_PATHS = [
  '/w/demo/customers/cus_huaxin',
  '/w/demo/api/customers/cus_huaxin',
  '/w/demo/todos',
  '/w/demo/api/todos',
  '/w/demo/deals',
  '/w/demo/api/deals',
  '/w/demo/dashboard',
  '/w/demo/api/dashboard',
  '/w/demo/dashboard?drill=overdue',
  '/w/demo/dashboard?cell=zhangwei~requirement~0',
  '/w/demo/export.xlsx',
];

/** p50 and max of each page and API, for a rep and the manager, each signed in through the console. */
async function pageTimings(url: string, engine: string): Promise<string[]> {
  const lines: string[] = [];
  for (const [who, userId] of [
    ['张伟 (rep)', 'zhangwei'],
    ['李明 (manager)', 'liming'],
  ] as const) {
    const context = await browser.newContext(PHONE);
    await (await context.newPage()).goto(`${url}/console/pages?tenantId=demo&userId=${userId}&next=${encodeURIComponent('/w/demo/deals')}`);
    for (const path of TIMED_PATHS) {
      const times: number[] = [];
      for (let round = 0; round < TIMING_ROUNDS; round++) {
        const started = performance.now();
        const answer = await context.request.get(`${url}${path}`);
        await answer.body();
        times.push(performance.now() - started);
        expect(answer.status()).toBe(200);
      }
      times.sort((a, b) => a - b);
      lines.push(
        `${engine.padEnd(8)} ${who.padEnd(14)} ${path.padEnd(46)} p50 ${times[TIMING_ROUNDS / 2]!.toFixed(1)} ms · max ${times.at(-1)!.toFixed(1)} ms`,
      );
    }
    await context.close();
  }
  return lines;
}
