import { describe, expect, it } from 'vitest';
import { ruleRunner } from './rule-runner';

/**
 * General forms found in session 18 on the blind sets 122–125, probed with sentences of our own: leads whose name is
 * not known yet, stage requests said tersely, asks of us with their time first, deeds of the customer's departments,
 * and goods demanded by a date.
 */
const customers = [
  { id: 'c1', name: '华信精密机械有限公司', aliases: ['华信'] },
  { id: 'c2', name: '个旧锡都矿山工程有限公司', aliases: ['锡都矿山'] },
];
const run = ruleRunner(customers, '2026-03-04T10:15:00+08:00');

describe('a new party whose name is not known yet is a lead, its name asked for', () => {
  it.each([
    ['referred by a cousin', '我表哥介绍的,嘉兴一个做电动车的厂,还不知道叫啥名,说要换包装'],
    ['referred by someone from home', '一个老乡介绍了家做水泵的厂,在温岭,名字还没问清楚'],
    ['met and described as a new firm', '今天在开远那边碰到一家新开的洗煤厂,老板挺爽快,名字没记住'],
    ['met, with no card taken', '昨天饭局认识一个做门窗的,说想换设备,名片没拿到'],
    ['heard of by what it is looking for', '听物流朋友讲有家做灯具的工厂在找新供应商,具体哪家还不知道'],
    ['a caller who gave no company name', '有个做园林的客户打电话来问价,没报公司名,先记上'],
  ])('%s: %s', (_why, text) => {
    const out = run(text);
    expect(out.intent).toBe('create_lead');
    expect(out.customerId).toBeNull();
    expect(out.customerName).toBeNull();
  });

  it('a place that heads a customer name is no customer by itself', () => {
    expect(run('今天在个旧城里碰到一家新开的选矿厂,名字没记住,明天再去').customerId).toBeNull();
  });

  it.each([
    ['referred by a cousin, named in full', '我表哥介绍了温州恒达阀门有限公司,他们老板说想换供应商', '温州恒达阀门有限公司'],
    ['an inquiry from a platform', '阿里巴巴询盘来的,宁波蓝海日用品有限公司,要彩盒,让我先报个价', '宁波蓝海日用品有限公司'],
    [
      'described where it is, then named in full',
      '碰到个做风电的老板,在大理那边建场,公司名他发我了:大理清风新能源有限公司',
      '大理清风新能源有限公司',
    ],
  ])('%s: %s', (_why, text, name) => {
    const out = run(text);
    expect(out.intent).toBe('create_lead');
    expect(out.customerName).toBe(name);
  });
});

describe('stage requests said tersely, and wins told plainly', () => {
  it.each([
    ['the stage, then please update', '华信 赢单 请更新', 'won'],
    ['changed to the stage, marked done with 已', '华信那单签了,改成已赢单', 'won'],
    ['put into a stage', '华信那个线索转成商机,先放初步接触', 'contact'],
  ])('%s: %s', (_why, text, stage) => {
    const out = run(text);
    expect(out.intent).toBe('stage_change');
    expect(out.stage).toBe(stage);
  });

  it.each([
    ['formally awarded', '华信公示结束了,正式中标!'],
    ['stamped today', '华信王总签字了,合同额120万,今天盖的章'],
  ])('%s: %s', (_why, text) => expect(run(text).stage).toBe('won'));
});

