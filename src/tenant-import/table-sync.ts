import type { EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from 'typeorm';

export interface TableCounts {
  created: number;
  updated: number;
  unchanged: number;
  /** Rows the file no longer implies (signals of a tag taken off an activity). */
  removed: number;
}

export type RowChange = 'created' | 'updated' | 'unchanged';

const INSERT_CHUNK = 100;

/**
 * Compare-before-write for one table inside the import transaction: a row is only touched when one of
 * the fields the file gives differs, so a second import of the same file writes nothing and keeps `updatedAt`.
 */
export class TableSync<E extends ObjectLiteral> {
  readonly counts: TableCounts = { created: 0, updated: 0, unchanged: 0, removed: 0 };
  private readonly pending: E[] = [];

  constructor(
    private readonly em: EntityManager,
    private readonly target: EntityTarget<E>,
    private readonly now: Date,
    /** The table's timestamp columns: set to now on insert, and `updatedAt` on update. */
    private readonly stamps: readonly ('createdAt' | 'updatedAt')[],
    /** Count only: a preview writes nothing. */
    private readonly countOnly = false,
  ) {}

  /**
   * `fields` are what the file states; an undefined field is absent from the file and leaves the stored
   * value alone. `defaults` fill the remaining columns of a new row.
   */
  async upsert(existing: E | undefined, key: Partial<E>, given: Partial<E>, defaults: Partial<E> = {}): Promise<RowChange> {
    const fields = withoutUndefined(given);
    if (!existing) {
      const stamps = Object.fromEntries(this.stamps.map((column) => [column, this.now]));
      if (!this.countOnly) this.pending.push({ ...defaults, ...fields, ...key, ...stamps } as unknown as E);
      this.counts.created++;
      return 'created';
    }
    const changes = changedFields(existing, fields);
    if (Object.keys(changes).length === 0) {
      this.counts.unchanged++;
      return 'unchanged';
    }
    const stamped = this.stamps.includes('updatedAt') ? { ...changes, updatedAt: this.now } : changes;
    if (!this.countOnly) await this.em.update(this.target, key as FindOptionsWhere<E>, stamped);
    this.counts.updated++;
    return 'updated';
  }

  async remove(key: Partial<E>): Promise<void> {
    if (!this.countOnly) await this.em.delete(this.target, key as FindOptionsWhere<E>);
    this.counts.removed++;
  }

  /** Inserts the new rows, a chunk per statement. */
  async flush(): Promise<void> {
    for (let i = 0; i < this.pending.length; i += INSERT_CHUNK) {
      await this.em.insert(this.target, this.pending.slice(i, i + INSERT_CHUNK));
    }
    this.pending.length = 0;
  }
}

/** The entries of `fields` whose value differs from the stored row. */
export function changedFields<E extends ObjectLiteral>(existing: E, fields: Partial<E>): Partial<E> {
  const changes: Partial<E> = {};
  for (const [name, value] of Object.entries(fields) as [keyof E, E[keyof E]][]) {
    if (!sameValue(existing[name], value)) changes[name] = value;
  }
  return changes;
}

function withoutUndefined<T extends object>(fields: T): T {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as T;
}

function sameValue(stored: unknown, given: unknown): boolean {
  if (stored instanceof Date || given instanceof Date) {
    return stored instanceof Date && given instanceof Date && stored.getTime() === given.getTime();
  }
  if (typeof stored === 'object' || typeof given === 'object') return stableJson(stored ?? null) === stableJson(given ?? null);
  return (stored ?? null) === (given ?? null);
}

/** JSON with object keys sorted, so that settings read back in another key order still compare equal. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}
