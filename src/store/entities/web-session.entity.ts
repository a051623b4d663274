import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { id, instant, optionalShortText, shortText } from '../columns';

/** A browser signed in to the workspace pages; `id` is the SHA-256 of the cookie's random value, never the value. */
@Entity('web_sessions')
@Index('uq_web_sessions_code', ['signInCode'], { unique: true })
@Index('idx_web_sessions_expiry', ['expiresAt'])
export class WebSession {
  @PrimaryColumn({ type: 'varchar', length: 64 }) id: string;
  @Column(id) tenantId: string;
  @Column(id) userId: string;
  /** How the member signed in: wecom, dingtalk or console. */
  @Column(shortText(16)) platform: string;
  /** SHA-256 of the platform's one-time code: unique, so a code signs in once. */
  @Column(optionalShortText(64)) signInCode: string | null;
  @Column(instant) createdAt: Date;
  @Column(instant) expiresAt: Date;
}
