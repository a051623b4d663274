import { describe, expect, it } from 'vitest';
import { Customer } from '../../src/store/entities';
import { useBot } from '../support/bot-under-test';
import { sqliteDatabase } from '../support/databases';

const NEW_CUSTOMER = '客户名称,负责人,区域,行业\n青松精密机械有限公司,张伟,苏州,机械\n';
const BAD_OWNER = '客户名称,负责人\n远山包装有限公司,李四\n';

describe('导入 on the workspace: the admin uploads a workbook on the real server', () => {
  const bot = useBot(sqliteDatabase);

  async function cookieOf(userId: string): Promise<string> {
    const signIn = await fetch(`${bot.url}/console/pages?tenantId=demo&userId=${userId}&next=${encodeURIComponent('/w/demo/todos')}`, {
      redirect: 'manual',
    });
    return signIn.headers.getSetCookie()[0]!.split(';')[0]!;
  }

  function upload(cookie: string, csv: string, mode: 'dry-run' | 'apply', name = '客户.csv'): Promise<Response> {
    const form = new FormData();
    form.set('file', new File([csv], name, { type: 'text/csv' }));
    form.set('mode', mode);
    return fetch(`${bot.url}/w/demo/admin/import`, { method: 'POST', headers: { cookie }, body: form });
  }
  const customers = () => bot.dataSource.getRepository(Customer).countBy({ tenantId: 'demo' });

  it('answers 404 to a rep and a manager, and writes nothing for them', async () => {
    const before = await customers();
    for (const userId of ['zhangwei', 'liming']) {
      const cookie = await cookieOf(userId);
      expect((await fetch(`${bot.url}/w/demo/admin/import`, { headers: { cookie } })).status).toBe(404);
      expect((await fetch(`${bot.url}/w/demo/admin/import/template.xlsx`, { headers: { cookie } })).status).toBe(404);
      expect((await upload(cookie, NEW_CUSTOMER, 'apply')).status).toBe(404);
    }
    expect((await fetch(`${bot.url}/w/demo/admin/import`, { method: 'POST' })).status).toBe(401);
    expect(await customers()).toBe(before);
  });

  it('gives the admin the form and the template workbook', async () => {
    const cookie = await cookieOf('admin');
    const page = await fetch(`${bot.url}/w/demo/admin/import`, { headers: { cookie } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('enctype="multipart/form-data"');
    const template = await fetch(`${bot.url}/w/demo/admin/import/template.xlsx`, { headers: { cookie } });
    expect(template.headers.get('content-type')).toContain('spreadsheetml');
    expect(
      Buffer.from(await template.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
  });

  it('previews without writing, then imports, and a second import changes nothing', async () => {
    const cookie = await cookieOf('admin');
    const before = await customers();
    const preview = await upload(cookie, NEW_CUSTOMER, 'dry-run');
    expect(preview.status).toBe(200);
    const previewText = await preview.text();
    expect(previewText).toContain('没有问题,导入将会');
    expect(previewText).toMatch(/<b>客户<\/b> 新增 1/);
    expect(await customers()).toBe(before);

    const applied = await upload(cookie, NEW_CUSTOMER, 'apply');
    expect(await applied.text()).toContain('已导入');
    expect(await customers()).toBe(before + 1);
    expect(await upload(cookie, NEW_CUSTOMER, 'apply').then((r) => r.text())).toMatch(/<b>客户<\/b> 新增 0,更新 0,未变 \d+/);
    expect(await customers()).toBe(before + 1);
  });

  it('refuses a file with problems whole, lists them, and offers the report workbook', async () => {
    const cookie = await cookieOf('admin');
    const before = await customers();
    const refused = await upload(cookie, BAD_OWNER, 'apply');
    expect(refused.status).toBe(422);
    const text = await refused.text();
    expect(text).toContain('李四');
    const report = /href="data:[^;]+;base64,([^"]+)" download="导入报告.xlsx"/.exec(text)?.[1];
    expect(Buffer.from(report!, 'base64').subarray(0, 2).toString()).toBe('PK');
    expect(await customers()).toBe(before);
    expect((await upload(cookie, 'x', 'dry-run', 'notes.txt')).status).toBe(400);
  });
});
