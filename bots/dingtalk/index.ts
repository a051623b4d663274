import type { PlatformFactory } from '../../src/pipeline/platform';
import { DingtalkApi } from './api-client';
import { AppDirectory } from './app-directory';
import { DingtalkChannel } from './dingtalk-channel';
import { dingtalkDirectorySource } from './directory-source';
import { loadDingtalkConfig } from './dingtalk-config';
import { FrameReceiver } from './frame-receiver';
import { dingtalkPageSignIn } from './page-sign-in';
import { StreamClient } from './stream-client';

/** A stream may be down this long (a gateway rotation, a short outage) before /healthz says so. */
const HEALTH_GRACE_MS = 60_000;

/** DingTalk: one Stream connection per app in, the OpenAPI out; no HTTP routes needed. */
export const dingtalkPlatform: PlatformFactory = ({ clock, env, onInbound, inbox, tenants, cards, publicBaseUrl }) => {
  const config = loadDingtalkConfig(env);
  const directory = new AppDirectory(tenants, config.apps);
  const hosts = { apiBase: config.apiBase, oapiBase: config.oapiBase };
  const apis = new Map(config.apps.map((app) => [app.clientId, new DingtalkApi(app, hosts, clock)]));
  const apiFor = (tenantId: string) => {
    const app = directory.appForTenant(tenantId);
    return (app && apis.get(app.clientId)) ?? null;
  };
  const receiver = new FrameReceiver({ inbox, cards, clock, directory, onInbound });
  const streams = config.apps.map((app) => {
    const stream = new StreamClient({ app, gatewayUrl: config.gatewayUrl, clock });
    receiver.attach(stream, app);
    return stream;
  });
  return {
    name: 'dingtalk',
    accountName: '钉钉用户',
    routers: [],
    channel: new DingtalkChannel(apiFor, publicBaseUrl),
    pageSignIn: dingtalkPageSignIn(directory, apiFor),
    directory: dingtalkDirectorySource(directory, apiFor),
    async start() {
      for (const stream of streams) stream.start();
    },
    async stop() {
      for (const stream of streams) stream.stop();
    },
    health() {
      return { ok: streams.every((stream) => stream.downForMs() < HEALTH_GRACE_MS), streams: streams.map((stream) => stream.health()) };
    },
  };
};
