import type { DataSource } from 'typeorm';
import { Tenant, User } from '../../src/store/entities';
import type { DingtalkApp } from './dingtalk-config';

/** Which app serves which tenant, and who a user is on DingTalk. */
export class AppDirectory {
  private readonly tenantByCorp = new Map<string, string>();

  constructor(
    private readonly dataSource: DataSource,
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
    // Few tenants, and settings is JSON: reading them all beats a dialect-specific JSON query.
    const tenants = await this.dataSource.getRepository(Tenant).find({ select: { id: true, settings: true } });
    const tenant = tenants.find((t) => t.settings.dingtalk?.corpId === corpId);
    if (tenant) this.tenantByCorp.set(corpId, tenant.id);
    return tenant?.id ?? null;
  }

  /** The tenant's DingTalk corp (settings.dingtalk.corpId), which a page names when it asks the client for a sign-in code. */
  async corpIdFor(tenantId: string): Promise<string | null> {
    const tenant = await this.dataSource.getRepository(Tenant).findOneBy({ id: tenantId });
    return tenant?.settings.dingtalk?.corpId ?? null;
  }

  async dingtalkUserId(tenantId: string, userId: string): Promise<string | null> {
    const user = await this.dataSource.getRepository(User).findOneBy({ tenantId, id: userId });
    return user?.dingtalkUserId ?? null;
  }
}
