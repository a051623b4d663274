import type { PlatformFactory } from '../../src/pipeline/platform';
import { DingtalkApi } from './api-client';
import { AppDirectory } from './app-directory';
import { DingtalkChannel } from './dingtalk-channel';
import { loadDingtalkConfig } from './dingtalk-config';
import { FrameReceiver } from './frame-receiver';
import { StreamClient } from './stream-client';

/** A stream may be down this long (a gateway rotation, a short outage) before /healthz says so. */
const HEALTH_GRACE_MS = 60_000;

/** DingTalk: one Stream connection per app in, the OpenAPI out; no HTTP routes needed. */
export const dingtalkPlatform: PlatformFactory = ({ dataSource, clock, env, onInbound }) => {
  const config = loadDingtalkConfig(env);
  const directory = new AppDirectory(dataSource, config.apps);
  const apis = new Map(config.apps.map((app) => [app.clientId, new DingtalkApi(app, config.apiBase, clock)]));
  const receiver = new FrameReceiver({ dataSource, clock, directory, onInbound });
  const streams = config.apps.map((app) => {
    const stream = new StreamClient({ app, gatewayUrl: config.gatewayUrl, clock });
    receiver.attach(stream, app);
    return stream;
  });
  return {
    name: 'dingtalk',
    routers: [],
    channel: new DingtalkChannel(directory, apis),
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
