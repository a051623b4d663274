import type { PlatformFactory } from '../../src/pipeline/platform';
import { ConsoleFeed } from './console-feed';
import { consoleRouter } from './console-routes';

/** The local console: the page and JSON API in, a feed table out. */
export const consolePlatform: PlatformFactory = ({ dataSource, clock, jobs, onInbound }) => {
  const feed = new ConsoleFeed(dataSource);
  return { name: 'console', routers: [consoleRouter({ dataSource, feed, clock, jobs, onInbound })], channel: feed };
};
