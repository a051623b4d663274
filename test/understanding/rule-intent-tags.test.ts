import { describe, expect, it } from 'vitest';
import { extractByRules } from '../../src/understanding/rule-extractor';
import { detectTags } from '../../src/understanding/rules/signals';
import type { ExtractionInput } from '../../src/understanding/extraction';

/** General rules found by blind sets 16 and 17, probed with sentences of our own. */

const customers = [
  { id: 'c1', name: '宏达模具有限公司', aliases: ['宏达'] },
  { id: 'c2', name: '长青食品有限公司', aliases: ['长青'] },
];
const input = (text: string): ExtractionInput => ({
  id: 't',
  now: '2026-03-04T10:15:00+08:00',
  sender: { id: 'u', name: '张伟' },
  customers,
  text,
});
const run = (text: string) => extractByRules(input(text));

describe('price: a stated total is the amount, a bargained one is price talk', () => {
  it.each([
    ['宏达签了,合同总价66万,首付两成', false],
    ['长青的总价大约30万,下周上会', false],
    ['宏达这边总价压到58万,再低就亏了', true],
    ['长青说总价能接受,就是交期要快', true],
    ['我明天把含税总价报给长青', true],
  ])('%s -> price %s', (text, price) => expect(detectTags(text).includes('price')).toBe(price));
});
