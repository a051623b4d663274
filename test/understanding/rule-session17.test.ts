import { describe, expect, it } from 'vitest';
import { findCompetitors } from '../../src/understanding/rules/competitors';
import { ruleRunner } from './rule-runner';

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

describe('a lead said to be one at the end, or named by 有家叫', () => {
  const run = ruleRunner([{ id: 'c1', name: '华信精密机械有限公司', aliases: ['华信'] }]);

  it.each([
    ['the marker closes the message, the name opens it', '永丰果业想找我们做分拣线,刚加上微信,帮我建个档', '永丰果业'],
    ['described first, then named, then the marker', '有个园区想上门禁 滨江智造园 上周加的微信 帮我录一下', '滨江智造园'],
    ['a firm counted by 家 and called by its name', '诸城有家叫德润食品的 做肉制品的 想上冷库 负责人孙总', '德润食品'],
    ['the same in a report of a walk round', '去工业园扫街 有一家叫恒通塑业的说有兴趣 留了电话', '恒通塑业'],
    ['a company named with 公司叫', '饭局上碰到个做涂料的老板 公司叫嘉禾新材 想了解喷涂线', '嘉禾新材'],
  ])('%s: %s', (_why, text, name) => {
    const out = run(text);
    expect(out.intent).toBe('create_lead');
    expect(out.customerName).toBe(name);
  });

  it.each([
    ['described, not named', '录个线索 临朐那边有个家庭农场 五百亩地 想买无人机'],
    ['counted, not named', '加线索 安丘的一个合作社 名字记不住了 要播种机'],
    ['the command words are no name', '朋友介绍了个做辣酱的,郫县那边,名字回头问,先录进去'],
    ['the name is to be sent later', '展会上加了个微信 日照的 做水产的 于总 公司名回头发我'],
    ['said to have no name yet', '新线索 没名字 老同学介绍的 做汽车座椅的'],
  ])('no name: %s (%s)', (_why, text) => {
    const out = run(text);
    expect(out.intent).toBe('create_lead');
    expect(out.customerName).toBeNull();
  });

  it('the marker closing a message with no name still registers a lead, the bot asking its name', () => {
    expect(run('平度那边一个种草莓的合作社要建冷库 叫啥忘了 先挂个线索').intent).toBe('create_lead');
  });

  it('a firm the customer tells of by 有家叫 is no lead: it is news of a rival', () => {
    const out = run('华信采购说本地有家叫恒光照明的报价才我们的七成 我周五前答复');
    expect(out.intent).toBe('log_activity');
    expect(out.customerId).toBe('c1');
  });
});

describe('leads told by how they came or that they are new to us', () => {
  const run = ruleRunner([
    { id: 'c1', name: '华信精密机械有限公司', aliases: ['华信'] },
    { id: 'c2', name: '绍兴凤凰纺织合作社', aliases: ['凤凰合作社'] },
  ]);

  it.each([
    ['a caller says whom they speak for', '刚才有人打电话,说是胶州金海湾水产的,要一条虾仁加工线,让报个价。先记成线索', '金海湾水产'],
    ['said to be new to us after its name', '临沂有个做刹车片的 鑫驰摩擦材料 想做盐雾检测 第一次接触 下周去看看', '鑫驰摩擦材料'],
    ['记一下 opening a party we do not have', '记一下 蒙山古树茶业 今天电话里聊的 他们想要装袋机', '蒙山古树茶业'],
  ])('%s: %s', (_why, text, name) => {
    const out = run(text);
    expect(out.intent).toBe('create_lead');
    expect(out.customerName).toBe(name);
  });

  it('记一下 opening a report on a customer of ours is that report', () => {
    const out = run('记一下 凤凰合作社的尾款8.6万今天到账了');
    expect(out.intent).toBe('log_activity');
    expect(out.customerId).toBe('c2');
  });
});

