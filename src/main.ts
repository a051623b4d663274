import { existsSync } from 'node:fs';
import { startBot } from './bot';
import { ConfigError, loadConfig } from './config';
import { log } from './log';

// A .env file beside package.json is read if present; real environment variables win.
if (existsSync('.env')) process.loadEnvFile('.env');

try {
  const bot = await startBot(loadConfig(), { warmRules: true });
  console.log(`销售助手已启动: ${bot.url}/console`);
  if (bot.demoLeadApiKey) {
    console.log(`演示租户的线索接口密钥(只显示这一次,请保存): ${bot.demoLeadApiKey}`);
    console.log(
      `  试一下: curl -X POST ${bot.url}/api/leads -H 'Authorization: Bearer ${bot.demoLeadApiKey}' -H 'Content-Type: application/json' -d '{"company":"宁波博瑞模具有限公司","contactName":"周经理","budget":300000,"note":"想了解注塑机"}'`,
    );
  }
  const shutdown = (signal: string) => {
    log.info({ signal }, 'shutting down');
    bot.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(2);
  }
  const { code, port } = error as { code?: string; port?: number };
  if (code === 'EADDRINUSE') {
    console.error(`端口 ${port ?? ''} 已被占用:请先停掉占用它的程序,或设置 PORT=其他端口 后再启动 (port in use)`);
    process.exit(2);
  }
  throw error;
}