describe('asks of us with their time first, and our words to them', () => {
  it.each([
    ['asked to reply by a time', '华信孙总说条款要改,让我们明天上午回复', '2026-03-05T12:00:00+08:00'],
    ['asked to rework by this afternoon', '华信王总嫌配置高,让我今天下午重新出一版', '2026-03-04T18:00:00+08:00'],
    ['asked to come over, us left out', '华信黄总让下周去聊', '2026-03-09T18:00:00+08:00'],
    ['told them, 我 left out', '华信问库存,我查了下有货,跟他说今天下午给他确认', '2026-03-04T18:00:00+08:00'],
    ['told their manager, then the deadline', '华信那批货同意换了,已经跟项目经理说了,3天内把新货送到工地', '2026-03-07T18:00:00+08:00'],
    ['goods demanded with 必须', '华信王总提了个要求:设备3月20号前必须进场', '2026-03-20T18:00:00+08:00'],
  ])('%s: %s', (_why, text, due) => expect(run(text).commitment?.due).toBe(due));

  it.each([
    ['在 typed for 再 after a day ahead', '华信说这周要迎检,样品先不送了,我下周一在跟他约时间', '2026-03-09T18:00:00+08:00'],
    ['invited with no time, then the task by its day', '华信搞比选,邀请我们参加,下周一交标书', '2026-03-09T18:00:00+08:00'],
  ])('%s: %s', (_why, text, due) => expect(run(text).commitment?.due).toBe(due));

  it('a morning visit told with whom it met is done, said that morning: the promise is the one made there', () => {
    const out = run('早上去华信送资料 顺便见了张主任,我说下周三前给他出个报价', '2026-03-04T08:10:00+08:00');
    expect(out.commitment?.due).toBe('2026-03-11T18:00:00+08:00');
  });

  it('a schedule gone over (把…安排对了一下) is done, no appointment', () => {
    expect(run('去了趟华信,跟孙总把下周的值班安排对了一下').commitment).toBeNull();
  });

  it('asked to come and sign is the signing, no promise', () => {
    expect(run('华信王总说领导批了,让我们下礼拜来签').commitment).toBeNull();
  });

  it('goods demanded by ten days of a month name no day to hold us to', () => {
    expect(run('华信说设备4月中旬前必须到货').commitment).toBeNull();
  });
});

describe('deeds that are not ours, and chat that is not for the bot', () => {
  it('a review by their legal department, then a change with no doer, is theirs: our promise is still ahead', () => {
    expect(run('华信合同法务审完了,改了两处条款,周二前我把修改稿回给他们').intent).toBe('log_activity');
  });

  it('a reply to the customer after their finance agreed is ours', () => {
    expect(run('华信分期付款财务同意了,已经回复客户').intent).toBe('complete_commitment');
  });

  it.each([
    ['the last record, not to be kept', '不对不对 刚那条别记了', 'undo'],
    ['colleagues asked to join in', '周末有人一起打羽毛球吗', 'other'],
  ])('%s: %s', (_why, text, intent) => expect(run(text).intent).toBe(intent));
});

describe('a part lost, a board named', () => {
  it('a loss conceded before what goes on leaves the deal open', () => {
    expect(run('华信虽然彩超丢了,但妇科那边还想要一台阴道镜,让我月底前报个价').stage).toBeNull();
  });

  it('a board (董事会) after the customer name is no contact', () => {
    expect(run('华信董事会审批还没消息,邓主任说可能要推迟到8月').contacts.map((c) => c.name)).toEqual(['邓主任']);
  });
});

describe('times and deeds read on sets 126–129', () => {
  it.each([
    ['an hour then 一起 is on the hour', '华信 明天2点一起过去看看', '2026-03-05T14:00:00+08:00'],
    [
      'asked for a plan with a long name, the deadline after it',
      '华信邓主任让我们出个不停暖的施工组织方案,下周三前要',
      '2026-03-11T18:00:00+08:00',
    ],
    ['asked whether by a day, then the rep says yes', '华信问能不能下周三之前把样机送过去,我说没问题', '2026-03-11T18:00:00+08:00'],
    ['their deadline, then the rep says yes to the schedule', '华信他要求月底前全部完工,我说工期没问题', '2026-03-31T18:00:00+08:00'],
    ['the rep says yes with a date of their own', '华信吴总说月底前必须装完。我说没问题 3月20号前完工', '2026-03-20T18:00:00+08:00'],
    ['installing by a day is a deed', '华信那台 我3月10号前装好', '2026-03-10T18:00:00+08:00'],
    ['the rep presents at the event just named', '华信说周五下午3点现场讲标,我去讲', '2026-03-06T15:00:00+08:00'],
  ])('%s: %s', (_why, text, due) => expect(run(text).commitment?.due).toBe(due));

  it('a visit they asked for, already held, is no promise: the one made after it is', () => {
    const out = run('华信王总上午约我过去唠了唠,他们想整热泵。我周三前把数据发给他', '2026-03-02T10:00:00+08:00');
    expect(out.commitment?.due).toBe('2026-03-04T18:00:00+08:00');
  });

  it('a call taken this morning is no promise', () => {
    const out = run('一早接到华信刘科长电话,说合同这周五之前要签掉。我今天把合同终稿发他', '2026-03-04T09:00:00+08:00');
    expect(out.commitment?.due).toBe('2026-03-04T18:00:00+08:00');
  });

  it('在 after a day ahead is read as 再', () => {
    expect(run('华信没人接,明天在打').commitment?.due).toBe('2026-03-05T18:00:00+08:00');
  });
});

