import pino from 'pino';

/**
 * One structured logger for the process, writing JSON lines to stderr: stdout stays clean for the
 * command-line tools whose output is data (`npm run extract`), and process managers collect both.
 */
export const log = pino(
  {
    level: process.env.LOG_LEVEL ?? (process.env.VITEST ? 'silent' : 'info'),
    base: undefined,
    redact: ['*.secret', '*.apiKey', '*.aesKey', '*.token', '*.clientSecret', 'secret', 'apiKey'],
  },
  pino.destination({ dest: 2, sync: false }),
);

export type Logger = typeof log;
