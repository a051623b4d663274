import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { leaveMember } from '../flows/member-leave';
import { openDatabase } from '../store/data-source';
import { User } from '../store/entities';
import { inTransaction } from '../store/transaction';
import { runCli } from './run-cli';

// `npm run member:leave -- --tenant T --member X`: the admin marks a member (by 编号 or name) as left;
// their manager (else the admins) gets the handover card, and the running bot sends it.

const USAGE = '用法: npm run member:leave -- --tenant 租户编号 --member 成员编号或姓名';

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ options: { tenant: { type: 'string' }, member: { type: 'string' } } }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { tenant: tenantId, member } = values;
  if (!tenantId || !member) {
    console.error(USAGE);
    return 2;
  }
  const dataSource = await openDatabase(loadConfig().databaseUrl);
  try {
    return await inTransaction(dataSource, async (em) => {
      const byId = await em.findOneBy(User, { tenantId, id: member });
      const named = byId ? [byId] : await em.findBy(User, { tenantId, name: member });
      if (named.length !== 1) {
        console.error(
          named.length === 0 ? `租户「${tenantId}」没有成员「${member}」` : `有 ${named.length} 位成员叫「${member}」,请写成员编号`,
        );
        return 2;
      }
      const leaver = named[0]!;
      if (leaver.leftAt) {
        console.log(`${leaver.name} 已于 ${leaver.leftAt.toISOString()} 标记为离开,未作改动。`);
        return 0;
      }
      await leaveMember(em, leaver, new Date());
      console.log(`已将 ${leaver.name} 标记为离开;交接卡片已发给其经理(没有经理时发给管理员)。`);
      return 0;
    });
  } finally {
    await dataSource.destroy();
  }
}

runCli(main);
