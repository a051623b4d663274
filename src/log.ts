import pino, { type DestinationStream } from 'pino';

/**
 * An error as logged: its class, code, message and stack, never the values it was about. A database
 * error carries the statement's parameters (TypeORM `parameters`) and the driver's statement with the
 * values written in (`driverError.sql`): members' messages, which must not reach the log of a failure
 * that is not theirs.
 */
export function loggedError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: String(error).slice(0, 200) };
  const { code, errno, sqlState } = error as { code?: unknown; errno?: unknown; sqlState?: unknown };
  const driver = (error as { driverError?: { code?: unknown; errno?: unknown } }).driverError;
  return {
    type: error.name,
    code: code ?? driver?.code,
    errno: errno ?? driver?.errno,
    sqlState,
    message: error.message,
    stack: error.stack,
    cause: error.cause === undefined ? undefined : loggedError(error.cause),
  };
}

/** Writes JSON lines to `destination`; tests give it a memory stream to read what was logged. */
export function createLogger(destination: DestinationStream, level: string) {
  return pino(
    {
      level,
      base: undefined,
      redact: ['*.secret', '*.apiKey', '*.aesKey', '*.token', '*.clientSecret', 'secret', 'apiKey'],
      serializers: { err: loggedError },
    },
    destination,
  );
}

/**
 * One structured logger for the process, writing JSON lines to stderr: stdout stays clean for the
 * command-line tools whose output is data (`npm run extract`), and process managers collect both.
 */
export const log = createLogger(
  pino.destination({ dest: 2, sync: false }),
  process.env.LOG_LEVEL ?? (process.env.VITEST ? 'silent' : 'info'),
);

export type Logger = typeof log;
