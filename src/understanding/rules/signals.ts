import type { SignalTag } from '../../domain/signals';
import { isNegated } from './negation';

/**
 * Signal tags from keywords of the contract's taxonomy, each mention checked for negation.
 * `negatable: false` marks patterns whose meaning is already negative (没兴趣, 没钱), and people:
 * 老板不在意价格 still puts the boss in play.
 * `concern: true` marks topics raised as a worry, where "没问题" also cancels them.
 */
interface TagRule {
  tag: SignalTag;
  pattern: RegExp;
  negatable?: boolean;
  concern?: boolean;
}

const NUM = '[0-9一二三四五六七八九十两几]';
/** Near-future anchors that make a signing imminent. */
const SOON =
  '(?:明天|后天|这周|本周|下周|这个?礼拜|下个?礼拜|周[一二三四五六日天]|星期[一二三四五六日天]|月底|月初|月中|下个?月|近期|近日|这两天|过两天|年前|年底|节前|[0-9]+号|[0-9]+月[0-9]+[日号]?)';
/** Signing words; 签字 alone is an internal sign-off (approval), not the deal. */
const SIGN = '(?:签(?!字)|盖章)';
const NOT_NEGATED = '(?<!不|没|不能|还不|没有)';
/** Anchors that can only point ahead: after them 签了 is a modal 了 (同意下周签了), not a past signing. */
const AHEAD = '(?:明天|后天|下周|下个?礼拜|下个?月)';
/** The rep's own side: 我们老板 is not the customer's decision maker. */
const OUR_SIDE = '(?<!我们|我|我方|我司|咱们|咱|公司)';

/** A deal going cold, or lost to a rival. A delay of delivery or payment is not churn. */
const CHURN = new RegExp(
  [
    '暂停|暂缓|搁置|冻结|叫停|砍掉|取消|黄了|放弃|没戏|观望|失联|联系不上|冷淡|不太?积极|没下文|石沉大海',
    '(?<!(?:交期|交货|发货|到货|上线|交付|付款|回款)(?:要|会|可能|得|又|还|也)?)(?:推迟|延期|延后)',
    '(?:暂时|暂|先|目前)不考虑|不考虑(?=了|$|[,.;!?\\s]|我们|你们)|不考虑[^,.;!?\\s]{1,6}了|再看看|考虑考虑|没兴趣|不感兴趣|兴趣不大|意向不强',
    '缓一缓|放一放|往后放|往后推|推到明年|再说吧',
    '(?:暑假|寒假|年|节|春节|国庆|明年|下半年|下个?季度|下个?月|下次|过段时间|过阵子|以后|之后|回头)后?再(?:说|看|考虑|议|谈|聊|弄|做|上|换|买)',
    '先不(?:做|上|买|换|采购|考虑|弄|搞|签|动|定)|不(?:做|上|买|换|要)了|(?<!是)不(?:打算|想)(?:换|买|上|做|采购|更新|投)|不会再|不再(?:采购|合作|考虑|用)',
    '不回(?:复|消息|电话|微信)|换供应商|(?:找|转向|考虑|换|用)别家',
    '(?<!我们|[筛挑评入遴])选了(?!我们|咱们|我司)|改用|改选|转用|换用|开始用(?![,.;!?\\s了的]|$|我们|咱们)|决定(?:改)?(?:用|选)(?!我们|咱们)|换成(?!我们)|转向(?!我们)',
    '转(?:过去|给别|到别)|被[^,.;!?]{1,6}(?:抢|拿|截|撬)(?:走|了|去|胡)',
  ].join('|'),
  'g',
);
/** The customer stays with us after all: a mention of switching is not churn. */
const STAYS = /(?:还是|继续|仍然|决定)(?:用|选)我们/;

