import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { id, instant, optionalShortText, shortText } from '../columns';

/** One LLM call: tokens per tenant for cost, and the fallback reason when the rules answered instead. */
@Entity('llm_usage')
@Index('idx_llm_usage_tenant_time', ['tenantId', 'at'])
export class LlmUsage {
  @PrimaryGeneratedColumn({ type: 'int' }) id: number;
  @Column(id) tenantId: string;
  @Column(shortText(100)) model: string;
  @Column(shortText(32)) promptVersion: string;
  @Column({ type: 'int', default: 0 }) promptTokens: number;
  @Column({ type: 'int', default: 0 }) completionTokens: number;
  @Column(shortText(16)) outcome: 'ok' | 'fallback';
  @Column(optionalShortText(200)) reason: string | null;
  @Column(instant) at: Date;
}
