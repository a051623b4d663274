import { readdirSync, readFileSync } from 'node:fs';
import { extractByRules } from '../src/understanding/rule-extractor';

/**
 * `npm run bench:extract`: how the rules' time grows with the text, for each shape of text that once made
 * a rule quadratic. Eight times the text should take about eight times as long (quadratic: 64); the
 * quadratic spots fixed earlier measured 40 to 80. Prints the times and the ratio; exits 1 when a ratio
 * passes 24, so a regression is visible when the bench is run, without a timed assertion in the tests.
 */

const FIXTURES = new URL('../test/fixtures/', import.meta.url);
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
const LIMIT = 24;

function time(text: string): number {
  const start = performance.now();
  extractByRules({ ...INPUT, text });
  return performance.now() - start;
}

/** Best of several runs of each, taken in turns so that a busy moment slows both alike. */
function best(small: string, large: string): { small: number; large: number } {
  let bestSmall = Infinity;
  let bestLarge = Infinity;
  for (let run = 0; run < RUNS; run += 1) {
    bestSmall = Math.min(bestSmall, time(small));
    bestLarge = Math.min(bestLarge, time(large));
  }
  return { small: bestSmall, large: bestLarge };
}

let worst = 0;
console.log(`shape | ${SMALL} chars | ${8 * SMALL} chars | ratio (linear 8)`);
for (const [shape, make] of SHAPES) {
  const small = make(SMALL);
  const large = make(8 * SMALL);
  time(small); // warm up the compiled patterns
  const timing = best(small, large);
  const ratio = timing.large / timing.small;
  worst = Math.max(worst, ratio);
  console.log(`${shape} | ${timing.small.toFixed(1)} ms | ${timing.large.toFixed(1)} ms | ${ratio.toFixed(1)}`);
}
console.log(`worst ratio ${worst.toFixed(1)} (limit ${LIMIT})`);
process.exitCode = worst > LIMIT ? 1 : 0;
