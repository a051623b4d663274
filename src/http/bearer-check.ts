import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * A check of `Authorization: Bearer <token>` against one secret, compared as SHA-256 digests so the
 * time taken says nothing about how much of the token was right.
 */
export function bearerCheck(token: string): (authorization: string) => boolean {
  const expected = createHash('sha256').update(token).digest();
  return (authorization) => {
    const given = /^Bearer\s+(\S+)$/i.exec(authorization)?.[1];
    return given !== undefined && timingSafeEqual(createHash('sha256').update(given).digest(), expected);
  };
}
