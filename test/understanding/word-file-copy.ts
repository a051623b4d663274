import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { loadWordFile } from '../../src/understanding/words/word-file';

const WORDS_DIR = fileURLToPath(new URL('../../src/understanding/words/', import.meta.url));

/** Loads a changed copy of a word file (written outside the source tree) the way the rules load the file itself. */
export function loadChangedCopy<T extends z.ZodType>(name: string, schema: T, change: (file: Record<string, unknown>) => void): z.infer<T> {
  const dir = mkdtempSync(join(tmpdir(), 'word-file-'));
  try {
    const file = JSON.parse(readFileSync(join(WORDS_DIR, name), 'utf8')) as Record<string, unknown>;
    change(file);
    const copy = join(dir, name);
    writeFileSync(copy, JSON.stringify(file));
    return loadWordFile(relative(WORDS_DIR, copy), schema);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