describe('what a message is, said plainly', () => {
  const run = ruleRunner([{ id: 'c1', name: '华信精密机械有限公司', aliases: ['华信'] }]);

  it.each([
    ['the task marked done at the end', '华信那个答复已经回了王总 完成', 'complete_commitment'],
    ['marked to be struck off', '给华信的分期申请结果已经回了 可以销掉', 'complete_commitment'],
    ['the promise named and settled', '华信样件测试安排好了 之前答应王总的事搞定', 'complete_commitment'],
    ['the next stage asked for by 往下走一步', '华信 需求确认完了 往下走一步', 'stage_change'],
    ['small talk said as a question', '吃了吗', 'other'],
    ['progress said to be none', '华信 电话 没啥进展', 'log_activity'],
    ['progress said to be none, in southwestern words', '华信那边 电话 莫得啥进展', 'log_activity'],
    ['progress asked for', '华信有啥进展', 'query'],
  ])('%s: %s', (_why, text, intent) => expect(run(text).intent).toBe(intent));

  it('a place inside a customer name names it only when nothing names one better', () => {
    const run2 = ruleRunner([
      { id: 'z1', name: '习水醉美酒业有限公司', aliases: ['醉美'] },
      { id: 'z2', name: '遵义茅台镇酱香老窖酒业有限公司', aliases: ['茅台镇老窖'] },
    ]);
    expect(run2('醉美 视频会 给他们看了我们在茅台镇做的贴标线').customerId).toBe('z1');
    expect(run2('茅台镇的报名资料递过去了').customerId).toBe('z2');
  });
});

describe('stage requests and questions said in other ways', () => {
  const run = ruleRunner([{ id: 'c1', name: '华信精密机械有限公司', aliases: ['华信'] }]);

  it.each([
    ['可以去 a stage', '华信可以去方案演示阶段', 'demo'],
    ['taken back to a stage', '华信那单退回去初步接触阶段', 'contact'],
    [
      'the next stage named, then the field asked to change',
      '华信比选结果下来了 我们第一 下一步商务谈判 你帮我把阶段改一下',
      'negotiation',
    ],
  ])('%s: %s', (_why, text, stage) => {
    const out = run(text);
    expect(out.intent).toBe('stage_change');
    expect(out.stage).toBe(stage);
  });

  it.each([
    ['how to move a deal on, asked before its why', '华信这单该怎么往下推 客户老改需求', 'query'],
    ['what the bot can do, asked with 可以', '这个bot可以做啥?', 'help'],
    ['a lead marked by the one word at the end', '衡水市人民医院 物流机器人 线索', 'create_lead'],
  ])('%s: %s', (_why, text, intent) => expect(run(text).intent).toBe(intent));
});

describe('forms of sets 114-117', () => {
  const run = ruleRunner([{ id: 'c1', name: '华信精密机械有限公司', aliases: ['华信'] }]);

  it.each([
    [
      '录成线索 at the end, the contact after 的 cut from the name',
      '扶绥东门糖业的机修组长黄工加了我微信,讲他们想改蒸发系统,帮我录成线索',
      '扶绥东门糖业',
    ],
    ['登记一下 at the end', '迁安县恒昌矿业，想上烟气除尘，对接的是周总，帮我登记一下', '迁安县恒昌矿业'],
    ['加一下 at the end', '霸州市金源建材 石灰窑除尘 今天接触了一下 对接人是许经理 加一下', '霸州市金源建材'],
  ])('%s: %s', (_why, text, name) => {
    const out = run(text);
    expect(out.intent).toBe('create_lead');
    expect(out.customerName).toBe(name);
  });

  it.each([
    ['who came of their own accord', '平泉县鑫源钢铁设备处姜处长主动找上门 问烧结脱硫', 'create_lead'],
    ['a referred party whose name is not asked yet', '今天朋友介绍一家浦东的精品酒店,讲要换一批客房用品,名字我还没问清楚', 'create_lead'],
    ['the promise named, then reported through', '答应华信的试点线今天跑通了', 'complete_commitment'],
    ['a stage named, then the field asked to be marked', '华信 谈判阶段 标一下', 'stage_change'],
    ['an outcome named, then the status asked to change', '华信 赢单 改一下状态', 'stage_change'],
    ['Shanghainese: how to use the bot', '搿个机器人哪能用啊', 'help'],
    ['Shanghainese: my promises asked', '搿礼拜阿拉还有啥承诺没做好伐', 'query'],
    ['Shanghainese: who owns a customer', '华信是啥人在跟个', 'query'],
  ])('%s: %s', (_why, text, intent) => expect(run(text).intent).toBe(intent));

  it('an unnamed party told of in a report on our customer is a rival, not a lead', () => {
    const out = run('华信的钱处长说这次在比选 瑞仕格一家 我们一家 还有个国产的叫啥忘了');
    expect(out.intent).toBe('log_activity');
    expect(out.customerId).toBe('c1');
  });

  it.each([
    ['a maker our own offer uses', '给他们现场试焊了几个样件 我们方案用的是发那科本体'],
    ['a rate is no maker', '管着6个小区 物业费收缴率低 想搞线上缴费'],
    ['a drawing is no maker', '面积比图纸上大了快一倍 原来报的十二万肯定不够'],
    ['a supplier with a record is no maker', '这次选供应商一定要找有业绩的'],
  ])('no rival: %s (%s)', (_why, text) => expect(findCompetitors(text)).toEqual([]));
});

