import { describe, expect, it } from 'vitest';
import { findCompetitors } from '../../src/understanding/rules/competitors';

/**
 * General forms found in session 17 on the unseen sets 88–109, probed with sentences of our own: rivals in positions
 * only a rival stands in, and words in a rival's position that name no maker.
 */

describe('a rival named by where it stands', () => {
  it.each([
    ['the customer also talks to it', '听说宏盛也在谈 下周他们要定', '宏盛'],
    ['its goods also looked at', '客户说恒峰的也在看', '恒峰'],
    ['it works the customer too, said with where it is', '天瑞那边最近也在跑他们采购', '天瑞'],
    ['looked at before us', '他们之前还看过诺泰的', '诺泰'],
    ['beaten by us', '合同签了 这次赢了金马', '金马'],
    ['left for us', '他们打算从永昌换成我们的', '永昌'],
    ['the makers weighed, named after the weighing', '他们对比的是华科和中信', '华科'],
    ['the old goods are its', '他们老的检测系统是精电的', '精电'],
    ['they turn to its goods', '品质经理说下个月开始用安泰的', '安泰'],
    ['they threaten to switch to its goods', '再出问题就换龙华的了', '龙华'],
    ['it won', '钢丝绳那单 恒远的中了', '恒远'],
    ['its price said too low to beat', '老板说东鑫价格实在低 没法比', '东鑫'],
    ['the customer checks our price against it', '采购说要跟宏达比价', '宏达'],
  ])('%s: %s', (_why, text, rival) => expect(findCompetitors(text)).toContain(rival));
});

describe('words in a rival position that name no maker', () => {
  it.each([
    ['a price check of papers', '我答应周二前把三家比价材料整理好给他'],
    ['a per-piece price', '需要10台 单台报价2.6万'],
    ['a figure settled', '最后定了三百二十万 比原来的报价少了十来万'],
    ['a kind of goods switched to', '想把整个厂的监控换成高清的'],
    ['a day word before a contract', '今天合同盖完章了 42万'],
    ['a deal slipping with the customer', '认证推迟了 订单也跟着往后推'],
    ['the stage a deal is moved to', '星河那单换成需求确认'],
    ['a party replaced', '开发商那边换了总包'],
  ])('%s: %s', (_why, text) => expect(findCompetitors(text)).toEqual([]));
});
