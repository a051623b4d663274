import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { onlyWholeWords } from '../../src/understanding/rules/segmenter';
import { detectTags } from '../../src/understanding/rules/signals';
import { loadWordFile, words } from '../../src/understanding/words/word-file';
import { withDealWordTyposRepaired } from '../../src/understanding/rules/sound-typos';

describe('a character read as a word of its own (segmenter with the user dictionary)', () => {
  it.each([
    ['把报价带过去', '把报价带过去'],
    ['明天带上样品去', '明天带上样品去'],
    ['皮带和履带都要换', '皮○和履○都要换'],
    ['下周约王总吃饭', '下周约王总吃饭'],
    ['预约了周五 签约了 大约十万', '预○了周五 签○了 大○十万'],
    ['进商务谈判 改进一下 进行了演示', '进商务谈判 改○一下 ○行了演示'],
  ])('%s -> %s', (text, read) => expect(onlyWholeWords(text, '带约进')).toBe(read));
});

describe('signal words from words/signals.json', () => {
  it.each([
    ['质保两年', ['after_sales']],
    ['质保金5%', ['payment']],
    ['下周上会讨论', ['approval']],
    ['下午开个线上会讲一下', []],
    ['对手报价比我们低', ['competitor', 'price']],
    ['这次没有竞争对手', []],
  ])('%s -> %j', (text, tags) => expect(detectTags(text).sort()).toEqual(tags));
});

describe('word files', () => {
  it('a bad edit stops the load, naming the file', () => {
    expect(() => loadWordFile('signals.json', z.object({ version: z.literal(2), tags: z.record(z.string(), words) }))).toThrow(
      /src\/understanding\/words\/signals\.json/,
    );
  });
});

describe('deal words mistyped by voice (words/sound-typos.json)', () => {
  it.each([
    ['长青的合铜下周寄过来', '长青的合同下周寄过来'],
    ['客户想分期付宽', '客户想分期付款'],
    ['把报架单改一下', '把报价单改一下'],
    ['中午和同事吃饭', '中午和同事吃饭'],
    ['交齐资料', '交齐资料'],
  ])('%s -> %s', (text, read) => expect(withDealWordTyposRepaired(text)).toBe(read));

  it('a customer named like a typo keeps its name', () => {
    expect(withDealWordTyposRepaired('合通物流的单子', ['合通物流'])).toBe('合通物流的单子');
  });
});
