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
      maxUnderstoodChars: 2000,
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
    ['MAX_UNDERSTOOD_CHARS', { MAX_UNDERSTOOD_CHARS: '50' }],
  ])('refuses a bad %s with a message naming it', (name, env) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(name);
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

  it('treats an empty variable as unset and de-duplicates platforms', () => {
    expect(loadConfig({ PORT: '', PLATFORMS: 'console, console' })).toMatchObject({ port: 3000, platforms: ['console'] });
  });
});
