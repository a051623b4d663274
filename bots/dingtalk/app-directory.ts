import type { TenantDirectory } from '../../src/pipeline/ports';
import type { DingtalkApp } from './dingtalk-config';

/** Which app serves which tenant. */
export class AppDirectory {
  private readonly tenantByCorp = new Map<string, string>();

  constructor(
    private readonly tenants: TenantDirectory,
    readonly apps: readonly DingtalkApp[],
  ) {}

  /** The app that sends for `tenantId`: the one mapped to it, else the app serving any tenant. */
  appForTenant(tenantId: string): DingtalkApp | undefined {
    return this.apps.find((app) => app.tenantId === tenantId) ?? this.apps.find((app) => !app.tenantId);
  }

  /** The tenant a delivery to `app` belongs to: the app's own, or the one whose corp id it carries. */
  async tenantFor(app: DingtalkApp, corpId: string | null): Promise<string | null> {
    if (app.tenantId) return app.tenantId;
    if (!corpId) return null;
    const cached = this.tenantByCorp.get(corpId);
    if (cached) return cached;
    const tenantId = await this.tenants.tenantOfCorp('dingtalk', corpId);
    if (tenantId) this.tenantByCorp.set(corpId, tenantId);
    return tenantId;
  }

  /** The tenant's DingTalk corp (settings.dingtalk.corpId), which a page names when it asks the client for a sign-in code. */
  corpIdFor(tenantId: string): Promise<string | null> {
    return this.tenants.corpOfTenant(tenantId, 'dingtalk');
  }
}
