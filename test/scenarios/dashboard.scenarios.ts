import { expect, it } from 'vitest';
import type { DashboardView } from '../../src/web/dashboard-view';
import type { DealsView } from '../../src/web/deals-view';
import { useBot } from '../support/bot-under-test';
import { ConsoleClient } from '../support/console-client';
import type { TestDatabaseFactory } from '../support/databases';

/** 团队看板 on the demo tenant: the heat map against the deals, its cells' drill-downs, and the briefing's links. */
export function dashboardScenarios(makeDatabase: TestDatabaseFactory): void {
  const bot = useBot(makeDatabase);

  async function signIn(userId: string): Promise<string> {
    const answer = await fetch(`${bot.url}/console/pages?tenantId=demo&userId=${userId}&next=${encodeURIComponent('/w/demo/todos')}`, {
      redirect: 'manual',
    });
    return answer.headers.getSetCookie()[0]!.split(';')[0]!;
  }
  const api = async <T>(cookie: string, path: string): Promise<T> =>
    (await (await fetch(`${bot.url}/w/demo/api/${path}`, { headers: { cookie } })).json()) as T;

  it('maps each rep × action of every stage, and a cell drills down to exactly the deals it counts', async () => {
    const cookie = await signIn('liming');
    const board = await api<DashboardView>(cookie, 'dashboard');
    const deals = await api<DealsView>(cookie, 'deals');
    expect(board.heat.map((s) => s.label)).toEqual(['初步接触', '需求确认', '方案演示', '商务谈判']);
    // The rules' required items, then the key action 按时跟进 (every default stage has a timer).
    expect(board.heat.find((s) => s.stage === 'negotiation')!.actions).toEqual(['报价及竞品', '价格敏感度', '客户确认函', '按时跟进']);

    for (const stage of board.heat) {
      for (const row of stage.rows) {
        const inStage = deals.deals.filter((d) => d.owner === row.rep && d.stage === stage.label).length;
        for (const [action, cell] of row.cells.entries()) {
          if (inStage === 0) {
            expect(cell).toBeNull();
            continue;
          }
          expect(cell!.of).toBe(inStage);
          const drill = (await api<DashboardView>(cookie, `dashboard?cell=${row.repId}~${stage.stage}~${action}`)).drill!;
          expect(drill.label).toBe(`${row.rep} · ${stage.label} · ${stage.actions[action]}`);
          expect(drill.deals).toHaveLength(cell!.of);
          expect(drill.deals.filter((d) => d.done).length).toBe(cell!.done);
        }
      }
    }
  });

  it('answers a cell of someone the member may not see with no drill-down, and keeps a rep to their own row', async () => {
    const rep = await signIn('zhangwei');
    const board = await api<DashboardView>(rep, 'dashboard?cell=wangfang~contact~0');
    expect(board.drill).toBeNull();
    expect(new Set(board.heat.flatMap((s) => s.rows.map((r) => r.rep)))).toEqual(new Set(['张伟']));
  });

  it("links every number of the manager's briefing to its records, the same records the briefing counted", async () => {
    const manager = await ConsoleClient.open(bot.url, 'liming');
    expect((await manager.post('/console/api/jobs/manager-briefing/run', { tenantId: 'demo' })).status).toBe(200);
    const briefing = await manager.nextCard('briefing-manager');
    const cookie = await signIn('liming');
    const drillOf = async (label: string) => {
      const link = briefing.links.find((l) => l.label === label);
      expect(link, label).toBeDefined();
      const url = new URL(link!.url, bot.url);
      return (await api<DashboardView>(cookie, `dashboard${url.search}`)).drill!;
    };
    expect(briefing.links[0]).toEqual({ label: '团队看板', url: '/w/demo/dashboard' });
    expect(briefing.links.map((l) => new URL(l.url, bot.url).searchParams.get('drill'))).toEqual([
      null,
      'leads',
      'overdue',
      'health',
      'activation',
      'advance',
      'closure',
      'risky',
    ]);

    const field = (label: string) => briefing.fields.find((f) => f.label === label)!.value;
    // The page's numbers are the card's: the index and the three rates, read for the manager's people only.
    const board = await api<DashboardView>(cookie, 'dashboard');
    expect(field('本周过程健康度')).toMatch(new RegExp(`^${Math.round(board.index.value * 100)} 分`));
    const percent = (value: number | null) => (value === null ? '—' : `${Math.round(value * 100)}%`);
    expect(field('过程指标')).toBe(board.rates.map((r) => `${r.label} ${percent(r.value)}`).join(' · '));
    expect((await drillOf('逾期商机')).deals).toHaveLength(Number(/^(\d+) 个/.exec(field('逾期商机'))![1]));
    expect((await drillOf('昨日新增优质线索')).leads).toHaveLength(Number(/^(\d+) 个/.exec(field('昨日新增优质线索'))![1]));
    const risky = await drillOf('风险商机 top 5');
    expect(risky.deals.map((d) => d.customer).join('、')).toBe(field('风险商机 top 5').replace(/\(沉默\d+天\)/g, ''));
    // Every other link opens its page of records (a number nobody missed lists none).
    for (const label of ['本周过程健康度', '线索激活率', '阶段跃迁率', '动作闭环率']) {
      expect((await drillOf(label)).label).toBe(label.replace('本周', ''));
    }
  });
}
