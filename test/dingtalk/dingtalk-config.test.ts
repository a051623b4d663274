import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_CARD_TEMPLATE_ID } from '../../bots/dingtalk/card-render';
import { loadDingtalkConfig } from '../../bots/dingtalk/dingtalk-config';

const one = { DINGTALK_CLIENT_ID: 'dingabc', DINGTALK_CLIENT_SECRET: 's', DINGTALK_CARD_TEMPLATE_ID: 'tpl.schema' };

describe('DingTalk configuration from the environment', () => {
  it('defaults the robot code to the client id and the URLs to the public DingTalk', () => {
    expect(loadDingtalkConfig(one)).toEqual({
      apps: [{ clientId: 'dingabc', clientSecret: 's', robotCode: 'dingabc', cardTemplateId: 'tpl.schema' }],
      gatewayUrl: 'https://api.dingtalk.com/v1.0/gateway/connections/open',
      apiBase: 'https://api.dingtalk.com',
      oapiBase: 'https://oapi.dingtalk.com',
    });
  });

  it('uses DingTalk’s built-in MarkdownButton template when no template of ours is set', () => {
    const { DINGTALK_CARD_TEMPLATE_ID: _, ...withoutTemplate } = one;
    expect(loadDingtalkConfig(withoutTemplate).apps[0]!.cardTemplateId).toBe(BUILTIN_CARD_TEMPLATE_ID);
    expect(BUILTIN_CARD_TEMPLATE_ID).toBe('1366a1eb-bc54-4859-ac88-517c56a9acb1.schema');
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
    expect(() => loadDingtalkConfig({ DINGTALK_CLIENT_ID: 'dingabc' })).toThrow(/DINGTALK_CLIENT_SECRET: required/);
    expect(() => loadDingtalkConfig({ ...one, DINGTALK_API_BASE: 'not a url' })).toThrow(/DINGTALK_API_BASE/);
  });

  it('reads several apps, each for a tenant, from DINGTALK_APPS_FILE and names a bad entry', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dingtalk-apps-'));
    const good = join(dir, 'apps.json');
    writeFileSync(
      good,
      JSON.stringify([
        { clientId: 'a1', clientSecret: 's1', cardTemplateId: 't', tenantId: 'acme' },
        { clientId: 'a2', clientSecret: 's2', robotCode: 'r2', tenantId: 'beta' },
      ]),
    );
    const apps = loadDingtalkConfig({ DINGTALK_APPS_FILE: good }).apps;
    expect(apps.map((app) => [app.clientId, app.robotCode, app.tenantId, app.cardTemplateId])).toEqual([
      ['a1', 'a1', 'acme', 't'],
      ['a2', 'r2', 'beta', BUILTIN_CARD_TEMPLATE_ID],
    ]);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify([{ clientId: 'a1', cardTemplateId: 't' }]));
    expect(() => loadDingtalkConfig({ DINGTALK_APPS_FILE: bad })).toThrow(/DINGTALK_APPS_FILE .* at \[0\.clientSecret\]/);
  });
});