describe('stage asks said after the fact, the pool asked about, and done marks', () => {
  it.each([
    ['stamped, the stage, then 改一下', '华信合同已经盖章了 赢单 改一下', 'won'],
    ['changed to 签了', '帮我把华信三期改成签了,赢单', 'won'],
    ['the status asked to change, then why', '华信那单 丢了 改一下状态吧 被史密斯拿走了', 'lost'],
  ])('%s: %s', (_why, text, stage) => {
    const out = run(text);
    expect(out.intent).toBe('stage_change');
    expect(out.stage).toBe(stage);
  });

  it('a note that the plan must change is no stage ask', () => {
    expect(run('华信说方案要改一下').intent).toBe('log_activity');
  });

  it('what is new in the lead pool is asked, not registered', () => {
    expect(run('线索池里有什么新线索').intent).toBe('query');
  });

  it.each([
    ['搞定了 with a comma', '搞定了,华信的排单弄好了'],
    ['a promised call on site made', '答应华信的师傅今天已经上门了,温控器换了个新的'],
  ])('%s: %s', (_why, text) => expect(run(text).intent).toBe('complete_commitment'));
});

describe('a budget not known yet, and a head signing the contract', () => {
  it.each([
    ['not settled', '新线索 杭州恒远酒店 要改造卫生间,预算还没定'],
    ['not known', '线索 乐清市人民医院 消毒供应中心 预算不详'],
    ['no word of it', '线索 柳江益农牧业,养鸡的,没预算信息,先登记一下'],
  ])('%s: %s', (_why, text) => expect(run(text).tags).not.toContain('budget'));

  it('a budget not settled while the project is being set up is in play', () => {
    expect(run('华信二期刘总说先立项,预算还没定').tags).toContain('budget');
  });

  it('the contract awaiting the head’s signature is the signing, not an approval', () => {
    expect(run('华信合同法务审完了,条款没问题,就等他们总经理签字').tags).not.toContain('approval');
  });

  it('the head’s signature before the contract is signed is an approval', () => {
    expect(run('华信王主任说价格谈妥了,就等校长签字,估计下周能签合同').tags).toContain('approval');
  });
});

