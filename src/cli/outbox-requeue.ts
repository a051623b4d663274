import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { requeueDead } from '../pipeline/outbox-requeue';
import { openDatabase } from '../store/data-source';

// `npm run outbox:requeue -- [--platform P] [--tenant T] [--id N]`: puts dead outbox rows back in the
// queue; a running bot sends them at its next pass.

const USAGE = '用法: npm run outbox:requeue -- [--platform wecom|dingtalk|console] [--tenant 租户ID] [--id 消息ID]';

async function main(): Promise<number> {
  let options;
  try {
    ({ values: options } = parseArgs({
      options: { platform: { type: 'string' }, tenant: { type: 'string' }, id: { type: 'string' } },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const id = options.id === undefined ? undefined : Number(options.id);
  if (id !== undefined && !Number.isInteger(id)) {
    console.error(`--id 应为整数: ${options.id}\n${USAGE}`);
    return 2;
  }
  const dataSource = await openDatabase(loadConfig().databaseUrl);
  try {
    const rows = await requeueDead(dataSource, { platform: options.platform, tenantId: options.tenant, id }, new Date());
    if (rows.length === 0) {
      console.log('没有符合条件的失败消息,未重新排队任何消息。');
      return 0;
    }
    console.log(`已重新排队 ${rows.length} 条失败消息:`);
    for (const row of rows) {
      console.log(`  #${row.id} ${row.platform} 租户 ${row.tenantId} → ${row.recipientId},上次失败: ${row.lastError ?? '无记录'}`);
    }
    return 0;
  } finally {
    await dataSource.destroy();
  }
}

process.exitCode = await main();
