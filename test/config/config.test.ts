import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config';

describe('configuration from the environment', () => {
  it('runs on the embedded defaults with nothing set', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      databaseUrl: 'sqlite:./data/salesbot.sqlite',
      port: 3000,
      platforms: ['console'],
      businessTimeZone: 'Asia/Shanghai',
      llm: null,
      seedDemoTenant: true,
      overdueScanCron: '*/10 * * * *',
      outboxRetryWindowMs: 48 * 3_600_000,
      platformDegradedAfterMs: 300_000,
      metricsToken: null,
      maxUnderstoodChars: 2000,
      workerConcurrency: 16,
    });
  });

  it.each([
    ['PORT', { PORT: 'eighty' }],
    ['PLATFORMS', { PLATFORMS: 'console,wechat' }],
    ['DATABASE_URL', { DATABASE_URL: 'postgres://localhost/x' }],
    ['BUSINESS_TZ', { BUSINESS_TZ: 'Mars/Olympus' }],
    ['LLM_BASE_URL', { LLM_BASE_URL: 'not a url', LLM_MODEL: 'qwen-plus' }],
    ['LLM_TIMEOUT_MS', { LLM_TIMEOUT_MS: '-5' }],
    ['OVERDUE_SCAN_CRON', { OVERDUE_SCAN_CRON: 'every ten minutes' }],
    ['OUTBOX_RETRY_HOURS', { OUTBOX_RETRY_HOURS: '12' }],
    ['PLATFORM_DEGRADED_AFTER_MS', { PLATFORM_DEGRADED_AFTER_MS: 'five minutes' }],
    ['METRICS_TOKEN', { METRICS_TOKEN: 'short' }],
    ['MAX_UNDERSTOOD_CHARS', { MAX_UNDERSTOOD_CHARS: '50' }],
    ['WORKER_CONCURRENCY', { WORKER_CONCURRENCY: '0' }],
    ['DATABASE_POOL_SIZE', { DATABASE_POOL_SIZE: '1' }],
    ['PUBLIC_BASE_URL', { PUBLIC_BASE_URL: 'crm.example.com' }],
  ])('refuses a bad %s with a message naming it', (name, env) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(name);
  });

  it('reads the outbox retry window in hours, the degraded threshold and the metrics token', () => {
    expect(loadConfig({ OUTBOX_RETRY_HOURS: '72', PLATFORM_DEGRADED_AFTER_MS: '60000', METRICS_TOKEN: 'metrics-token-123' })).toMatchObject(
      { outboxRetryWindowMs: 72 * 3_600_000, platformDegradedAfterMs: 60_000, metricsToken: 'metrics-token-123' },
    );
  });

  it('reads DATABASE_POOL_SIZE; unset, the store chooses', () => {
    expect(loadConfig({ DATABASE_POOL_SIZE: '12' }).databasePoolSize).toBe(12);
    expect(loadConfig({}).databasePoolSize).toBeUndefined();
  });

  it('reads PUBLIC_BASE_URL as an origin without a trailing slash; unset, cards carry no page links', () => {
    expect(loadConfig({ PUBLIC_BASE_URL: 'https://crm.example.com/' }).publicBaseUrl).toBe('https://crm.example.com');
    expect(loadConfig({}).publicBaseUrl).toBeNull();
  });

  it('switches the LLM on only when a model is named', () => {
    expect(loadConfig({ LLM_BASE_URL: 'https://api.deepseek.com/v1', LLM_API_KEY: 'sk-x' }).llm).toBeNull();
    expect(loadConfig({ LLM_BASE_URL: 'https://api.deepseek.com/v1', LLM_MODEL: 'deepseek-chat' }).llm).toMatchObject({
      baseUrl: 'https://api.deepseek.com/v1',
      model: 'deepseek-chat',
      timeoutMs: 8000,
      maxConcurrency: 4,
    });
  });

  it('refuses an open console beside a real messenger: CONSOLE_TOKEN is required there', () => {
    expect(() => loadConfig({ PLATFORMS: 'console,wecom' })).toThrow(/CONSOLE_TOKEN: required when the console runs beside wecom/);
    expect(() => loadConfig({ PLATFORMS: 'console,dingtalk', CONSOLE_TOKEN: 'short' })).toThrow(/CONSOLE_TOKEN: at least 12/);
    expect(loadConfig({ PLATFORMS: 'console,dingtalk', CONSOLE_TOKEN: 'a-long-enough-token' }).platforms).toEqual(['console', 'dingtalk']);
    expect(loadConfig({ PLATFORMS: 'wecom' }).platforms).toEqual(['wecom']);
  });

  it('runs both roles by default; splits them only on MySQL, where two processes can share the database', () => {
    expect(loadConfig({}).role).toBe('all');
    expect(loadConfig({ BOT_ROLE: 'worker', DATABASE_URL: 'mysql://root@db:3306/sales' }).role).toBe('worker');
    expect(() => loadConfig({ BOT_ROLE: 'web' })).toThrow(/BOT_ROLE: web needs a second instance .*SQLite serves one process only/);
    expect(() => loadConfig({ BOT_ROLE: 'both', DATABASE_URL: 'mysql://root@db:3306/sales' })).toThrow(/BOT_ROLE/);
  });

  it('reads TRUST_PROXY as a list of proxies, trusts none by default, and names a malformed entry', () => {
    expect(loadConfig({}).trustedProxies).toEqual([]);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).trustedProxies).toEqual(['loopback', '10.0.0.0/8']);
    expect(() => loadConfig({ TRUST_PROXY: '10.0.0.0/99' })).toThrow(/TRUST_PROXY: .*10\.0\.0\.0\/99/);
  });

  it('treats an empty variable as unset and de-duplicates platforms', () => {
    expect(loadConfig({ PORT: '', PLATFORMS: 'console, console' })).toMatchObject({ port: 3000, platforms: ['console'] });
  });
});
