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
    // Blind set 23, own wording: the first character heard as another, 签 heard as 千, 法务 and 演示 by their second.
    ['他们那份和同还没盖章', '他们那份合同还没盖章'],
    ['明年的与算还没定', '明年的预算还没定'],
    ['客户最关心指保几年', '客户最关心质保几年'],
    ['法物说条款要改', '法务说条款要改'],
    ['下午去给他们做眼是', '下午去给他们做演示'],
    ['这周能千合同', '这周能签合同'],
    ['华海那单终于千下来了', '华海那单终于签下来了'],
    ['老板说下个月就能千', '老板说下个月就能签'],
    ['和同学一起去', '和同学一起去'],
    ['与算法团队开会', '与算法团队开会'],
    ['运费只包安装不包', '运费只包安装不包'],
    ['这个办法无效', '这个办法无效'],
    ['报价一千二一台', '报价一千二一台'],
    ['差了5千', '差了5千'],
    ['千方和海信都在跟', '千方和海信都在跟'],
    ['违约一天扣千分之三', '违约一天扣千分之三'],
  ])('%s -> %s', (text, read) => expect(withDealWordTyposRepaired(text)).toBe(read));

  it('a customer named like a typo keeps its name', () => {
    expect(withDealWordTyposRepaired('合通物流的单子', ['合通物流'])).toBe('合通物流的单子');
  });
});
