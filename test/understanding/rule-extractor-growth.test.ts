import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { extractByRules } from '../../src/understanding/rule-extractor';

/**
 * The rules take time linear in the text: eight times the text may take at most 24 times as long
 * (linear is 8, quadratic 64). The bound is loose on purpose, so that a busy machine cannot break
 * it, while the quadratic spots this guards against measured 40 to 80 times before they were fixed.
 */

const FIXTURES = new URL('../fixtures/', import.meta.url);
/** Every fixture message in file order: a long report of varied sentences. */
const REPORTS = readdirSync(FIXTURES)
  .filter((name) => name.startsWith('extract-'))
  .flatMap((name) => readFileSync(new URL(name, FIXTURES), 'utf8').split('\n'))
  .filter((line) => line.trim())
  .map((line) => (JSON.parse(line) as { text: string }).text)
  .join('');

const INPUT = {
  id: 'growth',
  now: '2026-03-02T10:15:00+08:00',
  sender: { id: 'zhangwei', name: '张伟' },
  customers: [{ id: 'cus_101', name: '华信精密机械有限公司', aliases: ['华信'] }],
};

const SMALL = 2_000;

const repeated = (unit: string) => (n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

/** Each shape made a rule quadratic before: due numerals, negation, joined times, done clauses, rival lists. */
const SHAPES: Array<[string, (n: number) => string]> = [
  ['a long report', repeated(REPORTS.slice(0, SMALL))],
  ['a report run together without punctuation', repeated(REPORTS.replace(/[，。；：！？、,.;:!?\s]/g, '').slice(0, SMALL))],
  ['a run of numerals', repeated('一二三四五六七八九十')],
  ['a run of digits', repeated('1234567890')],
  ['one clause of negated mentions', repeated('客户没提价格也没谈交期')],
  ['a list of times', repeated('下周三下午3点,')],
  ['a list of done deliverables', repeated('都搞定了,')],
  ['a list of rivals', repeated('西门子和ABB,')],
];

const RUNS = 5;

function time(text: string): number {
  const start = performance.now();
  extractByRules({ ...INPUT, text });
  return performance.now() - start;
}

/** Best of several runs of each, taken in turns so that a busy moment slows both alike. */
function growth(small: string, large: string): number {
  let bestSmall = Infinity;
  let bestLarge = Infinity;
  for (let run = 0; run < RUNS; run += 1) {
    bestSmall = Math.min(bestSmall, time(small));
    bestLarge = Math.min(bestLarge, time(large));
  }
  return bestLarge / bestSmall;
}

describe('the rules take time linear in the text', () => {
  it.each(SHAPES)('%s', (_shape, make) => {
    const small = make(SMALL);
    const large = make(8 * SMALL);
    expect(large.length).toBe(8 * SMALL);
    time(small); // warm up the compiled patterns
    expect(growth(small, large)).toBeLessThan(24);
  });
});
