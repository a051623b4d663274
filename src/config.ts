import cron from 'node-cron';
import proxyAddr from 'proxy-addr';
import { z } from 'zod';
import { DEFAULT_TIME_ZONE } from './domain/business-time';

const PLATFORM_NAMES = ['console', 'wecom', 'dingtalk'] as const;
export type PlatformName = (typeof PLATFORM_NAMES)[number];
const BOT_ROLES = ['all', 'web', 'worker'] as const;
/** What an instance runs: `web` takes messages in and serves pages, `worker` handles and sends them, `all` both. */
export type BotRole = (typeof BOT_ROLES)[number];

const envSchema = z
  .object({
    DATABASE_URL: z
      .string()
      .regex(/^(sqlite:|mysql:\/\/)/, '应为 sqlite:./路径 或 mysql://user:pass@host:3306/db')
      .default('sqlite:./data/salesbot.sqlite'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    PLATFORMS: z
      .string()
      .default('console')
      .transform((value) =>
        value
          .split(',')
          .map((name) => name.trim())
          .filter(Boolean),
      )
      .pipe(z.array(z.enum(PLATFORM_NAMES)).min(1)),
    BUSINESS_TZ: z
      .string()
      .default(DEFAULT_TIME_ZONE)
      .refine((zone) => isValidTimeZone(zone), 'unknown IANA time zone'),
    LLM_BASE_URL: z.url().optional(),
    LLM_API_KEY: z.string().min(1).optional(),
    LLM_MODEL: z.string().min(1).optional(),
    LLM_TIMEOUT_MS: z.coerce.number().int().positive().default(8000),
    LLM_MAX_CONCURRENCY: z.coerce.number().int().positive().default(4),
    WORKER_CONCURRENCY: z.coerce
      .number()
      .int()
      .positive()
      .max(1000)
      .default(16)
      .describe('messages handled and messages sent at once per instance; one member at a time each'),
    DATABASE_POOL_SIZE: z.coerce
      .number()
      .int()
      .min(2)
      .max(200)
      .optional()
      .describe('connections to MySQL/MariaDB per instance at most (the store sets the default)'),
    RULE_THREADS: z.coerce
      .number()
      .int()
      .min(0)
      .max(16)
      .default(1)
      .describe('worker threads the rules read messages in; 0: on the main thread'),
    MAX_UNDERSTOOD_CHARS: z.coerce
      .number()
      .int()
      .min(200, 'at least 200 characters')
      .default(2000)
      .describe('longer messages are understood on their first part and stored whole'),
    OVERDUE_SCAN_CRON: z
      .string()
      .default('*/10 * * * *')
      .refine((expression) => cron.validate(expression), 'not a valid cron expression, e.g. */10 * * * *'),
    RULES_DIR: z.string().min(1).optional().describe('folder with default.json and <tenantId>.json stage rules'),
    DEMO_TENANT: z.enum(['auto', 'off']).default('auto').describe('auto: seed the demo tenant into an empty database on start'),
    SCHEDULED_JOBS: z
      .enum(['on', 'off'])
      .default('on')
      .describe('off: this instance runs no scheduled job (a staging or test instance beside a live one)'),
    CONSOLE_TOKEN: z.string().min(12, 'at least 12 characters').optional().describe('locks /console (Basic auth or Bearer)'),
    TRUST_PROXY: z
      .string()
      .optional()
      .transform((value, ctx) => {
        const proxies = (value ?? '')
          .split(',')
          .map((entry) => entry.trim())
          .filter(Boolean);
        try {
          proxyAddr.compile(proxies);
        } catch (error) {
          ctx.addIssue({ code: 'custom', message: `${(error as Error).message}; e.g. loopback or 10.0.0.0/8,192.168.1.5` });
        }
        return proxies;
      })
      .describe('addresses or ranges of the proxies whose X-Forwarded-For is believed'),
    METRICS_TOKEN: z.string().min(12, 'at least 12 characters').optional().describe('locks /metrics (Bearer)'),
    PUBLIC_BASE_URL: z
      .url({ protocol: /^https?$/, error: '应为 https://你的域名 (the origin page links on cards are built on)' })
      .optional()
      .transform((url) => url?.replace(/\/+$/, ''))
      .describe('the origin the workspace page links on cards are built on'),
    // A day of outage must never cost a reply, so less than 24 hours is refused.
    OUTBOX_RETRY_HOURS: z.coerce.number().min(24, 'at least 24 hours').default(48),
    PLATFORM_DEGRADED_AFTER_MS: z.coerce.number().int().positive().default(300_000),
    BOT_ROLE: z
      .enum(BOT_ROLES)
      .default('all')
      .describe('web: callbacks, pages and streams in; worker: inbox, outbox and scheduled jobs; all: both'),
  })
  .superRefine((e, ctx) => {
    // A web instance and a worker instance are two processes on one database: SQLite serves one process only.
    if (e.BOT_ROLE !== 'all' && e.DATABASE_URL.startsWith('sqlite:'))
      ctx.addIssue({
        code: 'custom',
        path: ['BOT_ROLE'],
        message: `${e.BOT_ROLE} needs a second instance with the other role on one MySQL/MariaDB (DATABASE_URL=mysql://…); SQLite serves one process only: use all`,
      });
    // The console lets its user act as any member: beside a real messenger it must not be open.
    const beside = e.PLATFORMS.filter((name) => name !== 'console');
    if (e.PLATFORMS.includes('console') && beside.length > 0 && !e.CONSOLE_TOKEN)
      ctx.addIssue({
        code: 'custom',
        path: ['CONSOLE_TOKEN'],
        message: `required when the console runs beside ${beside.join(', ')} (it has no other login); or drop console from PLATFORMS`,
      });
  });

export type Env = z.infer<typeof envSchema>;

export interface LlmConfig {
  baseUrl?: string;
  apiKey?: string;
  model: string;
  timeoutMs: number;
  maxConcurrency: number;
}

export interface AppConfig {
  databaseUrl: string;
  port: number;
  platforms: PlatformName[];
  businessTimeZone: string;
  /** Null when no model is configured: understanding is rule-based only. */
  llm: LlmConfig | null;
  /** Messages longer than this are understood on their first part (rules and model alike). */
  maxUnderstoodChars: number;
  /** Inbox rows (and outbox rows) in hand at once per instance, of as many members. */
  workerConcurrency: number;
  /** Connections to MySQL/MariaDB at most (SQLite has one); unset: the store's default. */
  databasePoolSize: number | undefined;
  /** Worker threads the rule-based understanding runs in; 0: on the event loop. */
  ruleThreads: number;
  seedDemoTenant: boolean;
  /** Briefings, the Friday list and the overdue scan on their schedules; off for an instance that must send nothing unasked. */
  scheduledJobs: boolean;
  /** How often the overdue and lead scans run (cron, in BUSINESS_TZ). */
  overdueScanCron: string;
  /** Folder of the rules files; null: the rules shipped in ./rules. */
  rulesDir: string | null;
  /** Proxies (addresses, CIDR ranges or proxy-addr names) whose X-Forwarded-For is believed; none by default. */
  trustedProxies: string[];
  /** How long a message keeps being retried after it was queued (or re-queued) while the platform fails. */
  outboxRetryWindowMs: number;
  /** A platform whose API has failed this long without a success is reported degraded on /healthz. */
  platformDegradedAfterMs: number;
  /** Bearer token /metrics asks for; null: open. */
  metricsToken: string | null;
  /** The origin page links on WeCom and DingTalk cards are built on (https://crm.example.com); null: those cards carry no page links. */
  publicBaseUrl: string | null;
  role: BotRole;
  /** The environment as given: platform modules validate their own variables from it. */
  env: Record<string, string | undefined>;
}

export class ConfigError extends Error {
  readonly code = 'CONFIG_INVALID';
}

function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Reads and validates the environment; a bad value fails start with the variable's name. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = envSchema.safeParse(emptyToUndefined(env));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid environment:\n${problems.join('\n')}`);
  }
  const e = parsed.data;
  const raw = emptyToUndefined(env);
  return {
    databaseUrl: e.DATABASE_URL,
    port: e.PORT,
    platforms: [...new Set(e.PLATFORMS)],
    businessTimeZone: e.BUSINESS_TZ,
    llm: e.LLM_MODEL
      ? {
          baseUrl: e.LLM_BASE_URL,
          apiKey: e.LLM_API_KEY,
          model: e.LLM_MODEL,
          timeoutMs: e.LLM_TIMEOUT_MS,
          maxConcurrency: e.LLM_MAX_CONCURRENCY,
        }
      : null,
    maxUnderstoodChars: e.MAX_UNDERSTOOD_CHARS,
    workerConcurrency: e.WORKER_CONCURRENCY,
    databasePoolSize: e.DATABASE_POOL_SIZE,
    ruleThreads: e.RULE_THREADS,
    seedDemoTenant: e.DEMO_TENANT === 'auto',
    scheduledJobs: e.SCHEDULED_JOBS === 'on',
    rulesDir: e.RULES_DIR ?? null,
    overdueScanCron: e.OVERDUE_SCAN_CRON,
    trustedProxies: e.TRUST_PROXY,
    outboxRetryWindowMs: e.OUTBOX_RETRY_HOURS * 3_600_000,
    platformDegradedAfterMs: e.PLATFORM_DEGRADED_AFTER_MS,
    metricsToken: e.METRICS_TOKEN ?? null,
    publicBaseUrl: e.PUBLIC_BASE_URL ?? null,
    role: e.BOT_ROLE,
    env: raw,
  };
}

/** `FOO=` in a .env file means "not set", not "set to the empty string". */
function emptyToUndefined(env: NodeJS.ProcessEnv): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(env).map(([key, value]) => [key, value === '' ? undefined : value]));
}
