import { foldCase } from '../tenant-file.references';

/**
 * Records a sheet names by name (members, customers): the stored ones and the file's rows, with case,
 * width and surrounding spaces folded. A name may belong to several records; ids are kept in order.
 */
export class NameIndex {
  private readonly storedByName = new Map<string, string[]>();
  private readonly fileByName = new Map<string, { id: string; row: number }[]>();
  private readonly ids = new Set<string>();

  constructor(stored: readonly { id: string; name: string }[]) {
    for (const record of stored) {
      push(this.storedByName, foldCase(record.name), record.id);
      this.ids.add(record.id);
    }
  }

  addFileRecord(id: string, name: string, row: number): void {
    push(this.fileByName, foldCase(name), { id, row });
    this.ids.add(id);
  }

  /** Ids of the stored records of that name. */
  storedNamed(name: string): string[] {
    return this.storedByName.get(foldCase(name)) ?? [];
  }

  /** The first row of the file that gave that name. */
  fileRowNamed(name: string): number | undefined {
    return this.fileByName.get(foldCase(name))?.[0]?.row;
  }

  /** Every record of that name, in the file or stored, each once. */
  idsNamed(name: string): string[] {
    const key = foldCase(name);
    return [...new Set([...(this.fileByName.get(key) ?? []).map((r) => r.id), ...(this.storedByName.get(key) ?? [])])];
  }

  hasId(id: string): boolean {
    return this.ids.has(id);
  }
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
