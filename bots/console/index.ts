import type { PlatformFactory } from '../../src/pipeline/platform';
import { consoleGuard } from './console-auth';
import { ConsoleFeed } from './console-feed';
import { consoleRouter } from './console-routes';

/** The local console: the page and JSON API in, a feed table out; locked when CONSOLE_TOKEN is set (src/config.ts checks it). */
export const consolePlatform: PlatformFactory = ({ clock, env, jobs, onInbound, inbox, cards, console }) => {
  const feed = new ConsoleFeed(console);
  const router = consoleRouter({ store: console, inbox, cards, feed, clock, jobs, onInbound });
  const guards = env.CONSOLE_TOKEN ? [consoleGuard(env.CONSOLE_TOKEN)] : [];
  return { name: 'console', membersById: true, routers: [router], guards, channel: feed };
};
