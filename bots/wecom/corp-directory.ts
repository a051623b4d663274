import type { TenantDirectory } from '../../src/pipeline/ports';
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
    private readonly tenants: TenantDirectory,
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
    const tenantId = await this.tenants.tenantOfCorp('wecom', corp.corpId);
    if (tenantId) this.tenantOfCorp.set(corp.corpId, tenantId);
    return tenantId;
  }

  async corpFor(tenantId: string): Promise<WecomCorp | null> {
    for (const [corpId, tenant] of this.tenantOfCorp) if (tenant === tenantId) return this.byCorpId.get(corpId) ?? null;
    const corpId = await this.tenants.corpOfTenant(tenantId, 'wecom');
    const corp = corpId ? this.byCorpId.get(corpId) : undefined;
    // A corp pinned to another tenant in the config is not this tenant's.
    if (!corp || (corp.tenantId && corp.tenantId !== tenantId)) return null;
    this.tenantOfCorp.set(corp.corpId, tenantId);
    return corp;
  }
}
