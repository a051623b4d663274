import type { Card, CardKind } from '../../cards/card';
import { activityReceiptCard } from '../../cards/activity-receipt.card';
import { aliasLearnedCard } from '../../cards/alias-learned.card';
import { askCustomerCard } from '../../cards/ask-customer.card';
import { managerBriefingCard, repBriefingCard } from '../../cards/briefing.card';
import { dealPageCard } from '../../cards/deal-page.card';
import type { DealLine } from '../../cards/deal-line';
import { duplicateForOwnerCard, duplicateForSubmitterCard } from '../../cards/duplicate-notice.card';
import { evidenceAskCard, evidenceDealCard } from '../../cards/evidence-ask.card';
import { fridayWarningCard } from '../../cards/friday-warning.card';
import { handoverOfferCard, handoverReceivedCard } from '../../cards/handover.card';
import { helpCard } from '../../cards/help.card';
import { leadAssignmentCard } from '../../cards/lead-assignment.card';
import { leadEscalationCard } from '../../cards/lead-escalation.card';
import type { LeadSummary } from '../../cards/lead-lines';
import { handOverChoices, overdueAlertCard } from '../../cards/overdue-alert.card';
import { archiveLink, dashboardLink, dealsLink, todosLink, withLinks, withOpenablePageLinks } from '../../cards/page-links';
import { dealStatusCard, queryAnswerCard } from '../../cards/query-result.card';
import { repNudgeCard } from '../../cards/rep-nudge.card';
import { stageMovedCard } from '../../cards/stage-moved.card';
import { stageProposalCard } from '../../cards/stage-proposal.card';

/**
 * Every card kind as the bot builds it, with long real-world names and texts (full legal names, a
 * 30-character last follow-up, several tags) and page links made absolute as chat platforms get them:
 * what the platforms' renderings are checked on. Typed by CardKind, so a new kind needs samples here.
 */
