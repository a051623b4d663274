import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMITMENT_WORDS, commitmentWordsSchema } from '../../src/understanding/rules/commitment';
import { NEW_CUSTOMER_WORDS, newCustomerWordsSchema, ORG_SUFFIX } from '../../src/understanding/rules/new-customer';
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

describe('words/commitments.json', () => {
  it('loads, the lists as written', () => {
    expect(loadWordFile('commitments.json', commitmentWordsSchema)).toEqual(COMMITMENT_WORDS);
    // Order is kept: 约好了 is tried before its tail 约了.
    expect(COMMITMENT_WORDS.arrangedWords.slice(0, 2)).toEqual(['约好了', '约了']);
  });

  it('a malformed copy is refused, naming the file and the key', () => {
    expect(() =>
      loadEditedCopy(
        'commitments.json',
        (file) => {
          file.speechVerbs = [];
        },
        (copy) => loadWordFile(copy, commitmentWordsSchema),
      ),
    ).toThrow(/src\/understanding\/words\/commitments\.malformed-\d+\.json[\s\S]*speechVerbs/);
    expect(() =>
      loadEditedCopy(
        'commitments.json',
        (file) => {
          file.laterWords = ['回头', ''];
        },
        (copy) => loadWordFile(copy, commitmentWordsSchema),
      ),
    ).toThrow(/commitments\.malformed-\d+\.json[\s\S]*laterWords/);
  });
});

describe('words/new-customers.json', () => {
  it('loads, the lists as written', () => {
    expect(loadWordFile('new-customers.json', newCustomerWordsSchema)).toEqual(NEW_CUSTOMER_WORDS);
    // A longer suffix before the shorter one it ends with: 股份有限公司, then 有限公司, then 公司.
    expect(ORG_SUFFIX.startsWith('(?:股份有限公司|有限公司|集团|公司|')).toBe(true);
  });

  it('a malformed copy is refused, naming the file and the key', () => {
    expect(() =>
      loadEditedCopy(
        'new-customers.json',
        (file) => {
          delete file.orgSuffixes;
        },
        (copy) => loadWordFile(copy, newCustomerWordsSchema),
      ),
    ).toThrow(/src\/understanding\/words\/new-customers\.malformed-\d+\.json[\s\S]*orgSuffixes/);
    expect(() =>
      loadEditedCopy(
        'new-customers.json',
        (file) => {
          file.version = 2;
        },
        (copy) => loadWordFile(copy, newCustomerWordsSchema),
      ),
    ).toThrow(/new-customers\.malformed-\d+\.json[\s\S]*version/);
  });
});
