import type { DataSource } from 'typeorm';
import { Tenant } from '../../src/store/entities';
import type { WecomCorp } from './wecom-config';

/**
 * Which configured corp is which tenant, both ways. A corp names its tenant in the config or is
 * matched by the tenant's settings.wecom.corpId; matches are cached (tenants are imported before
 * their corp goes live), misses are not, so a tenant imported later is found without a restart.
 */
export class CorpDirectory {
  private readonly byCorpId = new Map<string, WecomCorp>();
  private readonly tenantOfCorp = new Map<string, string>();

  constructor(
    private readonly dataSource: DataSource,
    readonly corps: readonly WecomCorp[],
  ) {
    for (const corp of corps) {
      this.byCorpId.set(corp.corpId, corp);
      if (corp.tenantId) this.tenantOfCorp.set(corp.corpId, corp.tenantId);
    }
  }

  corp(corpId: string): WecomCorp | undefined {
    return this.byCorpId.get(corpId);
  }

  async tenantFor(corp: WecomCorp): Promise<string | null> {
    const known = this.tenantOfCorp.get(corp.corpId);
    if (known) return known;
    const tenant = (await this.dataSource.getRepository(Tenant).find()).find((t) => t.settings.wecom?.corpId === corp.corpId);
    if (tenant) this.tenantOfCorp.set(corp.corpId, tenant.id);
    return tenant?.id ?? null;
  }

  async corpFor(tenantId: string): Promise<WecomCorp | null> {
    for (const [corpId, tenant] of this.tenantOfCorp) if (tenant === tenantId) return this.byCorpId.get(corpId) ?? null;
    const tenant = await this.dataSource.getRepository(Tenant).findOneBy({ id: tenantId });
    const corp = tenant?.settings.wecom ? this.byCorpId.get(tenant.settings.wecom.corpId) : undefined;
    // A corp pinned to another tenant in the config is not this tenant's.
    if (!corp || (corp.tenantId && corp.tenantId !== tenantId)) return null;
    this.tenantOfCorp.set(corp.corpId, tenantId);
    return corp;
  }
}
