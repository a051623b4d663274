import { Column, Entity, PrimaryColumn } from 'typeorm';
import { id, instant, json, shortText } from '../columns';

export interface TenantSettings {
  wecom?: { corpId: string; agentId?: number };
  dingtalk?: { corpId: string };
  /** Rival brands the extractor should recognise for this tenant. */
  competitorBrands?: string[];
  /** Keys of `POST /api/leads` (docs/leads.md): only their SHA-256 is stored; `name` says who uses it (官网表单). */
  leadApiKeys?: LeadApiKey[];
  /** Scheduled cards (docs/jobs.md); every field is optional and falls back to the default. */
  jobs?: JobSettings;
}

/** The corp a tenant is on a platform (settings.wecom.corpId, settings.dingtalk.corpId, …); null when none is set. */
export function corpIdOn(settings: TenantSettings, platform: string): string | null {
  const entry: unknown = (settings as Record<string, unknown>)[platform];
  const corpId = typeof entry === 'object' && entry !== null ? (entry as { corpId?: unknown }).corpId : undefined;
  return typeof corpId === 'string' ? corpId : null;
}

export interface LeadApiKey {
  name: string;
  sha256: string;
}

export interface JobSettings {
  /** Cron expressions, read in the tenant's time zone. Defaults: `0 15 * * 5`, `0 8 * * *`, `30 8 * * *`, `0 9 * * 1`. */
  fridayWarningCron?: string;
  managerBriefingCron?: string;
  repBriefingCron?: string;
  /** The weekly pool (公海) list to the managers. */
  leadPoolCron?: string;
  /** The daily read of the org chart from WeCom / DingTalk (default `0 6 * * *`). */
  directorySyncCron?: string;
  /** ISO weekdays that are workdays (1 = Monday); default Monday to Friday. */
  workdays?: number[];
  /** `2026-10-01`: days off on a workday. */
  holidays?: string[];
  /** `2026-09-27`: make-up workdays (调休) on a weekend. */
  extraWorkdays?: string[];
}

@Entity('tenants')
export class Tenant {
  @PrimaryColumn(id) id: string;
  @Column(shortText(200)) name: string;
  @Column(shortText(64)) timezone: string;
  @Column(json) settings: TenantSettings;
  @Column(instant) createdAt: Date;
  @Column(instant) updatedAt: Date;
}
