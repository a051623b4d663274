import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findCompetitors, RIVAL_WORDS } from '../../src/understanding/rules/competitors';
import { loadWordFile } from '../../src/understanding/words/word-file';

const WORDS_DIR = fileURLToPath(new URL('../../src/understanding/words/', import.meta.url));

/** Loads a changed copy of a word file (written outside the source tree) the way the rules load the file itself. */
function loadChangedCopy<T>(name: string, change: (file: Record<string, unknown>) => void, load: (name: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'word-file-'));
  try {
    const file = JSON.parse(readFileSync(join(WORDS_DIR, name), 'utf8')) as Record<string, unknown>;
    change(file);
    const copy = join(dir, name);
    writeFileSync(copy, JSON.stringify(file));
    return load(relative(WORDS_DIR, copy));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('words/rivals.json (the rival reader)', () => {
  it('loads, and its words read rivals', () => {
    expect(loadWordFile('rivals.json', RIVAL_WORDS).notANameWords).toContain('PLC');
    expect(findCompetitors('客户现在用的是精创的')).toEqual(['精创']);
    expect(findCompetitors('他们改用恒锐了')).toEqual(['恒锐']);
    expect(findCompetitors('他们改用PLC了')).toEqual([]);
    expect(findCompetitors('马钢的料冲压开裂')).toEqual(['马钢']);
  });

  it('a malformed copy is refused, naming the file and the key', () => {
    const load = (name: string) => loadWordFile(name, RIVAL_WORDS);
    expect(() => loadChangedCopy('rivals.json', (file) => (file.notANameWords = []), load)).toThrow(/rivals\.json[^]*notANameWords/);
    expect(() => loadChangedCopy('rivals.json', (file) => delete file.parts, load)).toThrow(/rivals\.json[^]*parts/);
  });
});
