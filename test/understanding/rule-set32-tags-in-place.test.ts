import { describe, expect, it } from 'vitest';
import { detectTags } from '../../src/understanding/rules/signals';
import { ruleRunner } from './rule-runner';

/**
 * Blind set 32's false tags, probed with sentences of our own: spare parts as the goods sold, staff on site as the
 * offer, a supply named as a paper, a time that is an expiry, signing on a condition, a topic put off, a version
 * chosen, a parents' committee deciding, goods promised within hours. `now` is Wednesday 2026-03-04.
 */
const run = ruleRunner([
  { id: 'c1', name: '华源纺织机械有限公司', aliases: ['华源'] },
  { id: 'c2', name: '新天地商业管理有限公司', aliases: ['新天地'] },
]);

describe('spare parts and staff on site as what is sold', () => {
  it.each(['他们今年的备件预算砍了一半', '叉车备件清单核对完了', '想找个第三方备件供应商', '备件年框下周谈'])(
    '%s: no after-sales',
    (text) => expect(detectTags(text)).not.toContain('after_sales'),
  );
  it.each(['备件老是缺 售后跟不上', '上次的备件一直没人管', '客户问备件能不能两天内到现场'])('%s: still after-sales', (text) =>
    expect(detectTags(`${text}, 服务响应太慢`)).toContain('after_sales'),
  );
  it.each(['保洁驻场方案明天发', '驻场保安名单已经报上去了', '派人驻场培训操作员三天'])('%s: no after-sales', (text) =>
    expect(detectTags(text)).not.toContain('after_sales'),
  );
  it.each(['设备科要求我们派人驻场', '院方问能不能驻场', '合同里写了驻场工程师两名'])('%s: after-sales', (text) =>
    expect(detectTags(text)).toContain('after_sales'),
  );
});

describe('delivery', () => {
  it.each(['下周一前把年度供货方案发过去', '供货协议法务在看'])('%s: a supply paper, no delivery', (text) =>
    expect(detectTags(text)).not.toContain('delivery'),
  );
  it.each(['要求四小时内补货', '承诺24小时内送达', '下个月开始供货'])('%s: delivery', (text) =>
    expect(detectTags(text)).toContain('delivery'),
  );
  it('a reorder with no span is no delivery', () => expect(detectTags('说下个月还要补货')).not.toContain('delivery'));
});

describe('closing soon', () => {
  it.each(['租赁合同下个月到期,续签应该没问题', '定了就签,周五出结果'])('%s: not imminent', (text) =>
    expect(detectTags(text)).not.toContain('closing_soon'),
  );
  it.each(['下个月签合同', '周五就签', '月底前把合同签了'])('%s: imminent', (text) => expect(detectTags(text)).toContain('closing_soon'));
});

describe('a topic put off', () => {
  it.each(['价格先不急,先看样品', '报价先不谈'])('%s: no price', (text) => expect(detectTags(text)).not.toContain('price'));
  it('a price wanted soon is price', () => expect(detectTags('报价要尽快')).toContain('price'));
});

describe('a version chosen', () => {
  it.each(['华源两套方案都看了,老板选了第一套', '新天地选了B版'])('%s: no rival, no loss', (text) => {
    const out = run(text);
    expect(out.competitors).toEqual([]);
    expect(out.tags).not.toContain('churn_risk');
    expect(out.stage).toBeNull();
  });
  it('a maker chosen is still a loss to a rival', () => {
    const out = run('华源最后选了海天');
    expect(out.tags).toContain('churn_risk');
    expect(out.stage).toBe('lost');
  });
});

describe('a parents’ committee deciding', () => {
  it.each(['家委会月底开会定款式', '家委会投票通过了'])('%s: approval', (text) => expect(detectTags(text)).toContain('approval'));
  it('a committee voting for a rival is no sign-off', () =>
    expect(detectTags('小区业委会今天投票 选了另一家物业')).not.toContain('approval'));
});
