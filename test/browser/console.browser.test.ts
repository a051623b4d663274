import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aliasLearnedCard } from '../../cards/alias-learned.card';
import type { Card } from '../../cards/card';
import { evidenceAskCard } from '../../cards/evidence-ask.card';
import { leadAssignmentCard } from '../../cards/lead-assignment.card';
import { leadEscalationCard } from '../../cards/lead-escalation.card';
import { stageMovedCard } from '../../cards/stage-moved.card';
import { startBot } from '../../src/bot';
import { loadConfig } from '../../src/config';
import { ConsoleFeedItem } from '../../src/store/entities';
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

  it('at 390×844: keeps the conversation over a reload, runs a manager’s jobs from buttons, and shows every card kind without a label column', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
    phone.on('pageerror', (error) => pageErrors.push(error.message));
    const cards = (kind: string) => phone.locator(`[data-testid="card"][data-card-kind="${kind}"]`);
    const as = async (userId: string) => {
      await phone.getByTestId('user-select').selectOption(userId);
      await waitFor(phone.locator('.topbar'), 'the page');
    };
    const say = async (text: string, answer: Locator, what: string) => {
      await phone.getByTestId('message-input').fill(text);
      await phone.getByTestId('send-button').click();
      await waitFor(answer, what);
    };
    await phone.goto(`${bot.url}/console`);
    await waitFor(phone.getByTestId('user-select').locator('option[value="zhangwei"]'), 'the user 张伟', 'attached');

    // A rep's conversation: help, a receipt, an answer, a proposal, a question which customer.
    await as('zhangwei');
    await expect(phone.getByTestId('jobs').isVisible()).resolves.toBe(false);
    await say('你好', cards('help'), 'the help card');
    await say(MESSAGE, cards('activity-receipt'), 'a receipt');
    await say('华信现在什么阶段?', cards('query-result'), 'the answer about 华信');
    await cards('query-result').first().locator('[data-action-id="propose-move"]').click();
    await waitFor(cards('stage-proposal'), 'a stage proposal');
    await say('今天去拜访了绍兴远达纺织机械有限公司,聊了整经机改造', cards('ask-customer'), 'the question which customer');
    // Only the cards waiting for a decision say 待处理.
    await expect(cards('stage-proposal').first().getByTestId('card-state').textContent()).resolves.toBe('待处理');
    await expect(cards('activity-receipt').first().getByTestId('card-state').count()).resolves.toBe(0);
    await expect(cards('query-result').first().getByTestId('card-state').count()).resolves.toBe(0);

    // A reload shows the whole conversation again: the rep's own words and the bot's cards, in order.
    await phone.reload();
    await waitFor(cards('ask-customer'), 'the conversation after a reload');
    // The first test's message is 张伟's too: the whole conversation comes back.
    const mine = await phone.getByTestId('my-message').allTextContents();
    expect(mine).toEqual([MESSAGE, '你好', MESSAGE, '华信现在什么阶段?', '今天去拜访了绍兴远达纺织机械有限公司,聊了整经机改造']);

    await as('wangfang');
    await say('新线索:华信精密机械有限公司,王总,想了解液压泵', cards('duplicate-notice'), 'the 撞单 notice');

    // The manager runs the real jobs from the buttons.
    await as('liming');
    await expect(phone.getByTestId('jobs').isVisible()).resolves.toBe(true);
    const runJob = async (label: string, result: RegExp) => {
      await phone.getByTestId('job-button').filter({ hasText: label }).click();
      await expect.poll(async () => phone.getByTestId('job-result').textContent(), { timeout: 20_000 }).toMatch(result);
    };
    await runJob('经理简报', /^经理简报:已发出 \d+ 份/);
    await waitFor(cards('briefing-manager'), 'the manager briefing');
    await runJob('经理简报', /^经理简报:本期已经发过/);
    await runJob('周五预警', /^周五预警:已发出 \d+ 份/);
    await waitFor(cards('friday-warning'), 'the Friday list');
    await cards('friday-warning').first().locator('[data-action-id="nudge-all"]').click();
    await runJob('逾期扫描', /^逾期扫描:/);
    await waitFor(cards('overdue-alert'), 'a manager overdue alert');
    const alert = cards('overdue-alert').first();
    await expect(alert.getByTestId('card-button').allTextContents()).resolves.toEqual(['提醒销售', '转给他人', '我来跟进']);
    await expect(alert.locator('[data-label="负责人"] [data-testid="card-field-value"]').textContent()).resolves.toBeTruthy();
    await runJob('销售简报', /^销售简报:已发出 \d+ 份/);

    // Cards no button here makes at once, as their builders make them, delivered to the feeds.
    const now = new Date();
    const lead = {
      company: '宁波博瑞模具有限公司',
      contactName: '周经理',
      phone: '13911112222',
      budget: 1_200_000,
      need: '想了解注塑机',
      submittedBy: '官网表单',
    };
    const deliver = (userId: string, card: Card) =>
      bot.dataSource.getRepository(ConsoleFeedItem).insert({ tenantId: 'demo', userId, kind: 'card', text: null, card, at: now });
    await deliver(
      'zhangwei',
      evidenceAskCard({
        fileName: '需求确认单.jpg',
        fileKind: 'image',
        deal: { customerName: '华信精密机械有限公司', title: '液压泵升级', stage: 'requirement' },
        otherDeals: true,
      }),
    );
    await deliver(
      'zhangwei',
      leadAssignmentCard({
        lead,
        score: 88,
        scoreText: '评分 88(地域 30/行业 25/预算 20/紧急 13)',
        reason: '评分 88;张伟当前待跟进 3 个,在浙江的 2 名销售中最少',
      }),
    );
    await deliver('zhangwei', aliasLearnedCard('华信机械', '华信精密机械有限公司'));
    await deliver(
      'liming',
      leadEscalationCard({
        lead,
        repName: '张伟',
        kind: 'not_accepted',
        assignedAt: now,
        limit: '4 个工作小时',
        timeZone: 'Asia/Shanghai',
      }),
    );
    await deliver(
      'liming',
      stageMovedCard({
        customerName: '华信精密机械有限公司',
        dealTitle: '液压泵升级',
        from: 'requirement',
        to: 'demo',
        actorName: '张伟',
        at: now,
        reason: null,
        timeZone: 'Asia/Shanghai',
      }),
    );

    const shots: Record<string, string> = {
      liming: 'briefing-manager friday-warning overdue-alert lead-escalation stage-moved',
      zhangwei:
        'help activity-receipt query-result stage-proposal ask-customer briefing-rep rep-nudge evidence-ask lead-assignment alias-learned',
      wangfang: 'duplicate-notice',
    };
    for (const [userId, kinds] of Object.entries(shots)) {
      await as(userId);
      for (const kind of kinds.split(' ')) {
        const card = cards(kind).last();
        await waitFor(card, `a ${kind} card for ${userId}`);
        await card.scrollIntoViewIfNeeded();
        await phone.screenshot({ path: join(RESULTS, `console-390-${kind}.png`) });
        // No label column: each value has the card's width, and nothing runs off the screen.
        const cardBox = (await card.boundingBox())!;
        for (const value of await card.getByTestId('card-field-value').all()) {
          expect((await value.boundingBox())!.width).toBeGreaterThan(cardBox.width * 0.8);
        }
        expect(await phone.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
      }
    }
    await phone.close();
    expect(pageErrors).toEqual([]);
  });
});
