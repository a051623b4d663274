import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { extractionInputSchema, type ExtractionInput } from '../../src/understanding/extraction';
import { fitExtraction } from '../../src/understanding/fit-extraction';
import { extractByRules } from '../../src/understanding/rule-extractor';
import { RuleThreadGone, RuleThreads } from '../../src/understanding/rule-threads';

const inputs: ExtractionInput[] = readFileSync(new URL('../fixtures/extract-regression.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => extractionInputSchema.parse(JSON.parse(line)));

describe('rules in worker threads', () => {
  let threads: RuleThreads;
  afterEach(() => threads.stop());

  it('give every message the extraction the rules give on the main thread, many at once over two threads', async () => {
    threads = new RuleThreads(2);
    const options = { timeZone: 'Asia/Shanghai', competitorBrands: ['蓝海泵业'] };
    const inThreads = await Promise.all(inputs.map((input) => threads.extract(input, options)));
    expect(inThreads).toEqual(inputs.map((input) => fitExtraction(extractByRules(input, options))));
  });

  it('answer a message the rules fail on with the error, and go on with the next', async () => {
    threads = new RuleThreads(1);
    const broken = { ...inputs[0]!, customers: null } as unknown as ExtractionInput;
    await expect(threads.extract(broken)).rejects.toThrow(/null|undefined/);
    await expect(threads.extract(broken)).rejects.not.toBeInstanceOf(RuleThreadGone);
    await expect(threads.extract(inputs[0]!)).resolves.toMatchObject({ id: inputs[0]!.id });
  });

  it('warmed, load the rules before the first message, and answer it', async () => {
    threads = new RuleThreads(2);
    expect(threads.running).toBe(0);
    expect(await threads.warm()).toBe(2);
    expect(threads.running).toBe(2);
    await expect(threads.extract(inputs[0]!)).resolves.toEqual(fitExtraction(extractByRules(inputs[0]!)));
    expect(threads.running).toBe(2);
  });

  it('fail the requests of a thread that stops before answering, and start a new thread for the next', async () => {
    threads = new RuleThreads(1);
    const unanswered = threads.extract(inputs[0]!);
    await threads.stop();
    await expect(unanswered).rejects.toThrow(/rule thread exited/);
    await expect(unanswered).rejects.toBeInstanceOf(RuleThreadGone);
    await expect(threads.extract(inputs[1]!)).resolves.toMatchObject({ id: inputs[1]!.id });
  });
});
