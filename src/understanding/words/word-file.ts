import { readFileSync } from 'node:fs';
import { z } from 'zod';

/** Word lists are versioned data beside this file, checked when loaded: a bad edit stops start, naming the file and key. */
export function loadWordFile<T extends z.ZodType>(name: string, schema: T): z.infer<T> {
  const raw: unknown = JSON.parse(readFileSync(new URL(`./${name}`, import.meta.url), 'utf8'));
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new Error(`src/understanding/words/${name}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

export const words = z.array(z.string().min(1)).min(1);
