import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { ConfigError } from '../../src/config';
import { BUILTIN_CARD_TEMPLATE_ID } from './card-render';

/** One DingTalk internal app: its stream connection, robot and card template. */
export interface DingtalkApp {
  clientId: string;
  clientSecret: string;
  robotCode: string;
  /** The card template of cards with buttons: DingTalk's built-in MarkdownButton unless one of ours is set. */
  cardTemplateId: string;
  /** The tenant this app serves; without it the tenant is found by the message's corp id. */
  tenantId?: string;
}

export interface DingtalkConfig {
  apps: DingtalkApp[];
  gatewayUrl: string;
  apiBase: string;
  /** The older API host (topapi/…): the workspace pages' sign-in code exchange. */
  oapiBase: string;
}

const appSchema = z.object({
  clientId: z.string().min(1),
  clientSecret: z.string().min(1),
  robotCode: z.string().min(1).optional(),
  cardTemplateId: z.string().min(1).default(BUILTIN_CARD_TEMPLATE_ID),
  tenantId: z.string().min(1).optional(),
});

const urlSchema = (fallback: string) =>
  z
    .url({ protocol: /^https?$/ })
    .default(fallback)
    .transform((url) => url.replace(/\/+$/, ''));

const envSchema = z.object({
  DINGTALK_GATEWAY_URL: urlSchema('https://api.dingtalk.com/v1.0/gateway/connections/open'),
  DINGTALK_API_BASE: urlSchema('https://api.dingtalk.com'),
  DINGTALK_OAPI_BASE: urlSchema('https://oapi.dingtalk.com'),
  DINGTALK_APPS_FILE: z.string().min(1).optional(),
  DINGTALK_CLIENT_ID: z.string().min(1).optional(),
  DINGTALK_CLIENT_SECRET: z.string().min(1).optional(),
  DINGTALK_ROBOT_CODE: z.string().min(1).optional(),
  DINGTALK_CARD_TEMPLATE_ID: z.string().min(1).default(BUILTIN_CARD_TEMPLATE_ID),
});

/**
 * Reads DINGTALK_* variables: one app from DINGTALK_CLIENT_ID/SECRET (optionally ROBOT_CODE and
 * CARD_TEMPLATE_ID), or several from the JSON array in DINGTALK_APPS_FILE. A problem fails start
 * with the variable's name.
 */
export function loadDingtalkConfig(env: Record<string, string | undefined>): DingtalkConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) throw configError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  const e = parsed.data;
  const apps = e.DINGTALK_APPS_FILE ? appsFromFile(e.DINGTALK_APPS_FILE) : [singleApp(e)];
  const clientIds = apps.map((app) => app.clientId);
  const repeated = clientIds.find((id, index) => clientIds.indexOf(id) !== index);
  if (repeated) throw configError([`DINGTALK_APPS_FILE: app ${repeated} is listed twice (one stream per app)`]);
  return { apps, gatewayUrl: e.DINGTALK_GATEWAY_URL, apiBase: e.DINGTALK_API_BASE, oapiBase: e.DINGTALK_OAPI_BASE };
}

function singleApp(e: z.infer<typeof envSchema>): DingtalkApp {
  const missing = (['DINGTALK_CLIENT_ID', 'DINGTALK_CLIENT_SECRET'] as const).filter((name) => !e[name]);
  if (missing.length > 0)
    throw configError(missing.map((name) => `${name}: required when PLATFORMS includes dingtalk (or set DINGTALK_APPS_FILE)`));
  return {
    clientId: e.DINGTALK_CLIENT_ID!,
    clientSecret: e.DINGTALK_CLIENT_SECRET!,
    robotCode: e.DINGTALK_ROBOT_CODE ?? e.DINGTALK_CLIENT_ID!,
    cardTemplateId: e.DINGTALK_CARD_TEMPLATE_ID,
  };
}

function appsFromFile(path: string): DingtalkApp[] {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw configError([`DINGTALK_APPS_FILE: cannot read ${path} as JSON (${error instanceof Error ? error.message : String(error)})`]);
  }
  const parsed = z.array(appSchema).min(1).safeParse(raw);
  if (!parsed.success)
    throw configError(parsed.error.issues.map((issue) => `DINGTALK_APPS_FILE ${path} at [${issue.path.join('.')}]: ${issue.message}`));
  return parsed.data.map((app) => ({ ...app, robotCode: app.robotCode ?? app.clientId }));
}

function configError(problems: string[]): ConfigError {
  return new ConfigError(`Invalid DingTalk configuration:\n${problems.map((p) => `  ${p}`).join('\n')}`);
}
