import { HUAXIN_CUSTOMER, HUAXIN_DEAL } from '../support/huaxin';

/**
 * Two teams on both platforms: 张伟 (华东, under 李明) has 华信; 陈晨 (华南, under 周强) has 南方电气.
 * 张伟 must never see 南方电气, and 李明 sees his team only.
 */
export function workspaceTenantFile(tenantId: string, platforms: { wecomCorpId?: string; wecomAgentId?: number; dingtalkCorpId?: string }) {
  return JSON.stringify({
    tenant: {
      id: tenantId,
      name: '页面测试公司',
      timezone: 'Asia/Shanghai',
      ...(platforms.wecomCorpId ? { wecom: { corpId: platforms.wecomCorpId, agentId: platforms.wecomAgentId } } : {}),
      ...(platforms.dingtalkCorpId ? { dingtalk: { corpId: platforms.dingtalkCorpId } } : {}),
    },
    users: [
      { id: 'liming', name: '李明', role: 'manager', team: '华东一组', wecomUserId: 'LiMing', dingtalkUserId: 'staff-lm' },
      {
        id: 'zhangwei',
        name: '张伟',
        role: 'rep',
        team: '华东一组',
        managerId: 'liming',
        wecomUserId: 'ZhangWei',
        dingtalkUserId: 'staff-zw',
      },
      { id: 'zhouqiang', name: '周强', role: 'manager', team: '华南一组', wecomUserId: 'ZhouQiang' },
      { id: 'chenchen', name: '陈晨', role: 'rep', team: '华南一组', managerId: 'zhouqiang', wecomUserId: 'ChenChen' },
    ],
    customers: [
      { ...HUAXIN_CUSTOMER, region: '浙江', industry: '机械' },
      { id: 'cus_nanfang', name: '南方电气股份有限公司', aliases: ['南方电气'], ownerId: 'chenchen', region: '广东' },
    ],
    contacts: [
      { customerId: 'cus_huaxin', name: '王总', title: '总经理', role: 'decision_maker' },
      { customerId: 'cus_nanfang', name: '黄工', title: '设备科长', role: 'influencer' },
    ],
    deals: [
      HUAXIN_DEAL,
      {
        id: 'deal_nanfang',
        customerId: 'cus_nanfang',
        ownerId: 'chenchen',
        title: '变压器更新',
        stage: 'demo',
        amount: 1_200_000,
        stageEnteredAt: '2026-03-02T10:00:00+08:00',
      },
    ],
  });
}
