import { describe, expect, it } from 'vitest';
import { loadWecomConfig } from '../../bots/wecom/wecom-config';
import { ConfigError } from '../../src/config';

const SINGLE = {
  WECOM_CORP_ID: 'ww0123456789abcdef',
  WECOM_AGENT_ID: '1000002',
  WECOM_SECRET: 's3cret',
  WECOM_TOKEN: 'QDG6eK',
  WECOM_AES_KEY: 'jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C',
};

describe('WeCom configuration', () => {
  it('reads one corp from the WECOM_* variables, with the public API base by default', () => {
    expect(loadWecomConfig(SINGLE)).toMatchObject({
      apiBase: 'https://qyapi.weixin.qq.com',
      corps: [{ corpId: 'ww0123456789abcdef', agentId: 1000002, token: 'QDG6eK', tenantId: undefined }],
    });
    expect(loadWecomConfig({ ...SINGLE, WECOM_API_BASE: 'https://proxy.example.com/wecom/' }).apiBase).toBe(
      'https://proxy.example.com/wecom',
    );
  });

  it.each([
    ['WECOM_AES_KEY', { ...SINGLE, WECOM_AES_KEY: 'too-short' }, '43'],
    ['WECOM_AGENT_ID', { ...SINGLE, WECOM_AGENT_ID: 'abc' }, 'number'],
    ['WECOM_SECRET', { ...SINGLE, WECOM_SECRET: undefined }, 'is not set'],
    ['WECOM_API_BASE', { ...SINGLE, WECOM_API_BASE: 'not a url' }, 'URL'],
  ])('names the bad variable %s', (variable, env, message) => {
    expect(() => loadWecomConfig(env)).toThrow(ConfigError);
    expect(() => loadWecomConfig(env)).toThrow(new RegExp(`  ${variable}: [^\\n]*${message}`));
  });

  it('reads several corps from WECOM_CORPS_FILE, each with its tenant', () => {
    const file = JSON.stringify({
      corps: [
        { corpId: 'wwaaa', agentId: 1, secret: 'a', token: 'tokA', aesKey: SINGLE.WECOM_AES_KEY, tenantId: 'acme' },
        { corpId: 'wwbbb', agentId: 2, secret: 'b', token: 'tokB', aesKey: SINGLE.WECOM_AES_KEY },
      ],
    });
    const config = loadWecomConfig({ WECOM_CORPS_FILE: '/etc/corps.json' }, () => file);
    expect(config.corps.map((c) => [c.corpId, c.tenantId])).toEqual([
      ['wwaaa', 'acme'],
      ['wwbbb', undefined],
    ]);
  });

  it('names the file and the entry when the corps file is wrong', () => {
    const file = JSON.stringify({ corps: [{ corpId: 'wwaaa', agentId: 1, secret: 'a', token: 'tokA', aesKey: 'short' }] });
    expect(() => loadWecomConfig({ WECOM_CORPS_FILE: '/etc/corps.json' }, () => file)).toThrow(
      /WECOM_CORPS_FILE \/etc\/corps.json: corps.0.aesKey/,
    );
    expect(() => loadWecomConfig({ WECOM_CORPS_FILE: '/etc/corps.json' }, () => '{')).toThrow(/WECOM_CORPS_FILE: cannot read/);
  });
});
