import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBot } from '../../src/bot';
import { loadConfig } from '../../src/config';
import { launchChromium, RESULTS } from './chromium';

const MESSAGE = '今天跟华信王总聊了液压泵升级,他担心售后响应,我承诺48小时内出服务方案';

let dir: string;
let bot: Awaited<ReturnType<typeof startBot>>;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];
const apiLog: string[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'salesbot-console-'));
  await mkdir(RESULTS, { recursive: true });
  // No scheduler: a briefing due at the wall-clock time of the run must not land in the feed under test.
  bot = await startBot(loadConfig({ DATABASE_URL: `sqlite:${join(dir, 'bot.sqlite')}`, PORT: '0' }), { jobs: false });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('response', (response) => {
    if (response.url().includes('/console/api/')) {
      apiLog.push(`${response.request().method()} ${response.url()} → ${response.status()}`);
    }
  });
});

afterAll(async () => {
  await browser?.close();
  await bot?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Waits for a locator, failing with what the page asked the API so far. */
async function waitFor(locator: Locator, what: string, state: 'visible' | 'attached' = 'visible'): Promise<void> {
  try {
    await locator.first().waitFor({ state, timeout: 20_000 });
  } catch {
    throw new Error(`Timed out waiting for ${what}. Console API calls:\n${apiLog.join('\n')}`);
  }
}

async function waitForState(card: Locator, done: (state: string | null) => boolean, what: string): Promise<void> {
  try {
    await expect.poll(async () => done(await card.getAttribute('data-card-state')), { timeout: 20_000 }).toBe(true);
  } catch {
    throw new Error(`Timed out waiting for ${what}. Console API calls:\n${apiLog.join('\n')}`);
  }
}

/** "3月4日" for the time 48 hours from now, in the demo tenant's zone. */
function dateIn48Hours(): string {
  const parts = new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', month: 'numeric', day: 'numeric' }).formatToParts(
    new Date(Date.now() + 48 * 3600_000),
  );
  const part = (type: string) => parts.find((p) => p.type === type)?.value;
  return `${part('month')}月${part('day')}日`;
}

function field(card: Locator, label: string): Locator {
  return card
    .locator('[data-testid="card-field"]')
    .filter({ has: page.locator('[data-testid="card-field-label"]', { hasText: label }) })
    .locator('[data-testid="card-field-value"]');
}

describe('local console in a real browser', () => {
  it('records a follow-up, shows the receipt card and undoes it in place', async () => {
    await page.goto(`${bot.url}/console`);
    await expect(page.title()).resolves.toContain('销售助手');
    const select = page.getByTestId('user-select');
    await waitFor(select.locator('option[value="zhangwei"]'), 'the user 张伟 in the picker', 'attached');
    await select.selectOption('zhangwei');

    await page.getByTestId('message-input').fill(MESSAGE);
    await page.getByTestId('send-button').click();
    await waitFor(page.getByTestId('my-message').filter({ hasText: '液压泵' }), 'my own message in the feed');

    const receipt = page
      .locator('[data-testid="card"][data-card-kind="activity-receipt"]')
      .filter({ has: page.locator('[data-testid="card-title"]', { hasText: '华信' }) });
    await waitFor(receipt, 'an activity-receipt card about 华信');
    await expect(receipt.count()).resolves.toBe(1);
    const cardId = await receipt.getAttribute('data-card-id');
    expect(cardId).toBeTruthy();
    await expect(receipt.getAttribute('data-card-state')).resolves.toBe('open');

    await expect(field(receipt, '信号').textContent()).resolves.toContain('售后');
    const commitment = (await field(receipt, '承诺').textContent()) ?? '';
    expect(commitment).toMatch(/\d{1,2}:\d{2}/);
    expect(commitment).toContain(dateIn48Hours());
    await page.screenshot({ path: join(RESULTS, 'console-receipt.png') });

    const sameCard = page.locator(`[data-testid="card"][data-card-id="${cardId}"]`);
    await sameCard.locator('[data-testid="card-button"][data-action-id="undo"]').click();
    await waitForState(sameCard, (state) => state !== 'open', 'the receipt card to leave state open after 撤销');
    await expect(sameCard.count()).resolves.toBe(1);
    await expect(sameCard.textContent()).resolves.toContain('已撤销');
    await expect(sameCard.getByTestId('card-button').count()).resolves.toBe(0);
    await page.screenshot({ path: join(RESULTS, 'console-undone.png') });

    // A reload remembers the user and replays the feed: the card shows once, in its final state.
    await page.reload();
    await waitFor(sameCard, 'the receipt card after a reload');
    await expect(select.inputValue()).resolves.toBe('zhangwei');
    await waitForState(sameCard, (state) => state !== 'open', 'the replayed card to reach its final state');
    await expect(sameCard.count()).resolves.toBe(1);

    expect(pageErrors).toEqual([]);
  });
});
