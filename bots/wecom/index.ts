import type { PlatformFactory } from '../../src/pipeline/platform';
import { WecomApiClient } from './api-client';
import { wecomCallbackRouter } from './callback-routes';
import { CorpDirectory } from './corp-directory';
import { wecomPageSignIn } from './page-sign-in';
import { SharedMemberBudget } from './shared-budget';
import { WecomChannel } from './wecom-channel';
import { loadWecomConfig } from './wecom-config';

/** WeCom (企业微信) self-built apps: encrypted XML callbacks in, template cards out through the server API. */
export const wecomPlatform: PlatformFactory = ({ dataSource, clock, env, onInbound, publicBaseUrl }) => {
  const config = loadWecomConfig(env);
  const directory = new CorpDirectory(dataSource, config.corps);
  const api = new WecomApiClient({ apiBase: config.apiBase, timeoutMs: config.requestTimeoutMs, clock });
  return {
    name: 'wecom',
    routers: [wecomCallbackRouter({ dataSource, clock, directory, onInbound })],
    channel: new WecomChannel({ dataSource, clock, directory, api, budget: new SharedMemberBudget(dataSource), publicBaseUrl }),
    pageSignIn: wecomPageSignIn(directory, api),
    // How many corps, not which: /healthz is open to anyone who reaches the port.
    health: () => ({ ok: true, corps: config.corps.length }),
  };
};
