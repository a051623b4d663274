import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INTENT_WORDS, intentWordsSchema } from '../../src/understanding/rules/intent';
import { loadWordFile } from '../../src/understanding/words/word-file';

/** The word files beside the rules: each loads, and a malformed copy is refused naming the file and the key. */

const WORDS_DIR = new URL('../../src/understanding/words/', import.meta.url);

/** Loads a copy of `name` changed by `edit`, written beside the real file (loadWordFile reads only there), then removed. */
function loadEditedCopy<T>(name: string, edit: (file: Record<string, unknown>) => void, load: (copy: string) => T): T {
  const file = JSON.parse(readFileSync(new URL(name, WORDS_DIR), 'utf8')) as Record<string, unknown>;
  edit(file);
  const copy = name.replace(/\.json$/, `.malformed-${process.pid}.json`);
  writeFileSync(new URL(copy, WORDS_DIR), JSON.stringify(file));
  try {
    return load(copy);
  } finally {
    rmSync(new URL(copy, WORDS_DIR));
  }
}

describe('words/intent.json', () => {
  it('loads, the lists as written', () => {
    expect(loadWordFile('intent.json', intentWordsSchema)).toEqual(INTENT_WORDS);
    expect(INTENT_WORDS.lastRecord.slice(0, 4)).toEqual(['刚才', '刚刚', '刚发的', '刚']);
  });

  it('a malformed copy is refused, naming the file and the key', () => {
    expect(() =>
      loadEditedCopy(
        'intent.json',
        (file) => {
          file.greetings = [];
        },
        (copy) => loadWordFile(copy, intentWordsSchema),
      ),
    ).toThrow(/src\/understanding\/words\/intent\.malformed-\d+\.json[\s\S]*greetings/);
    expect(() =>
      loadEditedCopy(
        'intent.json',
        (file) => {
          delete file.takeBack;
        },
        (copy) => loadWordFile(copy, intentWordsSchema),
      ),
    ).toThrow(/intent\.malformed-\d+\.json[\s\S]*takeBack/);
  });
});
