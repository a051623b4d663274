import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDingtalkConfig } from '../../bots/dingtalk/dingtalk-config';

const one = { DINGTALK_CLIENT_ID: 'dingabc', DINGTALK_CLIENT_SECRET: 's', DINGTALK_CARD_TEMPLATE_ID: 'tpl.schema' };

describe('DingTalk configuration from the environment', () => {
  it('defaults the robot code to the client id and the URLs to the public DingTalk', () => {
    expect(loadDingtalkConfig(one)).toEqual({
      apps: [{ clientId: 'dingabc', clientSecret: 's', robotCode: 'dingabc', cardTemplateId: 'tpl.schema' }],
      gatewayUrl: 'https://api.dingtalk.com/v1.0/gateway/connections/open',
      apiBase: 'https://api.dingtalk.com',
    });
  });

  it('takes private-deployment URLs', () => {
    const config = loadDingtalkConfig({
      ...one,
      DINGTALK_API_BASE: 'https://ding.corp.example/',
      DINGTALK_GATEWAY_URL: 'https://ding.corp.example/gw',
    });
    expect(config.apiBase).toBe('https://ding.corp.example');
    expect(config.gatewayUrl).toBe('https://ding.corp.example/gw');
  });

  it('names the missing or bad variable', () => {
    expect(() => loadDingtalkConfig({ DINGTALK_CLIENT_ID: 'dingabc' })).toThrow(/DINGTALK_CLIENT_SECRET.*\n.*DINGTALK_CARD_TEMPLATE_ID/);
    expect(() => loadDingtalkConfig({ ...one, DINGTALK_API_BASE: 'not a url' })).toThrow(/DINGTALK_API_BASE/);
  });

  it('reads several apps, each for a tenant, from DINGTALK_APPS_FILE and names a bad entry', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dingtalk-apps-'));
    const good = join(dir, 'apps.json');
    writeFileSync(
      good,
      JSON.stringify([
        { clientId: 'a1', clientSecret: 's1', cardTemplateId: 't', tenantId: 'acme' },
        { clientId: 'a2', clientSecret: 's2', cardTemplateId: 't', robotCode: 'r2', tenantId: 'beta' },
      ]),
    );
    expect(loadDingtalkConfig({ DINGTALK_APPS_FILE: good }).apps.map((app) => [app.clientId, app.robotCode, app.tenantId])).toEqual([
      ['a1', 'a1', 'acme'],
      ['a2', 'r2', 'beta'],
    ]);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify([{ clientId: 'a1', cardTemplateId: 't' }]));
    expect(() => loadDingtalkConfig({ DINGTALK_APPS_FILE: bad })).toThrow(/DINGTALK_APPS_FILE .* at \[0\.clientSecret\]/);
  });
});
