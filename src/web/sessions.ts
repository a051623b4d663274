import { createHash, randomBytes } from 'node:crypto';
import { IsNull, LessThan, type DataSource } from 'typeorm';
import { isDuplicateKeyError } from '../store/db-errors';
import { User, WebSession } from '../store/entities';
import { inTransaction } from '../store/transaction';

export const SESSION_COOKIE = 'salesbot_session';
/** A working day and then some: a card opened in the morning still opens pages in the evening. */
const SESSION_HOURS = 12;

export interface NewSession {
  tenantId: string;
  userId: string;
  platform: 'wecom' | 'dingtalk' | 'console';
  /** The platform's one-time code the member signed in with; a second session from it is refused. */
  signInCode?: string;
}

/**
 * Opens a session and returns the cookie value (32 random bytes) and when it expires; the table keeps
 * only its SHA-256, so any instance can check it and a copy of the table signs no one in. Null when the
 * sign-in code was already spent here. Expired sessions are swept on the way.
 */
export async function openSession(
  dataSource: DataSource,
  session: NewSession,
  now: Date,
): Promise<{ token: string; expiresAt: Date } | null> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3_600_000);
  try {
    await inTransaction(dataSource, async (em) => {
      await em.delete(WebSession, { expiresAt: LessThan(now) });
      await em.insert(WebSession, {
        id: sha256(token),
        tenantId: session.tenantId,
        userId: session.userId,
        platform: session.platform,
        signInCode: session.signInCode ? sha256(session.signInCode) : null,
        createdAt: now,
        expiresAt,
      });
    });
  } catch (error) {
    if (isDuplicateKeyError(error)) return null;
    throw error;
  }
  return { token, expiresAt };
}

/** The member a cookie value stands for in `tenantId`, while its session lasts. */
export async function sessionMember(dataSource: DataSource, token: string, tenantId: string, now: Date): Promise<User | null> {
  const session = await dataSource.getRepository(WebSession).findOneBy({ id: sha256(token) });
  if (!session || session.tenantId !== tenantId || session.expiresAt <= now) return null;
  // A member who left loses the pages with the team, whatever session they still hold.
  return dataSource.getRepository(User).findOneBy({ tenantId, id: session.userId, leftAt: IsNull() });
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
