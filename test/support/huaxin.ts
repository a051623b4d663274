/** The README's example customer and its open deal, for the small tenants the platform tests import. */
export const HUAXIN_CUSTOMER = { id: 'cus_huaxin', name: '华信精密机械有限公司', aliases: ['华信'], ownerId: 'zhangwei' };

export const HUAXIN_DEAL = {
  id: 'deal_huaxin',
  customerId: 'cus_huaxin',
  ownerId: 'zhangwei',
  title: '液压泵升级',
  stage: 'requirement',
  amount: 500000,
  stageEnteredAt: '2026-03-01T10:30:00+08:00',
};
