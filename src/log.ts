import pino from 'pino';

/** One structured logger for the process; children carry the module name. */
export const log = pino({
  level: process.env.LOG_LEVEL ?? (process.env.VITEST ? 'silent' : 'info'),
  base: undefined,
  redact: ['*.secret', '*.apiKey', '*.aesKey', '*.token', 'secret', 'apiKey'],
});

export type Logger = typeof log;