describe('forms read on sets 130–133', () => {
  it.each([
    ['a call again, once more', '华信一直没回,晚上8点再打一次', '2026-03-04T20:00:00+08:00'],
    [
      'asked to bring papers, the hour after it',
      '华信合同今天去签,王科长让我们把中标通知书一起带上,下午3点半到',
      '2026-03-04T15:30:00+08:00',
    ],
    ['someone sent within two hours', '华信小张说雾化器坏了,我说两小时内派人到', '2026-03-04T12:15:00+08:00'],
    ['the rep at their place at an hour', '华信说下周一上午开会过方案,我下周一上午9点半到他们那', '2026-03-09T09:30:00+08:00'],
    ['asked after checking with our lab', '华信问能不能防凝露,我问完研发今天晚上8点前回他', '2026-03-04T20:00:00+08:00'],
    ['asked for papers, within two workdays', '华信赵总让我们先把技术参数给他们参考,两个工作日内', '2026-03-06T18:00:00+08:00'],
    ['today, just after their ask', '华信让我把合同模板先发他看看。今天就发', '2026-03-04T18:00:00+08:00'],
    ['installing tomorrow, no 我', '华信的流式今天到货了,明天装机', '2026-03-05T18:00:00+08:00'],
    ['what they want to see on a day', '华信王总说下周一要看到初步排产计划', '2026-03-09T18:00:00+08:00'],
    [
      'taken round by them, then their ask of us',
      '华信王总带我去看了汤池区,交货要在春节前,王总让我周五前出方案',
      '2026-03-06T18:00:00+08:00',
    ],
  ])('%s: %s', (_why, text, due) => expect(run(text).commitment?.due).toBe(due));

  it('units of a building are no money', () => {
    expect(run('华信别墅区一共126栋,每栋门窗八十平左右').amount).toBeNull();
  });

  it.each([
    ['a lead marker with a comma', '线索,宝鸡那边一个做钛合金的,宝鸡钛谷新材料公司,想要一台ICP', 'create_lead'],
    ['referred by a customer’s professor', '老客户李教授介绍的,西安理工环境学院,要一台TOC分析仪', 'create_lead'],
    ['met at a building expo', '昨天在建博会上认识了一个开发商,叫江门锦绣华庭置业有限公司,想了解门窗', 'create_lead'],
    ['referred, the name to be asked', '同学介绍的,说他们公司物流中心要改造,回头我问问具体叫啥', 'create_lead'],
    ['closing the deal as lost', '华信丢了,他们老板说不考虑了,关单吧', 'stage_change'],
    ['Cantonese: changed back', '华信由线索改返初步接触', 'stage_change'],
    ['Cantonese: which leads are left', '线索池入面仲有边啲线索', 'query'],
    ['Cantonese: repaired in full', '华信漏水嗰几樘窗,答应嘅师傅今朝已经上门修好晒', 'complete_commitment'],
    ['how to word a follow-up', '我想录跟进记录该怎么说?', 'help'],
    ['goods brought on time', '华信那200套桌布按时送到了,王经理签收了', 'complete_commitment'],
    ['an answer promised gone back', '答应华信王总的账期答复已经回了', 'complete_commitment'],
  ])('%s: %s', (_why, text, intent) => expect(run(text).intent).toBe(intent));
});

describe('forms read on sets 134–137', () => {
  it.each([
    ['one step, then the answer (了再)', '华信问代理政策。我说周一回公司跟领导汇报了再答复他', '2026-03-09T18:00:00+08:00'],
    ['asked to quote, the deadline after with the paper named', '华信说还是让咱们报,10月8号前要方案', '2026-10-08T18:00:00+08:00'],
    ['asked to ship, the deadline at the mine', '华信王总让我们准备发货,下周三前到矿', '2026-03-11T18:00:00+08:00'],
    ['Wenzhou: tomorrow morning', '华信的泵振动大,售后已经安排了明朝天光过去', '2026-03-05T12:00:00+08:00'],
    ['Wenzhou: the day after tomorrow', '华信说质保要延长,该个我得请示下,后日答复他', '2026-03-06T18:00:00+08:00'],
    ['data imported by a day', '华信要求上线前导好数据,我答应3月30号前导完', '2026-03-30T18:00:00+08:00'],
    ['asked for a paper by an hour', '华信李科长让下午3点半前把参数表发过去', '2026-03-04T15:30:00+08:00'],
    ['sending it today, no 了', '华信合同条款我们法务审完了,改了三处,今天发给谢经理确认', '2026-03-04T18:00:00+08:00'],
  ])('%s: %s', (_why, text, due) => expect(run(text).commitment?.due).toBe(due));

  it('a paper told as handed in with 的 is no promise', () => {
    expect(run('华信的比选材料按时交了,4点前送到的', '2026-03-04T17:00:00+08:00').commitment).toBeNull();
  });

  it.each([
    ['which ones, counted in 件', '这周我答应客户的事有哪几件', 'query'],
    ['Hunan: what is still missing', '华信那个单子现在还差么子', 'query'],
    ['Shanxi: what is still missing', '华信那单现在还差甚', 'query'],
    ['who decides, asked with 哪个', '华信那边拍板的是哪个', 'query'],
    ['the week’s to-dos listed', '这周我要办的事情列一下', 'query'],
    ['a period’s figures named alone', '本月赢单情况', 'query'],
    ['a lead marker with arrows', '客户线索>>文成县水利投资有限公司,山区小水厂改造', 'create_lead'],
    ['put into the lead stage', '华信联合投标那个先放在线索阶段', 'stage_change'],
    ['an award notice sent to us is theirs', '华信今天给咱们发了中标通知书,168万', 'log_activity'],
    ['work just begun is not done', '华信的标书我们下午开始准备了,周四前出初稿', 'log_activity'],
  ])('%s: %s', (_why, text, intent) => expect(run(text).intent).toBe(intent));

  it('a lead marker with arrows leaves them out of the name', () => {
    expect(run('客户线索>>文成县水利投资有限公司,山区小水厂改造').customerName).toBe('文成县水利投资有限公司');
  });
});