const RULES: TagRule[] = [
  {
    tag: 'tender',
    pattern:
      /招标|投标|标书|挂网|比选|竞标|中标|开标|评标|流标|废标|招采|招投标|标段|邀标|议标|入围|遴选|政府采购|公开采购|集中采购|集采|询比价|竞争性(?:谈判|磋商)|采购公告/g,
  },
  {
    tag: 'price',
    concern: true,
    pattern: new RegExp(
      `价格|报价|价比我们|返点|返利|报(?:个|了|过)价|价钱|价位|单价|总价|降价|涨价|提价(?!格)|压价|砍价|比价|议价|还价|询价|优惠|折扣|打折|${NUM}折|便宜|太贵|偏贵|嫌贵|有点贵|比较贵|贵了|贵一些|贵点|性价比|让利|低价|高价|比[^,.;!?]{1,8}(?:贵|便宜)|贵(?:太多|不少|很多|一些)|阶梯价|底价|出厂价|最低价|成交价|含税价|市场价|批发价|优惠价|一口价|价差|(?:费|价)[^,.;!?]{0,6}(?:涨|降)(?:到|了)|[降低让少高](?!一点)${NUM}+个?点|价目表|价格表|降${NUM}+%|报(?:了|的是?)\\s*[0-9一二三四五六七八九十两]|[0-9.]+元?(?:一|每|/)(?:公斤|千克|吨|斤|件|个|套|台|平方?米?|米|箱|袋)|每(?:公斤|千克|吨|斤|件|个|套|台|平方?米?|米|箱|袋)[0-9.]+`,
      'g',
    ),
  },
  { tag: 'contract', pattern: /合同|盖章|用印|条款|法务|框架协议|补充协议|协议|合约/g },
  {
    tag: 'closing_soon',
    pattern: new RegExp(
      `${SOON}[^.;!?]{0,14}?(?<!正式|顺利|成功|已经|已)${SIGN}(?![了过好完])|${AHEAD}[^,.;!?]{0,6}?(?<!已经|已)${SIGN}了|${NOT_NEGATED}(?:准备|即将|马上|快要?|就要|就能|就|可以|能|争取|有望|只差|就差)${SIGN}|签约在即|临近签约|准备合同`,
      'g',
    ),
  },
  {
    tag: 'competitor',
    concern: true,
    pattern:
      /(?<!没有|没|无)(?:竞品|竞争对手|(?<!竞争)对手|别家|其他家|别的厂家?|其他厂家|友商|另外[一两几三]?家|另一家|其他品牌|别的品牌|其他供应商|别的供应商|几家在比|[两三四五几多]家(?:供应商|厂家|厂商|品牌))/g,
  },
  {
    tag: 'delivery',
    concern: true,
    pattern:
      /(?<![0-9]%|成)(?:交付|交货|货期|交期|(?<!施)工期|上线|到货|发货|供货(?!合同)|备货|出货|生产周期|供货周期|安装周期|施工周期|现货|缺货)(?![前后]付)/g,
  },
  { tag: 'budget', pattern: /预算|立项|资金|经费|拨款|财政|钱批|钱到位|钱还没下来/g },
  { tag: 'budget', negatable: false, pattern: /没钱|缺钱/g },
  {
    tag: 'decision_maker',
    negatable: false,
    pattern: new RegExp(
      `${OUR_SIDE}(?:老板(?!申请|请示|汇报|报备|商量)|总经理|董事长|拍板|院长|校长|园长|一把手|老总|厂长|局长|董事会|总裁|CEO|创始人|实控人|决策人|说了算|大领导|书记)`,
      'g',
    ),
  },
  {
    tag: 'approval',
    pattern:
      /(?<!线)上会(?!员)|过会|审批(?!流(?!程))|评审|走流程|走个流程|走完流程|报批|签批|批复|请示|上报|(?:院|校|委|办|公|务|政|事)会(?:上)?(?:已经|已)?(?:讨论|研究|审议|通过|定)|(?:办公会|党组会|党委会|院务会|校务会|常务会|常委会|职代会|行政会|总经理办公会)|批了字|签报(?!价)|(?:院长|校长|老板|领导|总经理|董事长|局长)[^,.;!?]{0,5}签字|(?:内部|采购|招采|审核)流程|领导[^,.;!?预资经钱]{0,4}(?:批|签字|同意|审|点头)|(?:老板|院长|校长|总经理|董事长|局长|领导)(?:已经)?(?:批了|批准|签字|签了字|同意了)|(?:向|跟|给)领导汇报|汇报给领导/g,
  },
  {
    tag: 'payment',
    concern: true,
    pattern: new RegExp(
      `付款|分期|账期|预付|回款|首付|首款|尾款|期款|定金|订金|结算|月结|打款|付清|款项|汇款|到账|押金|质保金|进度款|支付|承兑|现款|货款|全款|欠款|催款|先付|后付|付${NUM}成|分${NUM}+期(?!建|施工|实施|开发|上线|工程|推进|交付)|(?:工程|材料|设备|服务|项目)款|结清|拖欠|[月季年]付(?!出)|[0-9]+%的?(?:款|预付|首付)`,
      'g',
    ),
  },
  {
    tag: 'after_sales',
    concern: true,
    pattern:
      /售后|服务响应|响应速度|响应时间|维保|质保(?!金)|保修|报修|维修|运维(?!部|科|处|组|中心)|技术支持|上门服务|服务网点|备件|保养|驻场|延保|本地服务|服务团队/g,
  },
  { tag: 'churn_risk', negatable: false, pattern: CHURN },
];

export function detectTags(text: string): SignalTag[] {
  const tags = new Set<SignalTag>();
  for (const rule of RULES) {
    if (tags.has(rule.tag) || (rule.tag === 'churn_risk' && STAYS.test(text))) continue;
    for (const m of text.matchAll(rule.pattern)) {
      const start = m.index!;
      if (rule.negatable === false || !isNegated(text, start, start + m[0].length, rule.concern === true)) {
        tags.add(rule.tag);
        break;
      }
    }
  }
  return [...tags];
}
