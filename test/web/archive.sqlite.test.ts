import { describe, expect, it } from 'vitest';
import type { ArchiveView } from '../../src/web/archive-view';
import { useBot } from '../support/bot-under-test';
import { ConsoleClient } from '../support/console-client';
import { sqliteDatabase } from '../support/databases';

describe('客户档案 on the demo tenant', () => {
  const bot = useBot(sqliteDatabase);

  async function archiveAs(userId: string, customerId: string): Promise<ArchiveView> {
    const signIn = await fetch(`${bot.url}/console/pages?tenantId=demo&userId=${userId}&next=${encodeURIComponent('/w/demo/todos')}`, {
      redirect: 'manual',
    });
    const cookie = signIn.headers.getSetCookie()[0]!.split(';')[0]!;
    return (await (await fetch(`${bot.url}/w/demo/api/customers/${customerId}`, { headers: { cookie } })).json()) as ArchiveView;
  }

  it('tells the whole story: deal, decision chain, signals, promises, and a timeline with the card taps', async () => {
    const rep = await ConsoleClient.open(bot.url, 'zhangwei');
    await rep.send('华信刘工说预算要等财务批,我明天下午给他打电话确认');
    const receipt = await rep.nextCard('activity-receipt');
    expect(receipt.links).toEqual([{ label: '客户档案', url: '/w/demo/customers/cus_huaxin' }]);
    await rep.tap(receipt.id, 'undo');
    await rep.next((item) => item.card?.id === receipt.id && item.card.state !== 'open');

    const archive = await archiveAs('zhangwei', 'cus_huaxin');
    expect(archive.customer).toMatchObject({ name: '华信精密机械有限公司', owner: '张伟' });
    expect(archive.deals[0]).toMatchObject({ title: '液压泵升级', stage: '需求确认' });
    expect(archive.chain.missing).toEqual(['影响人']);
    expect(archive.contacts.map((c) => c.role)).toEqual(expect.arrayContaining(['使用人', '决策人']));
    expect(archive.signals.length).toBeGreaterThan(0);
    // Newest first: the undone receipt's tap is the latest entry, with its outcome.
    expect(archive.timeline[0]).toMatchObject({ who: '张伟', what: expect.stringContaining('卡片 · 已记录 · 华信') });
    expect(archive.timeline[0]!.text).toContain('已撤销');
    expect(archive.timeline.some((e) => e.what === '跟进' && e.text?.includes('老液压泵漏油严重'))).toBe(true);
    expect(archive.promises.every((p) => ['open', 'late', 'on-time', 'done-late', 'done'].includes(p.status))).toBe(true);

    // The manager sees his team's customer; nothing here of a customer that is not there.
    expect((await archiveAs('liming', 'cus_huaxin')).customer.name).toBe('华信精密机械有限公司');
    expect(await archiveAs('wangfang', 'cus_huaxin')).toEqual({ error: '没有找到', code: 'NOT_FOUND' });
  });
});