describe('more forms of set 114', () => {
  const run = ruleRunner([{ id: 'c1', name: '华信精密机械有限公司', aliases: ['华信'] }]);

  it('a remote look promised within hours is due then', () => {
    const out = run('华信周工一早打电话 有台检测仪报故障 我说2小时内远程先看一下 不行再派人', '2025-04-25T08:50:00+08:00');
    expect(out.commitment?.due).toBe('2025-04-25T10:50:00+08:00');
  });

  it.each([
    ['a town government named in full', '固原县古城镇人民政府想搞个小型一体化水厂 刚加上分管的马副镇长', '固原县古城镇人民政府'],
    [
      '新来了个客户 before the name',
      '格尔木新来了个客户 青海盐湖元通钾盐有限公司 他们总经理杨总想配一批检测仪',
      '青海盐湖元通钾盐有限公司',
    ],
  ])('%s: %s', (_why, text, name) => {
    const out = run(text);
    expect(out.intent).toBe('create_lead');
    expect(out.customerName).toBe(name);
  });

  it('先记下来 closing a party described registers a lead with no name to go by', () => {
    const out = run('盐池那边有个村要打井配净水设备 村支书刚加我微信 先记下来');
    expect(out.intent).toBe('create_lead');
    expect(out.customerName).toBeNull();
  });

  it('a new project of our customer with a budget is no lead', () => {
    const out = run('华信说厂里还有个新项目 预算大概三十万 让我们下周去交流一下');
    expect(out.intent).toBe('log_activity');
    expect(out.customerId).toBe('c1');
  });
});

describe('a threat to go elsewhere if it happens again is churn', () => {
  const run = ruleRunner([{ id: 'c1', name: '华信精密机械有限公司', aliases: ['华信'] }]);

  it.each([['华信说AOI误判还是偏高 再不解决就要找别家来替换了'], ['华信品质部说再出问题就还用回原来那家']])('%s', (text) =>
    expect(run(text).tags).toContain('churn_risk'),
  );

  it('the rep going to see them again is none', () => {
    expect(run('华信王经理说今年餐标要下调 我下周再去找他碰冷链配送的事').tags).not.toContain('churn_risk');
  });
});

describe('进场 is our goods or crew arriving on site: delivery (51 of 63 labelled reports say so)', () => {
  const run = ruleRunner([{ id: 'c1', name: '华信精密机械有限公司', aliases: ['华信'] }]);

  it.each([['华信签了 合同金额38.6万 下周安排进场'], ['华信的两台塔吊这周一进场了 刘总说比计划晚了三天']])('%s', (text) =>
    expect(run(text).tags).toContain('delivery'),
  );

  it.each([
    ['a listing fee', '华信超市采购说进场费一个门店3000 太贵了'],
    ['nobody let in', '华信猪场最近防疫 外人一律不让进场 拜访推迟了'],
    ['a plan for it', '华信合同盖章了 我这周五前把施工进场计划发给物业'],
  ])('not %s: %s', (_why, text) => expect(run(text).tags).not.toContain('delivery'));
});