export function everyCardKind(base = 'https://crm.example.com'): Record<CardKind, Card[]> {
  const zone = 'Asia/Shanghai';
  const at = new Date('2026-03-04T02:20:00Z');
  const linked = (card: Card, ...links: Parameters<typeof withLinks>[1][]) => withOpenablePageLinks(withLinks(card, ...links), base);
  const lines: DealLine[] = [
    deal('无锡江南精密机械有限公司', '刘洋', 'negotiation', 3, 1_500_000, '江总说价格还要再压一压,下周三前给答复,竞品报价低了百分之八', [
      'price',
      'competitor',
    ]),
    deal('华信精密机械有限公司', '张伟', 'demo', 5, 800_000, '王总担心售后响应,要求48小时到场', ['after_sales']),
    deal('浙江天元重工集团股份有限公司', '欧阳娜娜', 'requirement', 12, 12_345_600, null, []),
    deal('苏州瑞丰新材料科技有限公司', '刘洋', 'contact', 4, null, '对方采购换人了,新联系人还没加上微信', [
      'decision_maker',
      'churn_risk',
      'budget',
    ]),
    deal('宁波鸿基模具有限公司', '张伟', 'negotiation', 7, 2_000_000, '合同条款法务还在看,付款方式想改成3-3-4', ['contract', 'payment']),
    deal('常州金盛电气设备有限公司', '王芳', 'demo', 3, 450_000, '演示效果满意,等上会审批', ['approval', 'closing_soon']),
  ];
  const lead: LeadSummary = {
    company: '宁波某精密模具制造有限公司',
    contactName: '李经理',
    phone: '13812345678',
    budget: 1_200_000,
    need: '想了解注塑机自动化改造方案,年底前要上线',
    submittedBy: '官网表单',
  };
  const receipt = (commitment: boolean) =>
    activityReceiptCard({
      customerName: '华信精密机械有限公司',
      deal: { title: '液压泵升级改造项目', stage: 'demo' },
      tags: ['after_sales', 'price'],
      commitment: commitment ? { action: '出服务方案', dueAt: new Date('2026-03-06T02:20:00Z') } : null,
      completed: null,
      amount: 1_200_000,
      rejectedAmount: null,
      contacts: [
        { name: '王建国', role: 'decision_maker' },
        { name: '李娜', role: 'user' },
      ],
      summary: '今天跟华信王总聊了液压泵升级,他担心售后响应,我承诺48小时内出服务方案',
      timeZone: zone,
    });
  const alert = (audience: 'rep' | 'manager') =>
    overdueAlertCard({
      customerName: '无锡江南精密机械有限公司',
      dealTitle: '二期产线自动化改造',
      ownerName: '刘洋',
      stage: 'negotiation',
      silentHours: 80,
      lastActivity: '3月1日 周日 14:00 · 江总说价格还要再压一压,下周三前给答复',
      commitment: { action: '发最终报价', dueAt: new Date('2026-03-03T10:00:00Z') },
      followUpMarked: true,
      timeZone: zone,
      audience,
    });
  return {
    'activity-receipt': [linked(receipt(true), archiveLink('demo', 'c1')), receipt(false)],
    'ask-customer': [
      askCustomerCard({
        text: '今天去拜访了江南的江总,聊了二期的排期',
        candidates: [
          { id: 'c1', name: '无锡江南精密机械有限公司' },
          { id: 'c2', name: '江南重工装备制造有限公司' },
        ],
        newCustomerName: '江南机电',
      }),
    ],
    'stage-proposal': [
      stageProposalCard({
        customerName: '无锡江南精密机械有限公司',
        dealTitle: '二期产线自动化改造',
        from: 'demo',
        to: 'negotiation',
        gate: {
          done: [{ requirement: 'document', text: '方案演示记录' }],
          missing: [{ requirement: 'document', text: '报价单:还没有上传报价单' }],
          met: [true, false],
        },
        reason: '客户说方案没问题,下周谈价格',
        daysInStage: 9,
      }),
    ],
    'stage-moved': [
      stageMovedCard({
        customerName: '无锡江南精密机械有限公司',
        dealTitle: '二期产线自动化改造',
        from: 'demo',
        to: 'negotiation',
        actorName: '刘洋',
        at,
        reason: '客户说方案没问题,下周谈价格',
        timeZone: zone,
      }),
    ],
    'evidence-ask': [
      evidenceAskCard({
        fileName: '江南二期产线改造报价单-v3-最终版.pdf',
        fileKind: 'file',
        deal: { customerName: '无锡江南精密机械有限公司', title: '二期产线自动化改造', stage: 'negotiation' },
        otherDeals: true,
      }),
      evidenceDealCard(
        '现场照片.jpg',
        lines.map((l) => ({ id: l.dealId, customerName: l.customerName, title: null, stage: l.stage })),
      ),
    ],
    'overdue-alert': [alert('rep'), alert('manager'), handOverChoices(alert('manager'), [{ id: 'u2', name: '欧阳娜娜' }])],
    'friday-warning': [
      linked(fridayWarningCard(14, lines), dealsLink('demo', { status: 'silent' })),
      linked(dealPageCard('friday-warning', '本周沉默商机', 14, 2, lines), dealsLink('demo', { status: 'silent' })),
    ],
    'rep-nudge': [linked(repNudgeCard('李明', lines), dealsLink('demo', { status: 'silent', owner: 'u1' }))],
    'briefing-manager': [
      linked(
        managerBriefingCard('华东一组', '3月4日 周三', [
          { label: '昨日新增优质线索', value: '3 个', drill: { key: 'leads', leadIds: ['l1'] } },
          { label: '逾期商机', value: '4 个(昨日新增 1 个)', drill: { key: 'overdue', dealIds: ['d1'] } },
          { label: '本周过程健康度', value: '68 分(上周 73 分,↓5)', drill: { key: 'health', dealIds: ['d1'] } },
          { label: '过程指标', value: '线索激活率 80% · 阶段跃迁率 40% · 动作闭环率 75%' },
          { label: '首次跟进中位时长', value: '2.5 小时' },
          {
            label: '风险商机 top 5',
            value: '无锡江南精密机械有限公司(沉默7天)、苏州瑞丰新材料科技有限公司(沉默5天)、宁波鸿基模具有限公司(沉默4天)',
            drill: { key: 'risky', dealIds: ['d1', 'd2'] },
          },
        ]),
        dashboardLink('demo'),
        dealsLink('demo', { status: 'overdue' }, '逾期商机'),
        dashboardLink('demo', 'health', '健康度明细'),
      ),
    ],
    'briefing-rep': [
      linked(
        repBriefingCard(
          3,
          '3月4日 周三',
          [
            { label: '今日承诺', value: '出服务方案(3月4日 周三 18:00)' },
            { label: '已逾期', value: '发最终报价(3月3日 周二 18:00)' },
            {
              label: '今日到期的阶段',
              value: '无锡江南精密机械有限公司 · 商务谈判',
              drill: { key: 'timers', dealIds: ['d1'] },
            },
            { label: '漏斗变化', value: '方案演示 → 商务谈判 1 个' },
          ],
          [
            { id: 'p1', action: '发最终报价' },
            { id: 'p2', action: '出液压泵售后服务响应方案' },
          ],
        ),
        todosLink('demo'),
      ),
    ],
    'lead-assignment': [
      leadAssignmentCard({
        lead,
        score: 88,
        scoreText: '评分 88(地域 30/行业 25/预算 20/来源 13)',
        reason: '宁波在你的区域,你跟进过3家模具厂',
      }),
    ],
    'lead-escalation': [
      leadEscalationCard({ lead, repName: '张伟', kind: 'not_accepted', assignedAt: at, limit: '4 个工作小时', timeZone: zone }),
    ],
    'duplicate-notice': [duplicateForSubmitterCard('华信精密机械有限公司', '张伟'), duplicateForOwnerCard('华信精密机械有限公司', lead)],
    'query-result': [
      linked(
        dealStatusCard(
          {
            customerName: '无锡江南精密机械有限公司',
            dealTitle: '二期产线自动化改造',
            ownerName: '刘洋',
            stage: 'negotiation',
            followUpMarked: true,
            daysInStage: 9,
            missing: ['报价单:还没有上传报价单', '决策人:还没有见到决策人'],
            lastActivity: '3月1日 周日 14:00 · 江总说价格还要再压一压',
            openCommitments: ['发最终报价(3月3日 周二 18:00)'],
          },
          true,
        ),
        archiveLink('demo', 'c1'),
      ),
      linked(
        queryAnswerCard('华信精密机械有限公司 · 联系人', [
          { label: '王建国', value: '决策人 · 13812345678 · 采购总监' },
          { label: '李娜', value: '使用人 · 设备科科长' },
        ]),
        archiveLink('demo', 'c2'),
      ),
    ],
    'alias-learned': [aliasLearnedCard('江南机械', '无锡江南精密机械有限公司')],
    'handover-offer': [
      handoverOfferCard(
        '张伟',
        {
          customers: [
            '无锡江南精密机械有限公司',
            '苏州华信精密机械有限公司',
            '杭州蓝天泵业股份有限公司',
            '宁波天元液压设备有限公司',
            '常州鸿基重工机械有限公司',
            '南京金桥自动化科技有限公司',
          ],
          deals: ['无锡江南精密机械有限公司(方案演示)', '苏州华信精密机械有限公司(需求确认)'],
          promises: ['苏州华信精密机械有限公司:周五前出服务方案和报价单'],
          leads: ['上海远山包装材料有限公司'],
        },
        [
          { id: 'wangfang', name: '王芳' },
          { id: 'liuyang', name: '刘洋' },
          { id: 'zhaolei', name: '赵磊' },
          { id: 'sunjie', name: '孙杰' },
          { id: 'zhouxin', name: '周欣' },
        ],
        'liming',
      ),
    ],
    'handover-received': [
      handoverReceivedCard('李明', '张伟', {
        customers: ['无锡江南精密机械有限公司', '苏州华信精密机械有限公司'],
        deals: ['无锡江南精密机械有限公司(方案演示)'],
        promises: ['苏州华信精密机械有限公司:周五前出服务方案和报价单'],
        leads: [],
      }),
    ],
    help: [helpCard()],
  };
}

function deal(
  customerName: string,
  ownerName: string,
  stage: DealLine['stage'],
  silentDays: number,
  amount: number | null,
  lastSaid: string | null,
  tags: DealLine['tags'],
): DealLine {
  return { dealId: `d-${customerName}`, customerName, ownerName, stage, silentDays, amount, lastSaid, tags };
}
