import { In, IsNull } from 'typeorm';
import { openDatabase } from './src/store/data-source';
import { Contact, Deal, LeadAssignment } from './src/store/entities';
const ds = await openDatabase('mysql://root@localhost/test?socketPath=/run/mysqld/mysqld.sock');
const N = 3000;
const best = new Map<string, number>();
async function time(label: string, fn: () => Promise<unknown>) {
  for (let i = 0; i < 200; i++) await fn();
  const c0 = process.cpuUsage();
  let left = N;
  await Promise.all(Array.from({ length: 8 }, async () => { while (left-- > 0) await fn(); }));
  const c = process.cpuUsage(c0);
  const us = (c.user + c.system) / N;
  best.set(label, Math.min(best.get(label) ?? Infinity, us));
}
const [sql, params] = ds.manager.createQueryBuilder(Deal, 'd').where({ tenantId: 't', customerId: 'c' }).getQueryAndParameters();
const ops: [string, () => Promise<unknown>][] = [
  ['raw SELECT 1', () => ds.query('SELECT 1')],
  ['raw deal select', () => ds.query(sql, params)],
  ['em.find Deal', () => ds.manager.find(Deal, { where: { tenantId: 't', customerId: 'c' } })],
  ['em.findBy Deal', () => ds.manager.findBy(Deal, { tenantId: 't', customerId: 'c' })],
  ['findOneBy LeadAssignment IsNull', () => ds.manager.findOneBy(LeadAssignment, { tenantId: 't', customerId: 'c', repId: 'r', returnedAt: IsNull() })],
  ['find Contact In', () => ds.manager.find(Contact, { where: { tenantId: 't', customerId: 'c', name: In(['王总']) } })],
  ['em.update Deal', () => ds.manager.update(Deal, { tenantId: 't', id: 'x' }, { lastActivityAt: new Date(), amount: 5, followUpFlaggedAt: null, updatedAt: new Date() })],
  ['raw update', () => ds.query('UPDATE `deals` SET `lastActivityAt` = ?, `amount` = ?, `followUpFlaggedAt` = NULL, `updatedAt` = ? WHERE `tenantId` = ? AND `id` = ?', [new Date(), 5, new Date(), 't', 'x'])],
];
for (let round = 0; round < 3; round++) for (const [l, f] of ops) await time(l, f);
for (const [l, us] of best) console.log(l.padEnd(36), us.toFixed(0), 'µs');
await ds.destroy();
