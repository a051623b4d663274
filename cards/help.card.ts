import { newCardId, type Card } from './card';

/** 我能帮你做什么: first contact, 你好, 怎么用. */
export function helpCard(): Card {
  return {
    id: newCardId(),
    kind: 'help',
    title: '我能帮你做什么',
    subtitle: '直接用平常说话的方式告诉我跟进情况,我来记录、提醒和汇报。',
    fields: [
      { label: '记录跟进', value: '今天跟华信王总聊了液压泵升级,他担心售后,我承诺48小时内出服务方案' },
      { label: '登记线索', value: '新线索:宁波某模具厂,李经理,想了解注塑机,预算50万' },
      { label: '查询', value: '我的商机 / 华信现在什么阶段' },
    ],
    buttons: [],
    links: [],
    state: 'open',
  };
}
