/**
 * A small hand-computed tenant for the scheduled jobs. "Now" is Friday 2026-03-06 15:00 in Shanghai
 * (07:00Z). Team A (李强: 赵一, 钱二) and team B (孙三: 周四).
 */
export const FRIDAY_1500 = new Date('2026-03-06T07:00:00Z');
const HOUR = 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString().replace('Z', '+00:00');
const before = (hours: number, minutes = 0) => iso(FRIDAY_1500.getTime() - hours * HOUR - minutes * 60_000);

export const jobsTenantFile = JSON.stringify({
  tenant: { id: 'acme', name: '测试公司', timezone: 'Asia/Shanghai' },
  users: [
    { id: 'mgr_a', name: '李强', role: 'manager', team: '华东一组' },
    { id: 'rep_a1', name: '赵一', role: 'rep', team: '华东一组', managerId: 'mgr_a' },
    { id: 'rep_a2', name: '钱二', role: 'rep', team: '华东一组', managerId: 'mgr_a' },
    { id: 'mgr_b', name: '孙三', role: 'manager', team: '华南一组' },
    { id: 'rep_b1', name: '周四', role: 'rep', team: '华南一组', managerId: 'mgr_b' },
  ],
  customers: [
    { id: 'c_exact', name: '正好七十二小时机械有限公司', ownerId: 'rep_a1' },
    { id: 'c_almost', name: '差一分钟精密有限公司', ownerId: 'rep_a1' },
    { id: 'c_fresh', name: '刚推进阶段科技有限公司', ownerId: 'rep_a1' },
    { id: 'c_big', name: '大单重工有限公司', ownerId: 'rep_a2' },
    { id: 'c_lead', name: '线索阶段有限公司', ownerId: 'rep_a2' },
    { id: 'c_won', name: '已赢单有限公司', ownerId: 'rep_a2' },
    { id: 'c_south', name: '华南泵业有限公司', ownerId: 'rep_b1' },
  ],
  deals: [
    // Exactly 72 hours silent: on the list.
    {
      id: 'd_exact',
      customerId: 'c_exact',
      ownerId: 'rep_a1',
      stage: 'contact',
      amount: 300000,
      stageEnteredAt: before(200),
      lastActivityAt: before(72),
    },
    // 71 h 59 min silent: not yet.
    {
      id: 'd_almost',
      customerId: 'c_almost',
      ownerId: 'rep_a1',
      stage: 'requirement',
      amount: 900000,
      stageEnteredAt: before(200),
      lastActivityAt: before(71, 59),
    },
    // Old activity, but moved stage an hour ago: a stage change is activity.
    {
      id: 'd_fresh',
      customerId: 'c_fresh',
      ownerId: 'rep_a1',
      stage: 'demo',
      amount: 700000,
      stageEnteredAt: before(1),
      lastActivityAt: before(300),
    },
    {
      id: 'd_big',
      customerId: 'c_big',
      ownerId: 'rep_a2',
      stage: 'negotiation',
      amount: 800000,
      stageEnteredAt: before(300),
      lastActivityAt: before(170),
    },
    {
      id: 'd_lead',
      customerId: 'c_lead',
      ownerId: 'rep_a2',
      stage: 'lead',
      amount: 1000000,
      stageEnteredAt: before(300),
      lastActivityAt: before(300),
    },
    {
      id: 'd_won',
      customerId: 'c_won',
      ownerId: 'rep_a2',
      stage: 'won',
      amount: 2000000,
      stageEnteredAt: before(300),
      lastActivityAt: before(300),
    },
    {
      id: 'd_south',
      customerId: 'c_south',
      ownerId: 'rep_b1',
      stage: 'demo',
      amount: 500000,
      stageEnteredAt: before(300),
      lastActivityAt: before(100),
    },
  ],
  activities: [
    {
      id: 'a_big',
      customerId: 'c_big',
      dealId: 'd_big',
      userId: 'rep_a2',
      text: '大单王总说力士乐报价低了一成,要我们再让点',
      at: before(170),
      tags: ['competitor', 'price'],
    },
    { id: 'a_exact', customerId: 'c_exact', dealId: 'd_exact', userId: 'rep_a1', text: '约了下周去现场看设备', at: before(72) },
  ],
});

/**
 * Leads of the jobs tenant, inserted as rows. This week runs from Monday 03-02 00:00 Shanghai
 * (03-01T16:00Z); the briefing is Friday 08:30 (03-06T00:30Z), "yesterday" is Thursday 03-05.
 * Team A: 新线索优质 (88 分, yesterday, 赵一) is 昨日新增优质线索, and untouched with days to go;
 * 新线索普通 (70 分, yesterday) is not 优质; 华南新线索 (95 分) is team B's.
 * 线索激活率 of team A: 错过线索 (created 02-24, untouched: its 7 days ran out on 03-03, a miss),
 * 按时线索一 (赵一, touched 4 h after placement) and 按时线索二 (钱二, 10 h): 2 of 3 → 67 %;
 * median hours to first touch (4 + 10) / 2 = 7, 钱二 10, 赵一 4.
 * 公海线索 is in the pool (no rep): it counts for nobody, and is the weekly pool list.
 */
export const jobsTenantLeads = [
  {
    id: 'l_hot',
    company: '新线索优质有限公司',
    score: 88,
    repId: 'rep_a1',
    created: '2026-03-05T02:00:00Z',
    assigned: '2026-03-05T02:00:00Z',
    touched: null,
  },
  {
    id: 'l_plain',
    company: '新线索普通有限公司',
    score: 70,
    repId: 'rep_a2',
    created: '2026-03-05T03:00:00Z',
    assigned: '2026-03-05T03:00:00Z',
    touched: null,
  },
  {
    id: 'l_south',
    company: '华南新线索有限公司',
    score: 95,
    repId: 'rep_b1',
    created: '2026-03-05T02:00:00Z',
    assigned: '2026-03-05T02:00:00Z',
    touched: null,
  },
  {
    id: 'l_missed',
    company: '错过线索有限公司',
    score: 70,
    repId: 'rep_a2',
    created: '2026-02-24T00:00:00Z',
    assigned: '2026-02-24T00:00:00Z',
    touched: null,
  },
  {
    id: 'l_on_time1',
    company: '按时线索一有限公司',
    score: 70,
    repId: 'rep_a1',
    created: '2026-03-02T00:00:00Z',
    assigned: '2026-03-02T02:00:00Z',
    touched: '2026-03-02T06:00:00Z',
  },
  {
    id: 'l_pool',
    company: '公海线索有限公司',
    score: 40,
    repId: null,
    created: '2026-03-04T02:00:00Z',
    assigned: '2026-03-04T02:00:00Z',
    touched: null,
  },
  {
    id: 'l_on_time2',
    company: '按时线索二有限公司',
    score: 70,
    repId: 'rep_a2',
    created: '2026-03-03T00:00:00Z',
    assigned: '2026-03-03T00:00:00Z',
    touched: '2026-03-03T10:00:00Z',
  },
];
