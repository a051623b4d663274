/** True for a unique-key violation on MySQL/MariaDB (ER_DUP_ENTRY, 1062) or SQLite (SQLITE_CONSTRAINT_UNIQUE). */
export function isDuplicateKeyError(error: unknown): boolean {
  const e = error as { code?: string; errno?: number; driverError?: { code?: string; errno?: number } };
  const codes = [e?.code, e?.driverError?.code];
  const errnos = [e?.errno, e?.driverError?.errno];
  return (
    codes.includes('ER_DUP_ENTRY') ||
    codes.includes('SQLITE_CONSTRAINT_UNIQUE') ||
    codes.includes('SQLITE_CONSTRAINT_PRIMARYKEY') ||
    errnos.includes(1062)
  );
}

/** True when MySQL/MariaDB chose this transaction as a deadlock victim or gave up waiting for a lock: retry it whole. */
export function isTransientLockError(error: unknown): boolean {
  const e = error as { code?: string; errno?: number; driverError?: { code?: string; errno?: number } };
  const codes = [e?.code, e?.driverError?.code];
  const errnos = [e?.errno, e?.driverError?.errno];
  return codes.includes('ER_LOCK_DEADLOCK') || codes.includes('ER_LOCK_WAIT_TIMEOUT') || errnos.includes(1213) || errnos.includes(1205);
}

/**
 * MySQL/MariaDB refused a value (out of range, too long, an incorrect string or date value, a
 * truncated value, a null where none is allowed): the same row is refused again on every retry.
 */
const DATA_ERRNOS = [1048, 1264, 1265, 1292, 1366, 1406];

/** True when the database refused a value itself (see DATA_ERRNOS): retrying cannot help. SQLite refuses no values. */
export function isDataError(error: unknown): boolean {
  const e = error as { errno?: number; driverError?: { errno?: number } };
  return [e?.errno, e?.driverError?.errno].some((errno) => errno !== undefined && DATA_ERRNOS.includes(errno));
}

/** True when the MySQL/MariaDB connection itself is gone (closed by the server after idling, a restart): a fresh one may succeed. */
export function isLostConnectionError(error: unknown): boolean {
  const e = error as { fatal?: boolean; driverError?: { fatal?: boolean } };
  return e?.fatal === true || e?.driverError?.fatal === true;
}
