import { openDatabase } from './src/store/data-source';
import { Deal } from './src/store/entities';
const ds = await openDatabase('mysql://root@localhost/test?socketPath=/run/mysqld/mysqld.sock');
const N = 5000;
async function time(label: string, fn: () => Promise<unknown>) {
  for (let i = 0; i < 300; i++) await fn();
  const c0 = process.cpuUsage(); const t0 = performance.now();
  let left = N;
  await Promise.all(Array.from({ length: 8 }, async () => { while (left-- > 0) await fn(); }));
  const c = process.cpuUsage(c0);
  console.log(label.padEnd(30), 'wall µs', ((performance.now() - t0) * 1000 / N).toFixed(0), 'cpu µs', ((c.user + c.system) / N).toFixed(0));
}
await time('em.find Deal', () => ds.manager.find(Deal, { where: { tenantId: 't', customerId: 'c' } }));
await time('em.findOneBy Deal', () => ds.manager.findOneBy(Deal, { tenantId: 't', customerId: 'c' }));
const [sql, params] = ds.manager.createQueryBuilder(Deal, 'd').where({ tenantId: 't', customerId: 'c' }).getQueryAndParameters();
console.log(sql);
await time('ds.query same sql', () => ds.query(sql, params));
await time('ds.query SELECT 1', () => ds.query('SELECT 1'));
await time('em.update Deal', () => ds.manager.update(Deal, { tenantId: 't', id: 'x' }, { lastActivityAt: new Date(), amount: 5, followUpFlaggedAt: null, updatedAt: new Date() }));
await ds.destroy();
