import type { PlatformFactory } from '../../src/pipeline/platform';
import { WecomApiClient } from './api-client';
import { CALLBACK_PATH, wecomCallbackRouter } from './callback-routes';
import { CorpDirectory } from './corp-directory';
import { wecomDirectorySource } from './directory-source';
import { wecomPageSignIn } from './page-sign-in';
import { SharedMemberBudget } from './shared-budget';
import { WecomChannel } from './wecom-channel';
import { loadWecomConfig } from './wecom-config';

/** WeCom (企业微信) self-built apps: encrypted XML callbacks in, template cards out through the server API. */
export const wecomPlatform: PlatformFactory = ({ clock, env, onInbound, inbox, tenants, cards, sharedStates, publicBaseUrl }) => {
  const config = loadWecomConfig(env);
  const directory = new CorpDirectory(tenants, config.corps);
  const api = new WecomApiClient({ apiBase: config.apiBase, timeoutMs: config.requestTimeoutMs, clock });
  return {
    name: 'wecom',
    accountName: '企业微信账号',
    rawBodyPaths: [CALLBACK_PATH],
    routers: [wecomCallbackRouter({ inbox, clock, directory, onInbound })],
    channel: new WecomChannel({ clock, cards, directory, api, budget: new SharedMemberBudget(sharedStates), publicBaseUrl }),
    pageSignIn: wecomPageSignIn(directory, api),
    directory: wecomDirectorySource(directory, api),
    // How many corps, not which: /healthz is open to anyone who reaches the port.
    health: () => ({ ok: true, corps: config.corps.length }),
  };
};