describe('forms of sets 118-121', () => {
  const run = ruleRunner([{ id: 'c1', name: '华信精密机械有限公司', aliases: ['华信'] }]);

  it.each([
    ['a deliverable handed to a contact of the customer named', '车队资源表给华信马经理了', 'complete_commitment'],
    ['an answer told to their boss', '华信6个月账期的答复,已经告诉邓老板了', 'complete_commitment'],
    ['a demo made ready', '华信拧螺丝的demo搞定了 随时能看', 'complete_commitment'],
    ['papers finished with 弄', '华信的标书弄完了 改了三遍 累死', 'complete_commitment'],
    ['the stage field chosen', '华信的商机 关闭 阶段选丢单', 'stage_change'],
    ['the status set', '华信 状态设为已赢单', 'stage_change'],
    ['Cantonese: taken back to a stage', '华信嗰单转返初步接触啦,佢哋换咗个采购', 'stage_change'],
    ['Cantonese: undo the last one', '撤销啱啱嗰条,客户搞错咗', 'undo'],
    ['Cantonese: how many deals at a stage', '喺商务谈判阶段嘅单有几多张?', 'query'],
    ['a lead marked by 这个记上', '饭局上认识个河南金汇重工的采购 说有批轴承想换供应商 这个记上', 'create_lead'],
  ])('%s: %s', (_why, text, intent) => expect(run(text).intent).toBe(intent));

  it.each([
    ['Cantonese 间 counts a shop', '顺德大良有间私房菜叫八大碗 想整套厨房设备', '八大碗'],
    ['newly opened, counted by 间', '古镇新开了间民宿叫拾光里 要全屋灯光', '拾光里'],
    ['where it is in a word of its own, then the name', '加个线索,萧山临江那边,浙江恒宇化纤,做锦纶的,在找新的油剂供应商', '浙江恒宇化纤'],
  ])('%s: %s', (_why, text, name) => expect(run(text).customerName).toBe(name));
});

describe('their deadline for what we do, then the rep says yes: a promise of ours, due then', () => {
  const run = ruleRunner([{ id: 'c1', name: '华信精密机械有限公司', aliases: ['华信'] }], '2026-01-06T09:05:00+08:00');

  it.each([
    ['华信年货礼盒在谈,3000套,客户要1月20号前交货,我答应了', '2026-01-20T18:00:00+08:00'],
    ['华信的礼盒,他们老板要求下周五前看到实物样,我说没问题', '2026-01-16T18:00:00+08:00'],
    ['华信钱经理说1月18号前必须交货到他们仓库,问我们能不能做到,我说可以', '2026-01-18T18:00:00+08:00'],
  ])('%s', (text, due) => expect(run(text).commitment?.due).toBe(due));

  it('their deadline alone, with no yes, stays theirs', () => {
    expect(run('华信说他们1月20号前要把年货发完').commitment).toBeNull();
  });
});

describe('their deadline to receive what we make is our due', () => {
  const run = ruleRunner([{ id: 'c1', name: '华信精密机械有限公司', aliases: ['华信'] }], '2025-10-18T11:00:00+08:00');

  it('he wants our quote within three workdays', () => {
    expect(run('华信采购吴经理说预算虽然紧,但可以先做大堂,他要三个工作日内拿到报价').commitment?.due).toBe('2025-10-22T18:00:00+08:00');
  });

  it('a follow-up once more by month end is the rep’s', () => {
    expect(run('华信那边说方案要上董事会,最快下月初才有结果,我月底前再跟一次').commitment?.due).toBe('2025-10-31T18:00:00+08:00');
  });
});

describe('last forms of sets 118-121', () => {
  const run = ruleRunner([{ id: 'c1', name: '华信精密机械有限公司', aliases: ['华信'] }]);

  it.each([
    ['tips asked with 啥', '华信这单 跟对方打交道有啥技巧 他们法务很难缠', 'query'],
    ['a deal to be treated as lost', '华信新店计划暂停,这单当丢单处理', 'stage_change'],
    ['相当 is no verb of moving a deal', '华信这个事情相当丢单的感觉 明天再去一趟', 'log_activity'],
  ])('%s: %s', (_why, text, intent) => expect(run(text).intent).toBe(intent));
});
