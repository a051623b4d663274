import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { ConfigError } from '../../src/config';

/** One WeCom self-built app (自建应用) of one corp. */
export interface WecomCorp {
  corpId: string;
  agentId: number;
  secret: string;
  token: string;
  aesKey: string;
  /** The tenant this corp is; when absent, the tenant whose settings.wecom.corpId matches. */
  tenantId?: string;
  /** Where a tap on a card without buttons leads (WeCom requires a card_action on text_notice). */
  cardUrl: string;
}

export interface WecomConfig {
  apiBase: string;
  requestTimeoutMs: number;
  corps: WecomCorp[];
}

const DEFAULT_CARD_URL = 'https://work.weixin.qq.com/';

const corpSchema = z.object({
  corpId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'should be the CorpID from 我的企业 → 企业信息 (e.g. ww0123456789abcdef)'),
  agentId: z.coerce.number().int().positive('should be the AgentId of the app (a positive number)'),
  secret: z.string().min(1, 'is required: the app Secret'),
  token: z.string().regex(/^[A-Za-z0-9]{1,32}$/, 'should be the Token of 接收消息 (letters and digits, up to 32)'),
  aesKey: z.string().regex(/^[A-Za-z0-9]{43}$/, 'should be the EncodingAESKey of 接收消息 (exactly 43 letters and digits)'),
  tenantId: z.string().min(1).max(64).optional(),
  cardUrl: z.url().default(DEFAULT_CARD_URL),
});

const fileSchema = z.object({ corps: z.array(corpSchema).min(1, 'should list at least one corp') }).superRefine((file, ctx) => {
  const seen = new Set<string>();
  file.corps.forEach((corp, index) => {
    if (seen.has(corp.corpId))
      ctx.addIssue({ code: 'custom', path: ['corps', index, 'corpId'], message: `corp ${corp.corpId} is listed twice` });
    seen.add(corp.corpId);
  });
});

const commonSchema = z.object({
  WECOM_API_BASE: z.url().default('https://qyapi.weixin.qq.com'),
  WECOM_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
});

/** The single-corp variables, named as the admin sees them in .env. */
const SINGLE_VARIABLES = {
  corpId: 'WECOM_CORP_ID',
  agentId: 'WECOM_AGENT_ID',
  secret: 'WECOM_SECRET',
  token: 'WECOM_TOKEN',
  aesKey: 'WECOM_AES_KEY',
  tenantId: 'WECOM_TENANT_ID',
  cardUrl: 'WECOM_CARD_URL',
} as const satisfies Record<keyof WecomCorp, string>;

/**
 * Reads the WeCom variables: one corp from WECOM_CORP_ID & co, or several from the JSON file named by
 * WECOM_CORPS_FILE (`{"corps": [{corpId, agentId, secret, token, aesKey, tenantId?, cardUrl?}]}`).
 * A bad value fails start with the variable (or file path) named.
 */
export function loadWecomConfig(
  env: Record<string, string | undefined>,
  readFile: (path: string) => string = (path) => readFileSync(path, 'utf8'),
): WecomConfig {
  const common = commonSchema.safeParse(env);
  if (!common.success) throw invalid(common.error, env, (path) => path.join('.'));
  const base = { apiBase: common.data.WECOM_API_BASE.replace(/\/+$/, ''), requestTimeoutMs: common.data.WECOM_TIMEOUT_MS };

  const file = env.WECOM_CORPS_FILE;
  if (file) {
    let json: unknown;
    try {
      json = JSON.parse(readFile(file));
    } catch (error) {
      throw new ConfigError(`Invalid environment:\n  WECOM_CORPS_FILE: cannot read ${file} as JSON (${(error as Error).message})`);
    }
    const parsed = fileSchema.safeParse(json);
    if (!parsed.success) throw invalid(parsed.error, json, (path) => `WECOM_CORPS_FILE ${file}: ${path.join('.')}`);
    return { ...base, corps: parsed.data.corps };
  }

  const single = Object.fromEntries(Object.entries(SINGLE_VARIABLES).map(([key, variable]) => [key, env[variable]]));
  const parsed = corpSchema.safeParse(single);
  if (!parsed.success) {
    throw invalid(
      parsed.error,
      single,
      (path) => SINGLE_VARIABLES[path[0] as keyof WecomCorp] ?? path.join('.'),
      'or list several corps in WECOM_CORPS_FILE',
    );
  }
  return { ...base, corps: [parsed.data] };
}

function invalid(error: z.ZodError, input: unknown, name: (path: PropertyKey[]) => string, hint?: string): ConfigError {
  const problems = error.issues.map((issue) => {
    const missing =
      issue.path.reduce<unknown>((node, key) => (node as Record<PropertyKey, unknown> | undefined)?.[key], input) === undefined;
    return `  ${name(issue.path)}: ${missing ? `is not set${hint ? ` (${hint})` : ''}` : issue.message}`;
  });
  return new ConfigError(`Invalid environment (platform wecom):\n${problems.join('\n')}`);
}
