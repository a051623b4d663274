import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * A check of a presented secret against one token, compared as SHA-256 digests so the time taken says
 * nothing about how much of it was right.
 */
export function secretCheck(token: string): (given: string | null) => boolean {
  const expected = digest(token);
  return (given) => given !== null && timingSafeEqual(digest(given), expected);
}

/** `Authorization: Bearer <token>` against one secret. */
export function bearerCheck(token: string): (authorization: string) => boolean {
  const matches = secretCheck(token);
  return (authorization) => matches(/^Bearer\s+(\S+)$/i.exec(authorization)?.[1] ?? null);
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}
