import { describe, expect, it } from 'vitest';
import { createUnderstanding } from '../../src/understanding/chooser';

const understanding = createUnderstanding({ llm: null, onUsage: async () => {} });
const understand = async (text: string) =>
  (
    await understanding.understand(
      {
        id: 's',
        now: '2026-03-02T10:15:00+08:00',
        sender: { id: 'zhangwei', name: '张伟' },
        customers: [{ id: 'cus_1', name: '华信精密机械有限公司', aliases: ['华信'] }],
        text,
      },
      { tenantId: 't' },
    )
  ).extraction;

/** Statements written by form come with the extraction, so the flows never read the text again. */
describe('statements read where a message is understood', () => {
  it('evidence (痛点, 演示方式, 报价轮次) is part of the extraction', async () => {
    const extraction = await understand('华信 痛点:1.换模慢 2.能耗高 3.售后远');
    expect(extraction.evidence).toEqual([{ kind: 'pain_points', points: ['换模慢', '能耗高', '售后远'] }]);
  });

  it('a lead\u2019s return reason is a field, not a follow-up', async () => {
    expect((await understand('退回原因:客户在新疆,不在我的区域')).returnReason).toBe('客户在新疆,不在我的区域');
  });

  it('a move\u2019s reason is kept with the stage; an ordinary report has none', async () => {
    const lost = await understand('华信改成丢单,因为预算砍了');
    expect(lost).toMatchObject({ stage: 'lost', reason: '预算砍了' });
    expect((await understand('今天跟华信王总聊了液压泵升级,他担心售后响应')).reason).toBeUndefined();
  });
});
