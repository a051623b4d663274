import { Column, Entity, PrimaryColumn } from 'typeorm';
import { id, instant, json, shortText } from '../columns';

export interface TenantSettings {
  wecom?: { corpId: string; agentId?: number };
  dingtalk?: { corpId: string };
  /** Rival brands the extractor should recognise for this tenant. */
  competitorBrands?: string[];
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