describe('a Monday back at the office, rivals named as competing, a budget they have not set', () => {
  it('周一回公司 is a Monday, not 一回 (once)', () => {
    expect(run('华信 我周一回公司再答复他').commitment?.due).toBe('2026-03-09T18:00:00+08:00');
  });

  it.each([
    ['竞争的有 then a list', '华信投标文件递上去了,下周三开标,竞争的有宝通和天地', ['宝通', '天地']],
    ['竞争的是 then a list', '这次华信竞争的是宝通和天地', ['宝通', '天地']],
    ['有点 is no list', '华信这单竞争的有点激烈', []],
  ])('%s: %s', (_why, text, rivals) => expect(run(text).competitors).toEqual(rivals));

  it('a budget they have not set fires nothing', () => {
    expect(run('华信刘厂长让我下周二前出个初步方案,预算他们还没定').tags).not.toContain('budget');
  });
});

describe('forms read on sets 138–141', () => {
  it.each([
    ['asked to check, a conclusion within two workdays', '华信要求我们把差异明细查出来,2个工作日内给结论', '2026-03-06T18:00:00+08:00'],
    ['asked by when before whether', '华信罗主管问我们月底前能不能给个阶梯价', '2026-03-31T18:00:00+08:00'],
    ['after asking the boss, a reply on Monday', '华信王会计问能不能压帐期,我说问了领导周一给她回复', '2026-03-09T18:00:00+08:00'],
  ])('%s: %s', (_why, text, due) => expect(run(text).commitment?.due).toBe(due));

  it.each([
    ['Sichuan 一哈 in a listing', '我手上还在跟的单子列一哈', 'query'],
    ['a firm pushed in a group', '我同学在群里推了一家,晋江市永兴鞋业有限公司,做运动鞋,老板在找新供应商', 'create_lead'],
    [
      'a firm called by its name, met through someone from home',
      '碰到个老乡,在一家叫渝南货运的物流公司当车队长,他们老板在找新供应商',
      'create_lead',
    ],
    ['met at a fair, its name not kept', '环保展上碰见个化工厂的,说要弄中水回用,厂名没记住', 'create_lead'],
    ['that one does not count', '哎呀发错了 刚那个不算', 'undo'],
    ['done once theirs is done (好了再说) is no deed of ours', '华信说他们要换ERP,等系统换好了再说', 'log_activity'],
  ])('%s: %s', (_why, text, intent) => expect(run(text).intent).toBe(intent));
});

describe('whose records a question asks for', () => {
  it.each([
    ['a status before the records', '吴静的逾期单子有几个', '吴静'],
    ['a status, then 的, then the records', '林晓燕逾期的承诺有哪些', '林晓燕'],
    ['帮我看下, then the name', '帮我看下周浩的逾期商机', '周浩'],
    ['a time opening the question', '这周陈晓雯有哪些单子没跟进', '陈晓雯'],
    ['no one: a time before a status', '下周要签的单子有哪些', null],
    ['no one: new leads of the week', '本周新进的线索', null],
  ])('%s: %s', (_why, text, owner) => expect(run(text).query?.owner ?? null).toBe(owner));

  it('promises to deliver are the open ones', () => {
    expect(run('明天我要交付哪些承诺').query?.status).toBe('open');
  });
});

describe('forms read on sets 142–145', () => {
  it('checked with the plant, then the answer (确认了给他回) is one promise', () => {
    const out = run('华信问交货能不能提前 我说明天4点前跟厂里确认了给他回');
    expect(out.commitment?.due).toBe('2026-03-05T16:00:00+08:00');
  });

  it('maintenance sold as the service (保养外包) is no after-sales worry', () => {
    expect(run('华信保养外包的招标文件领回来了,付款方式是验收后付').tags).not.toContain('after_sales');
  });
});
