import { describe, expect, it } from 'vitest';
import { detectTags } from '../../src/understanding/rules/signals';

/**
 * Blind sets 80-83's signal tags other than the rival, probed with sentences of our own: a cooperative's head (理事长,
 * 社长) as its decision maker, and a head who only passed the lead on; operations and maintenance named as the service
 * bought; service round the clock and a service time with no 内; 谈价 for 谈价格, negated as it is; a price locked, dearer by
 * a sum or cut to a sum; a threat to change supplier or sign with another unless we give way.
 */
const tags = (text: string) => detectTags(text);

describe("a cooperative's head", () => {
  it.each([
    ['青禾种植合作社周理事长说滴灌方案可以 让我报个价'],
    ['见了红星农机社的刘社长 他想年前把烘干机定下来'],
    ['理事长今天打电话 问收割机什么时候能到'],
  ])('%s puts the decision maker in play', (text) => expect(tags(text)).toContain('decision_maker'));
  it.each([['这家合作社长期用进口肥料 想换国产的'], ['合作社长势好的那片地想先试滴灌']])('%s names no head', (text) =>
    expect(tags(text)).not.toContain('decision_maker'),
  );
});

describe('a head who passed the lead on', () => {
  it.each([['新线索 一家养殖场想上监控 是镇上刘书记牵的线'], ['是王局长介绍的客户 要20台空调']])("%s is someone else's head", (text) =>
    expect(tags(text)).not.toContain('decision_maker'),
  );
  it('a head introduced to us is theirs', () => {
    expect(tags('新线索 城东小学 吴校长是朋友介绍的 想做录播教室')).toContain('decision_maker');
  });
});

describe('operations and maintenance bought', () => {
  it.each([['光伏电站今年的运维费谈下来了 一年八十万'], ['新线索 一座水厂 运维要外包 下个月挂网'], ['运维服务框架协议在走法务']])(
    '%s is the purchase, no after-sales worry',
    (text) => expect(tags(text)).not.toContain('after_sales'),
  );
  it('our operations failing them still is one', () => {
    expect(tags('他们说我们运维老是不及时 响应太慢')).toContain('after_sales');
  });
});

describe('service terms', () => {
  it.each([['对方要求设备坏了4小时到场'], ['工程师8小时能到现场是他们的底线'], ['机房要7×24小时有人响应']])(
    '%s is after-sales talk',
    (text) => expect(tags(text)).toContain('after_sales'),
  );
  it('a visit of ours some hours later is none', () => {
    expect(tags('我两小时后到场拜访 带上样册')).not.toContain('after_sales');
  });
});

describe('谈价', () => {
  it('谈价 is price talk', () => {
    expect(tags('明天上午去跟采购谈价 他们想要九折')).toContain('price');
  });
  it.each([['这次去没谈价 先看了样机'], ['先看样机 暂时不谈价']])('%s is none', (text) => expect(tags(text)).not.toContain('price'));
});

describe('price said by a sum or a lock', () => {
  it.each([['老板想趁现在先锁价 怕下个月原料涨'], ['问了两家 华工贵八百多'], ['采购想我们降到九万以内']])('%s is price talk', (text) =>
    expect(tags(text)).toContain('price'),
  );
  it.each([['预算降到三十万了'], ['这批货贵州那边先发']])('%s is none', (text) => expect(tags(text)).not.toContain('price'));
});

describe('a threat to leave us', () => {
  it.each([['采购说交期再拖 不然月底就换供应商'], ['账期要改成60天 不然就跟长城签了']])('%s is churn', (text) =>
    expect(tags(text)).toContain('churn_risk'),
  );
  it('a deadline with no other supplier is none', () => {
    expect(tags('设备要月底前到场 不然赶不上投产')).not.toContain('churn_risk');
  });
});
