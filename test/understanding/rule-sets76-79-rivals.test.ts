import { describe, expect, it } from 'vitest';
import { findCompetitors } from '../../src/understanding/rules/competitors';
import { RULES_ALONE, ruleRunner } from './rule-runner';

/**
 * Blind sets 76–79's rivals, probed with sentences of our own: a name no brand list holds is a rival ranked first beside
 * our rank (我们第二 X第一), quoting to a customer beside our quote (X给<customer>报了… 我们报…), supplying now (X在供,
 * 现在是X在配, 用的都是KCC), talked to, signed with or fought on price (他们还在跟X谈, 跟X和Y都在谈, 跟X签了, 跟X打价格战),
 * weighed (对比了X和Y的报价, 寿命跟X差不多, 比X快, 比X、Y都更适合), threatened with (再拖就要找X了), chosen (还是选X了),
 * failing in use (X的<goods>用了…就出问题), its contract running out to us, or the one they are unhappy with and leaving;
 * beside the same positions holding a party (律师, 总包, 房东), goods, a place of the plant, a mode of transport, a
 * sample or us. A short form of a rival named in full is the same rival; 美的 is read only where it starts a word.
 */
const run = ruleRunner([{ id: 'c1', name: '宏远重工有限公司', aliases: ['宏远'] }]);

describe('a rival read from its position', () => {
  it.each([
    ['宏远那个标开了 我们第三 金鹏第一', '金鹏'],
    ['评标结果出来了 恒泰排第一 我们排第二', '恒泰'],
    ['远航给海丰物流报了一百二一方 我们报一百三', '远航'],
    ['Maxon给他们厂报的价比我们低了8个点', 'Maxon'],
    ['听说他们跟利达签了 我们没机会了', '利达'],
    ['他们还在跟华盛谈 下周出结果', '华盛'],
    ['这次跟金宇打价格战 价格压到了底线', '金宇'],
    ['他们的刀具 山高在供 交期还行', '山高'],
    ['目前是安捷在配 经常缺货', '安捷'],
    ['王处长说最后还是选佳宏了', '佳宏'],
    ['捷顺的道闸用了半年就出问题 想换', '捷顺'],
    ['说力源的电机老出故障', '力源'],
    ['耐磨性跟宝丰差不多 价格低两成', '宝丰'],
    ['他们说再拖就改用宏发了', '宏发'],
    ['再不降价就要找远大了', '远大'],
    ['海达也去报了 价格比我们低', '海达'],
    ['这批货比顺捷快两天', '顺捷'],
    ['说华宇的合同年底到期 到时候全部转给我们', '华宇'],
    ['10月华宇合同到期后先切一半给我们', '华宇'],
    ['对振华不太满意 想换一家', '振华'],
    ['车间里用的都是SKF', 'SKF'],
    ['康力能20天到 我们要一个月', '康力'],
  ])('%s → %s', (text, rival) => {
    expect(findCompetitors(text)).toContain(rival);
  });
});

describe('rivals in lists', () => {
  it.each([
    ['客户对比了Hapag和ONE的报价', ['Hapag', 'ONE']],
    ['他们跟鼎力和众诚都在谈', ['鼎力', '众诚']],
    ['我们的方案比金帆、瑞达都便宜', ['金帆', '瑞达']],
    ['竞争对手有海星、东方 还有本地的宏力', ['海星', '东方', '宏力']],
    ['对手有皇朝家具和华日', ['皇朝家具', '华日']],
  ])('%s → %j', (text, rivals) => {
    expect(run(text).competitors).toEqual(rivals);
  });
});

describe('the same positions holding no rival', () => {
  it.each([
    '我们第二 第一是谁还不知道',
    '他们跟总包签了 下周进场',
    '他们跟沃尔玛签了年度供货协议',
    '他们还在跟律师谈',
    '他们还在跟领导谈',
    '他们跟房东签了 三年',
    '冷库的压缩机老出故障 想换',
    '鼓风机的轴承用了两个月就出问题',
    '他们的设备老出故障',
    '寿命跟进口的差不多',
    '质量跟样品一样',
    '质量跟大牌一样',
    '客户说性价比跟进口的差不多',
    '再拖就要找法院了',
    '再不行就要找厂家了',
    '空运比海运快三天',
    '这次比上次快',
    '人比较爽快',
    '比平时慢了一点',
    '年度合同到期后续给我们',
    '对价格不太满意 想再谈谈',
    '对服务态度不满意 想换人',
    '对司机不满意 想换',
    '用的都是PVC 管子',
    '这次FOB宁波 走马士基',
    '换了三批货',
    '压缩机他们指定用比泽尔的',
    '这套方案很完美的',
  ])('%s', (text) => {
    expect(findCompetitors(text)).toEqual([]);
  });
});

describe('how a name is cut', () => {
  it.each([
    ['听说转给顺丰冷运做了', ['顺丰冷运']],
    ['产量比他们原来用的隆平高一点', ['隆平']],
    ['雷克和凯亚都来过了,雷克价格更低', ['雷克', '凯亚']],
    ['说东方雨虹也报了 我们比雨虹低一点', ['东方雨虹']],
    ['格力、美的肯定都会来', ['格力', '美的']],
    ['没中 美的中了', ['美的']],
  ])('%s → %j', (text, rivals) => {
    expect(run(text).competitors).toEqual(rivals);
  });
});

describe('另外…家 as others in the running, not the customer’s other sites', () => {
  it('另外两家也报了价 is rivals', () => {
    expect(run('宏远说另外两家也报了价').tags).toContain('competitor');
  });
  it('宏远说做得好的话另外两家分店也给我们做', () => {
    expect(run('宏远说做得好的话另外两家分店也给我们做').tags).not.toContain('competitor');
  });
  // The learned reader reads 另外一家 as a rival here, though it is the customer's other works.
  it('宏远满意的话另外一家工厂也上我们的', () => {
    expect(run('宏远满意的话另外一家工厂也上我们的', undefined, RULES_ALONE).tags).not.toContain('competitor');
  });
});
