import { z } from 'zod';
import { loadWordFile, words } from '../words/word-file';
import { CONTACT_NAME } from './contacts';
import { afterPlaceWord, isPlaceOnly, stripLeadingPlace, stripPlaceOf } from './places';
import { inOrder, splitClauses } from './text';

/** Word lists in words/new-customers.json; each is read in the order written (see anyOf). */
export const newCustomerWordsSchema = z.object({
  version: z.literal(1),
  note: z.string(),
  orgSuffixes: words,
  rivalWords: words,
  calledPartyKinds: words,
  wantVerbs: words,
  wantedDeeds: words,
  registerVerbs: words,
  addedVerbs: words,
  newLeadThings: words,
  referrers: words,
  referredThings: words,
  arrivedWho: words,
  visitorDeeds: words,
  referrerTitles: words,
  metVerbs: words,
  tradeVerbs: words,
  eventsMetAt: words,
  contactTitles: words,
  callerOrgs: words,
  intentWords: words,
  cameToUs: words,
  metPartyKinds: words,
  registerAsks: words,
  nameStops: words,
  titlesAfterOf: words,
  saidOfTheLead: words,
  wordsBeforeName: words,
  notACompanyStarts: words,
  departmentOrgs: words,
  describedKinds: words,
  siteKinds: words,
  placeKinds: words,
  describedPeople: words,
  projectKinds: words,
  worksWanted: words,
  workKinds: words,
  newlyWords: words,
  notANameStarts: words,
  partyRoles: words,
  developmentEnds: words,
  visitVerbs: words,
  openedWords: words,
  openingNotNameWords: words,
  reportWords: words,
  poolPutVerbs: words,
  pooledCounts: words,
  receivedVerbs: words,
  addedLeadCounts: words,
  cameLeadCounts: words,
  whenArrived: words,
  arrivedCounts: words,
  metCounts: words,
  notNameLocators: words,
  describedOrgKinds: words,
  callerWants: words,
  callerOrgKinds: words,
  newlyOpenedCounts: words,
  metPartyCounts: words,
  goneToVerbs: words,
  calledWords: words,
  registeredThings: words,
  titlesAfterTitleOf: words,
  justOpenedWords: words,
  descriptionWords: words,
  yourSideWords: words,
  departmentEnds: words,
  tradeKinds: words,
  placeEnds: words,
  departmentOfEnds: words,
  countyEnds: words,
  notANameTitles: words,
  notANameAfterDe: words,
  developmentKinds: words,
  notRecordedNames: words,
  notANameInside: words,
  wordsInsideNames: words,
  notANameEnds: words,
  unknownNameWords: words,
  unknownNameSaid: words,
  personDepartments: words,
  tradeIntroVerbs: words,
  notANameClauseWords: words,
  partsOfDayOpening: words,
  needSaidDeeds: words,
  openingContactTitles: words,
});
export const NEW_CUSTOMER_WORDS = loadWordFile('new-customers.json', newCustomerWordsSchema);
const W = NEW_CUSTOMER_WORDS;
/** Who speaks for a party (王总, 刘经理, 孙工, 邱主任). */
const CONTACT_TITLE = inOrder(W.contactTitles);
/** Verbs of a trade (做汽配的, 开民宿的, 生产变速箱的). */
const TRADE_VERB = inOrder(W.tradeVerbs);
/** What a party wants to do (想做, 要上, 打算换): wanting, then the deed wanted. */
const WANT_VERB = inOrder(W.wantVerbs);
const WANTED_DEED = inOrder(W.wantedDeeds);
/** Met someone (碰到, 认识, 结识). */
const MET_VERB = inOrder(W.metVerbs);
/** That someone wants or means to do something (想, 需要, 有意向). */
const INTENT = inOrder(W.intentWords);

/** The name of a customer not in the rep's list, as written: after 新线索 / 新客户, or a named company. */

/**
 * A lead described first, then named: 一家做汽配的,叫嘉丰精工 / 有家炼化厂叫东岳石化 / 有个中学叫石门实验中学. 一家 already
 * says it is a business, whatever its kind (一家民宿 叫X, 一家婚礼堂叫X, 一家CRO叫X); 一个 needs a word of a place or a
 * company, or an English abbreviation (有个IDC叫X). A rival introduced so (竞争的还有一家上海的公司叫励展) is no lead.
 */
const CALLED_PARTY = String.raw`(?<!(?:${inOrder(W.rivalWords)})[^,.;!?]{0,8})(?:(?:一家|有家|有栋|一栋|有座|一座|有间|一间)[^,.;!?\s]{1,14}?|(?:有个|一个)[^.;!?]{0,14}?(?:的|${inOrder(W.calledPartyKinds)}|[A-Z]{2,5}))[\s,]*(?:名叫|名字叫|叫做|叫)(?![我他她你])(?:什么|啥)?`;

/** The party said to be new to us (第一次接触, 之前没打过交道, 没合作过): its name said before. */
const NEW_TO_US = /第一次接触|(?:之前|以前|从来)?没(?:打过交道|合作过|接触过)/;
/** Someone who called said whom they speak for (有人打电话,说是即墨金港湾水产的): a lead, by that name. */
const CALLER_SAID = /(?:打(?:了个?)?电话|来(?:了个?)?电话|来电)[^.!?]{0,8}?说是([^\s,.;!?的]{2,16})的/;

/** A command to put the party told of into the lead pool (放线索池里, 加到线索池): its name comes before. */
const POOL_PUT = new RegExp(String.raw`(?:${inOrder(W.poolPutVerbs)})(?:进|到|入)?线索池`);

/** What the pooled party has or wants, after its name (唐山X医院有台CT要更新): not part of the name. */
const POOLED_NEED = new RegExp(`(?:有(?:${inOrder(W.pooledCounts)})|${WANT_VERB}).*$`);

/** Companies, and organisations that buy without being companies (农场, 合作社, 商会, 管委会, 协会, 教体局). */
export const ORG_SUFFIX = `(?:${inOrder(W.orgSuffixes)})`;
/**
 * A message that says it is a lead (线索:, 新客户, 新增一个客户, 建个档): the lead is to be registered, named or not. A new
 * project of one of our customers (石家庄疾控又有个新项目: the customer masked as ○ when intent is read) is theirs.
 */
const SAID_TO_BE_A_LEAD = new RegExp(
  String.raw`^[/#]?(?:新|客户)?线索#?(?:\+1)?(?:一条|一个)?(?:(?:帮忙|帮我|麻烦)?(?:${inOrder(W.registerVerbs)})(?:一下|下)?)?(?:[:\s\-,]|>+|—+)|^\[(?:新)?线索\]|^\/?[Ll]ead\s*[:\s]|^(?:帮忙|帮我|麻烦)?(?:${inOrder(W.registerVerbs)})(?:一下|一个|个|一条)?(?=[\s:,])|来了?(?:${inOrder(W.cameLeadCounts)})(?:新的?)?(?:询价的?|线索|商机)|[Nn]ew\s*[Ll]ead|转过来(?:一个|一家|个|家)?(?:新)?(?:线索|客户)|新开发(?:了)?(?:一个|一家|个|家)?(?:客户|线索)|新线索|新客户|新商机|新增(?:一个|一家|一条|个|家|条)?(?:新)?(?:客户|线索|商机)|^(?:又)?有(?:个|一个|条|一条)(?:新的?)?线索|(?:这个)?(?:客户|线索)(?:帮我|帮忙|麻烦)?(?:建|登记|录)(?:一下|下)(?=[\s,.;!?]|$)|(?:${inOrder(W.addedVerbs)})了?(?:${inOrder(W.addedLeadCounts)})?(?:新)?(?:客户|线索|商机)|(?<!○[^,.;!?\s]{0,4})有个新的?(?:客(?![户人服])|${inOrder(W.newLeadThings)})|^(?:帮忙|帮我|麻烦)?(?:建|开)(?:个|一个)(?:新)?档(?:案)?(?=[\s:,])|(?:帮忙|帮我|麻烦|先)(?:建|开)(?:个|一个)(?:新)?档(?:案)?[\s,.;!?]*$|(?:^|[\s,])(?:帮忙|帮我|麻烦|先)?(?:录|登记|加|建)(?:进去|一下|下)[\s,.;!?]*$|(?:^|[\s,])(?:帮忙|帮我|麻烦|先)记下来[\s,.;!?]*$|(?:^|[\s,])(?:这个|这家|帮我|先)记上[\s,.;!?]*$|新来了?(?:个|一个|一家|家|位)(?:新)?(?:客户|客人)|^(?:又)?有个新的(?=[:\s])|冒出来?(?:了)?(?:一个|个|一家|家)(?:新的?)?(?=[:\s])|加了(?:一个|个|一家|家)新的?(?=[:\s])|(?:${inOrder(W.receivedVerbs)})了?(?:个|一个|一条|条)(?:新)?(?:客户|线索|商机)|潜在客户|意向客户|(?:^|\s)(?:新)?线索[.!]?$`,
);
export const LEAD_MARKER = new RegExp(
  [
    SAID_TO_BE_A_LEAD.source,
    // 记一下 opening a message before a party we do not have (记一下 普洱景迈山古树茶业 今天电话里聊的): a lead, when one is named;
    // before a customer of ours (记一下 凤凰合作社的尾款到账了) it is a report.
    String.raw`^记(?:一下|下)[\s:,]`,
    // A party new to us, said so after its name (X 新的 他们邓总…, X 第一次接触, X 之前没打过交道): a lead, when one is named.
    String.raw`^[^\s,.;!?]{4,20}[\s,]+新的(?=[\s,])`,
    NEW_TO_US.source,
    // Who came to us of their own accord (X设备处姜处长主动找上门): a lead, when a party is named.
    String.raw`主动找(?:上门|过来|到我们)|找上门来`,
    // The party put in the lead pool (X有台CT要更新,放线索池里先): a lead named before the command.
    POOL_PUT.source,
    // A referral: by someone (朋友介绍的, 客户推荐了…), or of a new party (介绍了一家厂, 推了个客户, 介绍了个新单:X, 园区介绍的一家,
    // X); not 给王总介绍了方案.
    String.raw`(?:${inOrder(W.referrers)})(?:转介绍|介绍|推荐)(?!给)(?:了|过来)?(?:一个|一家|个|家)?(?:新)?(?:${inOrder(W.referredThings)})?|转介绍|(?:介绍|推荐)(?:了|过来|的)?(?:一个|一家|个|家)(?:新)?(?:${inOrder(W.referredThings)})|推(?:了|过来)(?:一个|一家|个|家)(?:新)?(?:客户|线索|(?=[,:\s]))|介绍过来|(?:介绍|推荐)的(?:一家|一个)(?=[\s,:])`,
    // A lead arriving through a channel (WhatsApp进来个新客, 国际站进来个询盘, 阿里巴巴询盘来的, 1688上有个客人咨询, 有客人走进展厅,
    // 群里有个冼生私信我): someone new who came to us; 有个客人投诉 (a complaint) is not, nor a customer's own visitor (美居明天有个客人上门).
    String.raw`进来(?:了)?(?:${inOrder(W.arrivedCounts)})(?:新的?)?(?:客(?![服])|${inOrder(W.arrivedWho)})|(?:询盘|询价)(?:进|过)?来的(?=[\s,:])|(?:^|${inOrder(W.whenArrived)})有(?:个|一个|位|一位)?(?:新的?)?(?:客人|买家)(?:直接|主动)?(?:${inOrder(W.visitorDeeds)})|群里有(?:个|一个|位)[^,.;!?\s]{1,4}(?:私信|加)(?:了)?我`,
    // A referral by a customer named with who spoke (老客户恒丰陈总介绍了他朋友的厂, 老客荣达赵总介绍, X, 老客X酒店刘经理介绍了…):
    // the new party is the lead, the referrer stays out.
    String.raw`老客户?[^,.;!?\s]{1,10}?(?:${inOrder(W.referrerTitles)})(?:转介绍|介绍|推荐)(?:了|的|过来)?(?![给我们])`,
    // Met in passing and described by trade, the name to follow (饭局上碰到一个做电动车控制器的,安骏科技): a lead;
    // not a person so described (认识了一个做外贸的朋友).
    String.raw`(?:${MET_VERB})了?(?:${inOrder(W.metCounts)})(?:[\u4e00-\u9fa5]{0,4}的)?(?:${TRADE_VERB})[^,.;!?]{1,12}的(?=[,:\s])`,
    // Met somewhere and named with who speaks for it (饭局上认识了常州星源动力的袁总, 吃饭碰到X合作社的马老板): a lead,
    // whatever the place; one of our customers so met is masked out before this is read.
    String.raw`(?:${MET_VERB})了?(?=[^,.;!?\s的○]{2,16}的[^,.;!?\s]{0,6}(?:${CONTACT_TITLE}|负责人))`,
    // Met at a fair or event (展会上认识了…, 学术会议上认识了…, 包装展收了张名片, 展上加了个微信): a lead to register.
    String.raw`(?:${inOrder(W.eventsMetAt)})上?(?:认识了?|结识了?|遇到了?|碰到了?|碰见了?|加[了的]?(?:个|一个)?(?:微信|好友)?|收(?:了|到的?)?(?:张|一张|几张)?名片|[^,.;!?\s]{0,4}名片整理|聊了?(?:个|一个|一家)(?:客户|厂家?|公司)?|(?:展位|展台)(?:上|来的)?:)`,
    // A party described (一家陶瓷卫浴厂), then its name and who speaks for it (开平市华南卫浴 负责人冯总): a lead,
    // though the rep only went to a described place (去了一家化工厂 看了屋顶, 一家工厂,在万达广场后面,老板…) is not.
    String.raw`(?:一家|有家)[^\s,.;!?]{1,10}(?:${inOrder(W.describedOrgKinds)})[\s,:]+(?=(?!${inOrder(W.notNameLocators)})[^\s,.;!?]{4,14}[\s,]+(?:负责人|联系人|对接人|老板))`,
    // A call taken from someone not yet known, who is named with the company they speak for (接到个电话,X的HSE孙经理).
    String.raw`(?:接到|接了|来了)(?:个|一个|一通)(?:陌生)?电话[\s,:]+(?=[^\s,.;!?]{2,14}的[^\s,.;!?]{0,5}(?:${CONTACT_TITLE}|采购|负责人)(?![\u4e00-\u9fa5]))`,
    // Or named with its suffix, the one who speaks for it right after (刚接到个电话 X医院后勤邱主任想了解…).
    String.raw`(?:接到|接了|刚接|来了)(?:个|一个|一通)(?:陌生)?电话[\s,:]+(?=[^\s,.;!?]{2,16}(?:${inOrder(W.callerOrgs)})[^\s,.;!?的]{0,4}(?:${CONTACT_TITLE}|负责人)(?:${inOrder(W.callerWants)}|[\s,]))`,
    // Or a party described by its kind, then its bare name and what it wants (刚接个电话 城西那边某小区的物业公司 X物业 想做…).
    String.raw`(?:接到|接了|刚接|来了)(?:个|一个|一通)(?:陌生)?电话[\s,:]+(?=[^\s,.;!?]{2,20}的[^\s,.;!?]{0,6}(?:${inOrder(W.callerOrgKinds)})[\s,]+[^\s,.;!?]{2,12}[\s,]+(?:${INTENT}))`,
    // A party described by its trade that came to us, then its name (有个做户外家具的客户找过来 X): a lead.
    String.raw`(?:有个|有家|一个|一家)(?:${TRADE_VERB})[^,.;!?\s]{1,10}的(?:客户|公司|厂家?|老板)?(?:主动)?(?:${inOrder(W.cameToUs)})了?[\s,:]+(?=[^\s,.;!?]{2,14}[\s,]+(?:${INTENT}|问))`,
    // A place newly opened and named (新开了一家精酿餐吧叫X, 新开了个超市叫X): a lead met in passing.
    String.raw`新开(?:了)?(?:${inOrder(W.newlyOpenedCounts)})[^,.;!?]{0,12}?(?:名叫|名字叫|叫做|叫)(?![我他她你们])`,
    // A party described by its trade, then what it is called (昆山的一家做半导体封测的 叫华芯微封测, 有家连锁药房叫X): a
    // lead introduced; a party only described (去了一家做汽配的) is not.
    String.raw`(?:一家|有家)(?:[^,.;!?\s]{0,4}的)?(?:${TRADE_VERB})[^,.;!?]{1,12}的[\s,]*(?:名叫|名字叫|叫做|叫)(?![我他她你])`,
    // Met and said to be a new party of the trade's kind (认识了一个新船东,X; 碰到个客户,X的马经理): a lead, the name to follow.
    String.raw`(?:${MET_VERB})了?(?:${inOrder(W.metPartyCounts)})(?:新的?)?(?:${inOrder(W.metPartyKinds)})(?=[\s,:])`,
    // A party described by its trade and what it is looking for (有家做出口灯串的工厂在找纸箱厂): a lead heard of, its name
    // asked for when not said.
    String.raw`有(?:一)?(?:家|个)(?:${TRADE_VERB})[^,.;!?]{1,12}的[^,.;!?]{0,4}?(?=在找|想找|要找|想要|需要|想做|要做|想换|要换)`,
    // Met and described as a firm of some kind (碰到一家新开的选矿厂, 遇到个做板材的公司): a lead, its name asked for when not said.
    String.raw`(?:${MET_VERB})了?(?:${inOrder(W.metPartyCounts)})(?:新开的|新的?)?[^,.;!?\s]{0,8}?(?:${inOrder(W.describedOrgKinds)})(?=[\s,:])`,
    // Newly opened, described, then named in a word of its own (新开了一家船管公司 X): a lead, as with 叫.
    /新开(?:了)?(?:一家|一个|家|个)[^,.;!?\s]{1,10}[\s,:]+(?=[^\s,.;!?]{4,14}[\s,])/.source,
    // Introduced by what it is called, a company's suffix on the name (有个叫沃土农场的): not a person (有个叫王明的).
    `有(?:个|一个|家|一家)(?:名)?叫(?=[^,.;!?\\s]{2,12}?${ORG_SUFFIX})`,
    // 家 counts firms, never people (龙口有家叫海韵食品的): what it is called, up to its 的; a firm the customer tells of
    // (说江苏本地有家叫X的报价才我们的七成) is news of a rival.
    `(?<!说[^,.;!?\\s]{0,6})(?:有|在)(?:一)?家(?:名)?叫(?=[^,.;!?\\s的]{2,14}的)`,
    // A party described by its kind, then what it is called (宁波一家外贸公司 叫X, 有个做男士护肤的新品牌 叫X): a lead
    // introduced, unless the rep went there (去了一家店叫X).
    `(?<!(?:${inOrder(W.goneToVerbs)})了?)(?:${CALLED_PARTY})`,
  ].join('|'),
);

/**
 * What may stand between the marker and the name: a separator (新线索|X, 新线索: X), voice filler (新线索 那个 …), a request
 * to register it, where it came from.
 */
const LEAD_FILLER = new RegExp(
  String.raw`^[\s:,.!\-\]#|]*(?:(?:那个|这个|嗯+|呃+|就是)[\s:,]+)*(?:的?(?:微信|电话|名片))?[\s:,]*(?:(?:帮我|帮忙|麻烦你?|请)(?:${inOrder(W.registerAsks)})(?:一下|下)?|(?:要)?(?:登记|录入|录|报备)?(?:一下)?)[\s:,]*的?(?:[\u4e00-\u9fa5]{0,12}(?:介绍|推荐|(?:会上|展上)(?:认识|结识|碰到|遇到)?|群里|留|转|来)的[\s:,]+|[\u4e00-\u9fa5]{0,4}(?:介绍|推荐)(?:的[\s:,]*|[\s:,]+))?(?:(?:他|她|对方)?是|有)?(?:一个|一家|个|家)?(?:新的?)?(?:${inOrder(W.registeredThings)})?(?:${inOrder(W.calledWords)})?[\s:,]*`,
);
/** Where a written name ends: a contact, a need, a verb, that it is new (X宠物医院刚开业). */
const NAME_STOP = new RegExp(
  String.raw`[,;.!?\s(]|刚(?:${inOrder(W.justOpenedWords)})|${inOrder(W.nameStops)}|的(?:[^,]{0,4}(?:${inOrder(W.titlesAfterOf)}))|[王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁沈姚卢姜崔钟谭陆汪范金石廖贾夏付方邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵钱严武戴孔汤]{1}(?:总|经理|工(?![程厂业艺具地商会作])|${inOrder(W.titlesAfterTitleOf)})`,
);
/**
 * A word that can be a name after a place word: letters, not a count (五家门店), a description ending in 的 (做外贸的)
 * or something said of the lead (规模不大, 很有意向).
 */
const NAME_AFTER_PLACE = new RegExp(
  String.raw`^(?![一二两三四五六七八九十几多每这那])(?!.*(?:${inOrder(W.saidOfTheLead)}))[\u4e00-\u9fa5A-Za-z][^\s,.;!?(]{1,13}(?<!的)$`,
);
// 宣城华盛建设集团有限公司: a suffix may follow another.
const ORG = new RegExp(`[\\u4e00-\\u9fa5A-Za-z0-9]{2,14}?${ORG_SUFFIX}(?:有限公司|股份有限公司)?`, 'g');
/** Words before a company name inside a run of characters (今天拜访了|跟|去), meeting it among them (在码头碰上X有限公司). */
const BEFORE_NAME = new RegExp(inOrder([...W.wordsBeforeName, ...W.metVerbs]), 'g');
const SUFFIX_AT_END = new RegExp(`${ORG_SUFFIX}(?:有限公司|股份有限公司)?$`);

/**
 * A company's name within a run of characters: after the last word that comes before a name. A word that also sits
 * inside names (和: 协和医院, 十堰市太和医院) and would leave only the suffix is part of the name: the cut is made at the
 * word before it, if any. Other words leaving only the suffix (今晚谁还在公司) leave no name.
 */
function nameInRun(run: string, opensMessage: boolean): string {
  const suffix = run.match(SUFFIX_AT_END)?.[0].length ?? 0;
  // 和睦妇产医院现场看完了: a word that sits inside names, opening the message, has nothing before it to join.
  const cuts = [...run.matchAll(BEFORE_NAME)].filter((cut) => !(opensMessage && cut.index === 0 && W.wordsInsideNames.includes(cut[0])));
  const last = cuts.at(-1);
  if (!last) return run;
  const afterLast = last.index + last[0].length;
  if (run.length - afterLast - suffix >= 2 || !W.wordsInsideNames.includes(last[0])) return run.slice(afterLast);
  const earlier = cuts.at(-2);
  return earlier ? run.slice(earlier.index + earlier[0].length) : run;
}

/** A party described, not named (开平一家陶瓷卫浴厂, 一个做五金的厂, 景区边上新开了个星空营地). */
const DESCRIPTION = new RegExp(String.raw`${inOrder(W.descriptionWords)}|新开了?个`);
/** 中心 and 联盟 also end common nouns (数据中心, 产业联盟): only a name that opens with a place (临沂国际会展中心) is one. */
const PLACE_NEEDED = /(?:中心|联盟)$/;
const NOT_A_COMPANY = new RegExp(`^(?:${inOrder(W.notACompanyStarts)}|贵(?:${inOrder(W.yourSideWords)}))`);

/** A lead described first, then named (CALLED_PARTY), and what may stand before the name. */
const CALLED = new RegExp(`(?:${CALLED_PARTY})[\\s:,]*`);

/** A department written after the organisation (遂宁市中医院麻醉科, 顺庆区人民医院设备科, X医院后勤) is not part of the name. */
const ORG_WORD = inOrder(W.departmentOrgs);
const DEPARTMENT_AFTER_ORG = new RegExp(
  `(${ORG_WORD})(?:(?:(?!${ORG_WORD})[\\u4e00-\\u9fa5]){1,5}(?:${inOrder(W.departmentEnds)})|后勤|总务|行政)$`,
);
/** A lead described before it is named (一家新能源车企的一级供应商 江苏卓远汽车科技), or named with 叫. */
const DESCRIBED = new RegExp(String.raw`^[^\s,]{0,16}的[^\s,]{0,10}(?:${inOrder(W.describedKinds)})[\s,:]+`);
/**
 * A description of what kind of place the lead is, its own word before the name (长沙新开的湘菜馆 湘遇小馆, 海宁一家做布的厂
 * 锦程家纺, 义乌的小商品出口商,恒途贸易, 余姚做小家电的康帅电器, where it is with its 的: 诏安的 海峰食品), or the site it runs
 * (江口县抹茶基地 黔茗生态农业): skipped when a bare name follows it.
 */
const KIND_BEFORE_NAME = new RegExp(
  String.raw`^[^\s,.;!?]{2,10}(?:${inOrder(W.siteKinds)})[\s,:]+|^[^\s,.;!?]{0,8}(?:一家|有家|一个)(?:${TRADE_VERB})[^\s,.;!?]{1,10}的[\s,:]+|^[^\s,.;!?]{0,16}(?:的|一家|有家|(?<=${inOrder(W.placeEnds)})新)[^\s,.;!?]{0,10}(?:${inOrder(W.placeKinds)}|[^\s,.;!?]{2}(?:${inOrder(W.tradeKinds)})商|采购(?:经理|主管)?)[\s,:]+|^[^\s,.;!?个家位]{0,4}(?:做|搞|生产|经营)[^\s,.;!?的]{1,8}的(?!${inOrder(W.describedPeople)})(?=[^\s,.;!?的]{2})|^[^\s,.;!?的]{2,6}的[\s,:]+`,
);
/** A department said with 的 after the organisation (X的安监科, X的餐饮部) is not part of the name. */
const DEPARTMENT_OF = new RegExp(String.raw`的[\u4e00-\u9fa5A-Za-z]{1,5}(?:${inOrder(W.departmentOfEnds)})$`);
const A_PROJECT = /(?:项目|工程|工地)$/;
/** A project of the named party (X在建项目, X扩建项目): the party is the lead, its project no part of the name. */
const ITS_PROJECT = new RegExp(String.raw`(?<=[\u4e00-\u9fa5A-Za-z]{4})(?:${inOrder(W.projectKinds)})项目$`);
/** The work wanted from the named party (X的暖通, X的空调改造, X的消防工程): the party is the lead, the work no part of its name. */
const ITS_WORK = new RegExp(String.raw`(?<=[\u4e00-\u9fa5A-Za-z]{4})的(?:${inOrder(W.worksWanted)})(?:${inOrder(W.workKinds)})?$`);
/** Where a lead is and that it is new (锡山区新建的, 城东新开的), written before its name: not part of it. */
const NEWLY_BUILT = new RegExp(String.raw`^[^\s,.;!?的]{0,8}?(?:${inOrder(W.newlyWords)})的(?=[^\s,.;!?的]{2})`);
/**
 * Where the lead is, said with 的 before its name, for a place the lists do not know: a word ending as a place does
 * (扶绥渠旧镇的陆记红糖作坊, 依安县的 富民农机专业合作社, 大学城的X科技), or any short word before a name with a company's suffix
 * (老挝万象的老中联合橡胶进出口公司), or a place's two characters before a name of four or more (惠阳的众鑫塑胶, 光明那边的X).
 * Not a description (做外贸的) nor a count (一家的).
 */
const WHERE_OF = new RegExp(
  `^(?![^\\s,的]*[做搞开卖生产经营是有在一个家])(?:[\u4e00-\u9fa5]{1,6}(?:${inOrder(W.countyEnds)})的\\s*|[\u4e00-\u9fa5]{2,6}的\\s*(?=[\u4e00-\u9fa5A-Za-z]{2,14}?${ORG_SUFFIX}(?:[\\s,.;!?]|$))|[\u4e00-\u9fa5]{2}(?:那边|这边)?的(?![一两几]?[家个座间所位])(?=[\u4e00-\u9fa5A-Za-z]{4,12}(?:[\\s,.;!?]|$)))`,
);
/**
 * A short word then a name with a company's suffix, as voice typing splits a name (五大连池 绿康大豆种植专业合作社): one
 * name, written as two words; not when the second says something done (盈翠大厦 刚换了物业公司).
 */
const SPLIT_NAME = new RegExp(
  `^([\u4e00-\u9fa5]{2,4})\\s+(?![^\\s,.;!?]*[了说])(?=[\u4e00-\u9fa5A-Za-z]{2,14}?${ORG_SUFFIX}(?:[\\s,.;!?]|$))`,
);
/** After 的, a person or a kind (X的王总, X的供应商): the 的 is possessive, not a place's. */
const ROLE_OR_KIND_AFTER = new RegExp(
  String.raw`^(?:[\u4e00-\u9fa5]{1,2})?(?:总|经理|工(?![程厂业艺具])|${inOrder(W.notANameTitles)})|^(?:供应商|客户|厂家)`,
);
const NAMED_AS = /(?:^|[\s,:的家]|公司|厂子?|单位)(?:名叫|名字叫|叫做|叫)(?![我他她你什啥])[\s:,]*/;
/** Named, then its kind (一家叫蜀香阁的川菜馆, 叫速捷达的城配公司): the name stops at the 的. */
const NAME_THEN_KIND = /^([^\s,.;!?的]{2,12})的[^\s,.;!?的]{1,6}(?=[\s,.;!?]|$)/;

/** After 介绍了一家…, a description may come before the name; it is skipped. */
function described(rest: string, marker: string): string {
  return /(?:一家|一个|个|家)新?$/.test(marker) ? rest.replace(DESCRIBED, '') : rest;
}

/**
 * A phrase where a name was expected (一个新客户,聊得不错): an opinion or a verb, not what anyone is called; where it is
 * and how many (宁德福安那边, 沧州临港那边一家), said before a name or instead of one; or the command itself (先记个线索).
 */
const NOT_A_NAME = new RegExp(
  `^(?:${inOrder(W.notANameStarts)})|得(?:${inOrder(W.notANameAfterDe)})|不错|还行|可以$|(?:${inOrder(W.notANameEnds)})$|${inOrder(W.notANameInside)}`,
);

/** The party named by its role when the marker comes last (建设方是遂宁城投 … 先建个线索), or who runs a place described (运营方叫X). */
const NAMED_PARTY = new RegExp(String.raw`(?:${inOrder(W.partyRoles)})(?:是|叫|为)\s*([^\s,.;!?:]{2,14})`);
/**
 * A development described or named first (有个新盘 叫金湖湾, 有个养老社区项目), then who builds it (开发商是X, 开发商叫X, 开发商X):
 * the developer is the one who buys, so the lead.
 */
const DEVELOPMENT = new RegExp(String.raw`(?:有个|一个|有一个)(?:新)?(?:${inOrder(W.developmentKinds)}|[^\s,.;!?]{1,6}项目)|新盘`);
const DEVELOPER = /(?:开发商|建设单位|业主单位)(?:是|叫|为)?\s*([^\s,.;!?:]{2,14})/;
/** A development named after the marker (碧湖壹号项目, 东海湾酒店式公寓, 金湖湾小区): its developer, named after it, is the lead. */
const NAMED_DEVELOPMENT = new RegExp(`(?:${inOrder(W.developmentEnds)})$`);
/** A project described, not named (淮阴区新开的物流园项目): the party named after it (总包是X) is the lead. */
const DESCRIBED_PROJECT = /的[^的]{1,10}(?:项目|工程|工地)$/;

/** Where the lead is, in a word of its own (上虞杭州湾那边, 浙江恒纶化纤): its name follows. */
const WHERE_FIRST = /^[^\s,.;!?]{2,10}(?:那边|这边|那块|一带)[\s,]+/;
/** A word that describes the lead (那边有个经销商, 有家做陶瓷的), written before its name. */
const DESCRIPTION_FIRST = /^[^\s,.;!?]{0,8}?(?:有个|有一个|有家|有一家)[^\s,.;!?]{1,12}[\s,]+/;

/** A person's surname said (姓刘, 姓欧阳): who the contact is, never what the company is called. */
const SURNAME_SAID = /^姓[\u4e00-\u9fa5]{1,2}$/;

/** About so many (约2200人, 大概300亩): a size, never a name. */
const A_SIZE = /^(?:约|大约|大概|差不多)?[0-9一二两三四五六七八九十百千万]+[^\s,.;!?]{0,2}$/;

/** The next word is a name and nothing else (优创电子, not 五家门店想换系统 nor 王总 nor 姓刘 nor 约2200人). */
function isBareName(text: string): boolean {
  const word = text.match(/^[^\s,.;!?(]*/)![0];
  if (A_SIZE.test(word)) return false;
  const stop = text.search(NAME_STOP);
  return NAME_AFTER_PLACE.test(word) && !SURNAME_SAID.test(word) && (stop < 0 || stop >= word.length);
}

/**
 * A company written in Latin letters, two capitalised words or more (Maple Crest Furniture Ltd, Domus Meble), wherever it
 * stands in a lead's message: the name, not the place or the description written in Chinese around it. Acronyms alone
 * (PO, HQ) are no name.
 */
const LATIN_NAME = /(?<![A-Za-z])[A-Z][a-z]+(?:[ ]+(?:&[ ]+)?[A-Z][A-Za-z]*)+(?![A-Za-z])/g;
/** English words that mark the lead itself (New Lead). */
const LEAD_WORD = /\b(?:[Nn]ew|[Ll]ead)\b/;

/**
 * The name the rep says to record while the real one is not known (名字还没问到,先记湛江某海鲜酒楼; 暂时只知道叫小榄某酒楼):
 * what the lead is to be called, before any description. 先记个线索 (register a lead) names nothing: a count or the record's
 * kind is no name.
 */
const RECORDED_AS = new RegExp(
  String.raw`(?:(?:先|暂且?|暂时)(?:记|写|登记|录)(?:成|作|为)?|只知道(?:是|叫))[\s:]*(?!${inOrder(W.notRecordedNames)})([^\s,.;!?:]{2,14})`,
);

/**
 * The rep says the name is not known yet (名字没说, 叫什么名字他没说, 厂名还没问到, 还没问到公司名, 叫啥忘了): whatever words
 * stand where a name would, none is the name.
 */
const NAME_UNKNOWN = new RegExp(
  `(?:${inOrder(W.unknownNameWords)})[^\\s,.;!?]{0,8}?(?:${inOrder(W.unknownNameSaid)})|(?:${inOrder(W.unknownNameSaid)})(?:${inOrder(W.unknownNameWords)})`,
);

/**
 * Name written after a lead marker (or named after its description); null when there is none, or when the rep says
 * the name is not known yet and gives none to go by (先记成X, 龙华某3C配件卖家: 某 marks such a name).
 */
export function leadName(text: string): string | null {
  const name = writtenLeadName(text);
  if (name && WHERE_SAID.test(name)) return null;
  return name && NAME_UNKNOWN.test(text) && !name.includes('某') && !RECORDED_AS.test(text) ? null : name;
}

/** A phrase that tells where (在红河弥勒那边建电站, 贵港那边的糖厂): a description left whole, no name. */
const WHERE_SAID = /那边|这边/;

/**
 * A message that says it is a lead and that its name is not known yet (新客户 … 还没问到公司名, 朋友介绍一家酒店 名字还没问):
 * with no name to go by (`leadName` null), the rep is asked for it. Told of in a report on a customer of ours
 * (`ofOurCustomer`: 他们同时在谈海洋所推荐的一家 名字没说), an unnamed party is a rival, unless the message says it is a lead.
 */
export function saysLeadNameUnknown(text: string, ofOurCustomer: boolean): boolean {
  return (saidToBeALead(text) || (!ofOurCustomer && LEAD_MARKER.test(text))) && NAME_UNKNOWN.test(text);
}

/** The message says in so many words that it registers a lead (线索:, 新客户, 帮我建个档). */
export function saidToBeALead(text: string): boolean {
  return SAID_TO_BE_A_LEAD.test(text);
}

/**
 * The message opens or closes by saying it is a lead (线索 武城县…, 新客户 嘉禾介绍的…, …叫啥忘了 先挂个线索, …帮我建个档): a lead
 * even with no name to go by.
 */
export function saysItIsALead(text: string): boolean {
  return text.match(SAID_TO_BE_A_LEAD)?.index === 0 || closesAsALead(text);
}

/** The marker said last (仁怀酱领酒业想找我们做贴标机,刚加上微信,帮我建个档): the name, if any, opens the message. */
function closesAsALead(text: string): boolean {
  return SAID_TO_BE_A_LEAD.test(splitClauses(text).at(-1) ?? '');
}

/**
 * A party described and not named (舒兰那边有个家庭农场, 一个合作社), the description opening the words or said after where it
 * is; a name that holds such a word (宠爱有家宠物店) is still a name.
 */
const DESCRIBED_ONLY = new RegExp(
  `^(?:[^\\s,]{0,6}(?:那边|这边|的|[县区镇乡市村]))?(?:${inOrder(W.descriptionWords)})|^[^\\s,]{0,6}有(?:一)?(?:个|所|栋)`,
);
/** There is one (有个, 有一家): a party described, its name, if any, after it. */
const THERE_IS_ONE = /有(?:一)?(?:个|家|所|栋)/;
/** A county, district or town and nothing else (柘城县, 长安镇, 川汇区). */
const PLACE_ALONE = /^[\u4e00-\u9fa5]{1,4}(?:县|区|镇|乡)$/;

/** The name after a place said alone: a company with its suffix, or the next word when it is a bare name. */
function nameAfterPlace(rest: string): string | null {
  const suffixed = withSuffix(rest);
  if (suffixed) return usable(suffixed.name);
  const next = rest.trim();
  return isBareName(next) ? usable(next.match(/^[^\s,.;!?(]*/)![0]) : null;
}

function writtenLeadName(text: string): string | null {
  const m = text.match(LEAD_MARKER);
  if (!m) return null;
  const latin = [...text.matchAll(LATIN_NAME)].find((n) => !LEAD_WORD.test(n[0]));
  if (latin) return latin[0];
  const pooled = POOL_PUT.test(m[0]);
  const recorded = usable(text.match(RECORDED_AS)?.[1] ?? null);
  if (recorded) return recorded;
  const first = pooled
    ? usable(text.slice(0, m.index).split(/[,\s]/)[0].replace(POOLED_NEED, ''))
    : nameAfterMarker(text, m.index! + m[0].length, m[0]);
  // 线索:柘城县 做辣椒的 嘉禾辣椒专业合作社: a county or town alone is where the lead is; its name comes after, or none is said.
  const named = first && PLACE_ALONE.test(first) ? nameAfterPlace(text.slice(text.indexOf(first) + first.length)) : first;
  const developer =
    DEVELOPMENT.test(text) || (named !== null && NAMED_DEVELOPMENT.test(named)) ? usable(text.match(DEVELOPER)?.[1] ?? null) : null;
  if (developer) return developer;
  const party = usable(text.match(NAMED_PARTY)?.[1] ?? null);
  // 杭州一个做宠物香波的 … 公司叫毛球先生: a party described, then named by its role; the name is the lead.
  if (named && party && (DESCRIBED_PROJECT.test(named) || DESCRIPTION.test(named))) return party;
  // 泰安一家民营医院想租电脑,泰山康和医院,大概150台: described with what it wants, then named with its suffix.
  const namedLater = named && DESCRIPTION.test(named) ? withSuffix(text.slice(text.indexOf(named) + named.length)) : null;
  if (namedLater) return namedLater.name;
  // 集美那边有个民办的诚毅国际学校在建: described and named in one run; the name is the part with the suffix.
  const described = named?.match(THERE_IS_ONE);
  const namedWithin = described ? withSuffix(named!.slice(described.index!)) : null;
  if (namedWithin) return namedWithin.name;
  // 一个民宿集群叫溪畔云居: described, then called by its name.
  const calledWithin = named?.match(/叫([^\s,.;!?的]{2,12})$/)?.[1];
  if (named && DESCRIBED_ONLY.test(named)) return party ?? usable(calledWithin ?? null);
  // A name after the marker or by role, or a company named by its suffix or trade (read by the caller), goes first.
  if (named || party || !(closesAsALead(text) || NEW_TO_US.test(text)) || namedCompany(text)) return named ?? party;
  const caller = text.match(CALLER_SAID)?.[1];
  if (caller) return usable(stripLeadingPlace(caller));
  // The marker said last, or the party said to be new to us, with no company named by its suffix or trade: the name opens
  // the message, perhaps after where it is (胶南 德丰渔业 要做个码头冰库 … 新线索).
  const opening = nameAfterMarker(text, 0, '');
  const afterPlace = opening && isPlaceOnly(opening) ? nameAfterPlace(text.slice(text.indexOf(opening) + opening.length)) : opening;
  return afterPlace && !DESCRIBED_ONLY.test(afterPlace) ? afterPlace : null;
}

/** A person with their department (安环部邱部长, 设备科刘工): who speaks for the lead, not its name. */
const A_PERSON = new RegExp(`^[\\u4e00-\\u9fa5]{0,4}(?:${inOrder(W.personDepartments)})?(?:${CONTACT_NAME.source})$`);

function usable(name: string | null): string | null {
  return name && name.length >= 2 && name.length <= 24 && !NOT_A_NAME.test(name) && !A_PERSON.test(name) ? name : null;
}

/** The name written after the marker that ends at `markerEnd` (0: the message opens with the name). */
function nameAfterMarker(text: string, markerEnd: number, marker: string): string | null {
  const called = text.match(CALLED);
  // The filler belongs after a marker; a message opening with its name (有个景区想上票务 平塘天眼景区) has none.
  const after = markerEnd > 0 ? text.slice(markerEnd).replace(LEAD_FILLER, '') : text;
  const unstripped = called ? null : described(after, marker);
  let rest = unstripped === null ? text.slice(called!.index! + called![0].length) : stripPlaceOf(unstripped);
  // 有家叫海韵食品的 做粉丝的: the name stops at its 的.
  if (marker.endsWith('叫')) rest = rest.replace(NAME_THEN_KIND, '$1').replace(/^([^\s,.;!?的]{2,14})的/, '$1 ');
  const namedAs = called ? null : rest.slice(0, 24).match(NAMED_AS);
  if (namedAs) rest = rest.slice(namedAs.index! + namedAs[0].length).replace(NAME_THEN_KIND, '$1');
  // 新线索 深圳宝安 优创电子 做蓝牙耳机的: where the lead is, then its name; a place then what it does (杭州华信 做外贸的)
  // or an organisation (益阳好邻居超市 五家门店…) is the name.
  // 锡山区新建的君悦养老院: where it is and that it is new, said before the name; not before a kind with the name after it
  // (新开的湘菜馆 湘遇小馆) nor a project whose party is named later (新开的物流园项目,总包是X).
  // 宿迁那边有个经销商 泗洪康泰医疗: who it is, described in a word of its own (有个经销商), then its name.
  const description = called ? null : (rest.match(DESCRIPTION_FIRST) ?? rest.match(WHERE_FIRST));
  if (description && isBareName(rest.slice(description[0].length))) rest = rest.slice(description[0].length);
  // 宁波的户外家具厂,森野家居: the place and its 的 are part of the description, read before the place is stripped.
  const kind = called ? null : (rest.match(KIND_BEFORE_NAME) ?? (namedAs ? null : unstripped?.match(KIND_BEFORE_NAME)));
  const newlyBuilt = called ? null : rest.match(NEWLY_BUILT);
  const kindFrom = kind && kind.input !== rest ? kind.input! : rest;
  if (kind && isBareName(kindFrom.slice(kind[0].length))) rest = kindFrom.slice(kind[0].length);
  else if (newlyBuilt && !A_PROJECT.test(rest.slice(newlyBuilt[0].length).split(/[\s,]/)[0])) rest = rest.slice(newlyBuilt[0].length);
  const named = afterPlaceWord(rest);
  if (named !== rest && !new RegExp(`${ORG_SUFFIX}\\s*$`).test(rest.slice(0, rest.length - named.length)) && isBareName(named))
    rest = named;
  const whereOf = rest.match(WHERE_OF);
  if (whereOf && !ROLE_OR_KIND_AFTER.test(rest.slice(whereOf[0].length))) rest = rest.slice(whereOf[0].length);
  const split = rest.match(SPLIT_NAME);
  if (split && !new RegExp(`${ORG_SUFFIX}$`).test(split[1]) && !NAME_STOP.test(split[1])) rest = split[1] + rest.slice(split[0].length);
  const stop = rest.search(NAME_STOP);
  const name = (stop < 0 ? rest : rest.slice(0, stop)).trim().replace(DEPARTMENT_AFTER_ORG, '$1');
  return usable(name.replace(DEPARTMENT_OF, '').replace(ITS_PROJECT, '').replace(ITS_WORK, '').replace(/的$/, ''));
}

/**
 * A party named in a clause of its own, then what it makes (刚接到个电话,吴江明泰汽车零件,做变速箱壳体的): a new
 * company introduced, with no suffix needed. The name clause says nothing else (no 了, 说, 是, 去…: 今天去了恒达精密 is a visit).
 */
const INTRODUCED_BY_TRADE = new RegExp(
  String.raw`(?:^|[,:;.!?\s])([一-龥A-Za-z0-9]{4,14})[,\s]+(?:是)?(?:${inOrder(W.tradeIntroVerbs)})[^,.;!?\s]{1,10}的(?=[,.;!?\s]|$)`,
);
const NOT_A_NAME_CLAUSE = new RegExp(String.raw`[了说是在去来到的过着把被和跟]|${inOrder(W.notANameClauseWords)}`);

interface NamedParty {
  name: string;
  start: number;
  end: number;
  /** Introduced by what it makes rather than by an organisation suffix. */
  byTrade?: boolean;
  /** Opening the message on its own, a contact and a need after it. */
  opening?: boolean;
}

/** A company written with an organisation suffix (苏州明锐光电有限公司, 马鞍山第二中学), or introduced by its trade. */
export function namedCompany(text: string): NamedParty | null {
  return withSuffix(text) ?? byTrade(text);
}

function byTrade(text: string): NamedParty | null {
  const m = text.match(INTRODUCED_BY_TRADE);
  if (!m || NOT_A_NAME_CLAUSE.test(m[1]) || NOT_A_COMPANY.test(m[1])) return null;
  const start = m.index! + m[0].indexOf(m[1]);
  return { name: m[1], start, end: start + m[1].length, byTrade: true };
}

/** Parties counted (几家家具厂, 绥化三个合作社, 跑了3家土石方公司): a group visited, no one company's name. */
const COUNTED = /(?:几|[两三四五六七八九十]|[0-9]+)(?:家|个|所)/;
/** A name in a clause of its own right after a party described (一家新开的装饰公司,漳州锦绣家装): the description's name. */
const NAME_AFTER_DESCRIPTION = /^[,\s]+([\u4e00-\u9fa5A-Za-z]{4,12})(?=[,.;!?\s]|$)/;

/** Words of speech, an hour or a part of the day opening it: the suffix belongs to another word, not a company's name. */
const SPOKEN_OR_TIMED = new RegExp(String.raw`说|讲|问|[0-9]点|^(?:${inOrder(W.partsOfDayOpening)})`);

function withSuffix(text: string): NamedParty | null {
  for (const m of text.matchAll(ORG)) {
    const trimmed = nameInRun(m[0], m.index === 0);
    const after = DESCRIPTION.test(m[0]) ? text.slice(m.index! + m[0].length).match(NAME_AFTER_DESCRIPTION) : null;
    if (after && ![NOT_A_NAME_CLAUSE, NOT_A_COMPANY, NOT_A_NAME, NAME_UNKNOWN].some((re) => re.test(after[1]))) {
      const start = m.index! + m[0].length + after[0].indexOf(after[1]);
      return { name: after[1], start, end: start + after[1].length };
    }
    // A verb of speech inside (老板秦总说厂房…) means the suffix belongs to another word.
    if (
      trimmed.length < 4 ||
      NOT_A_COMPANY.test(trimmed) ||
      DESCRIPTION.test(trimmed) ||
      DESCRIBED_ONLY.test(trimmed) ||
      COUNTED.test(trimmed) ||
      SPOKEN_OR_TIMED.test(trimmed) ||
      // A name not yet known (还不知道公司名, 没问到公司): no name at all.
      /知道|没问|没拿到/.test(trimmed) ||
      // The maker's own service (原来三菱原厂在保): a maker said as 原厂, not a company's name.
      /原厂$/.test(trimmed) ||
      // A term before our company's say (质保3年公司批了): a span of time is no part of a name.
      /[0-9一二两三四五六七八九十]+(?:年|个月|天)/.test(trimmed)
    )
      continue;
    if (PLACE_NEEDED.test(trimmed) && stripLeadingPlace(trimmed) === trimmed) continue;
    const start = m.index! + m[0].length - trimmed.length;
    return { name: trimmed, start, end: start + trimmed.length };
  }
  return null;
}

/**
 * What a company wants, written right after its name (…公司要做视频监控平台, …有限公司,景区二期要租三台, …酒楼要配整套后厨),
 * perhaps after its trade or who called (…有限公司,做农产品配送的,想买十台轻卡; …有限公司,设备科周科长,想换一批变频柜).
 */
const NEED_AFTER = new RegExp(
  String.raw`^[\s,:]*(?:(?:是)?(?:做|搞|生产)[^,.;!?\s]{1,10}的[\s,]+)?(?:[^,.;!?]{0,8}(?:${CONTACT_TITLE})[\s,]+)?(?:那边|这边)?(?:[^,.;!?\s]{1,6})?(?:${WANT_VERB})(?:${WANTED_DEED}|配(?!合))`,
);
/** The rep went there: a visit report about a company, not a lead to register (今天拜访了昆山精益机电有限公司). */
const VISITED_BEFORE = new RegExp(`(?:${inOrder(W.visitVerbs)})[^,.;!?]{0,4}$`);

/**
 * Its contact just added (…设备科孙科长刚加了微信 也想要我们的样品): met for the first time, a need said after it.
 */
const CONTACT_JUST_ADDED = /^[^,.;!?]{0,12}?刚(?:刚)?加(?:了|上)?(?:个)?微信/;
const NEED_SAID = new RegExp(String.raw`(?:想|要|需要|打算)(?:${inOrder(W.needSaidDeeds)})`);

/**
 * The company just opened, said right after its name (…雅居酒店,刚开业; …新开张): new to everyone, so a lead even when
 * the rep called on it (顺路拜访了X,刚开业): no customer of ours yet.
 */
const JUST_OPENED = new RegExp(`^[\\s,:]*(?:刚刚?|才|新)(?:${inOrder(W.openedWords)})`);

/**
 * A company not on the list, introduced by its trade, written with what it wants or as just opened, and not as a place
 * the rep visited.
 */
export function newPartyNeeds(text: string, company: NamedParty): boolean {
  if (company.byTrade || company.opening) return true;
  const after = text.slice(company.end);
  if (JUST_OPENED.test(after)) return true;
  if (VISITED_BEFORE.test(text.slice(0, company.start))) return false;
  return NEED_AFTER.test(after.slice(0, 24)) || (CONTACT_JUST_ADDED.test(after) && NEED_SAID.test(after));
}

/**
 * A new party's full name opening the message on its own, then who speaks for it and what they want (北海蓝湾客栈 老板林总
 * 要做布草租赁, 日照海曲花园 物业新换了 新物业的王经理想找我们做电梯维保): a lead, suffix or not. A report of a visit, a
 * talk or a deal under way (去了, 聊了, 报价, 合同…) is about a customer the rep already has, whatever it is called.
 */
const OPENING_NAME = /^([\u4e00-\u9fa5A-Za-z]{4,14})[\s,]+/;
const OPENING_NOT_A_NAME = new RegExp(
  `[了说是在去来到的过着把被和跟要想做]|${inOrder(W.openingNotNameWords)}|(?:${CONTACT_TITLE}|老师|院长|校长)$`,
);
const OPENING_CONTACT = new RegExp(String.raw`(?:老板|负责人|[\u4e00-\u9fa5](?:${inOrder(W.openingContactTitles)}))`);
const OPENING_NEED = new RegExp(`(?:${WANT_VERB})(?:找我们)?(?:${WANTED_DEED}|装|配(?!合))`);
const OPENING_REPORT = new RegExp(inOrder(W.reportWords));

export function openingNewParty(text: string): NamedParty | null {
  const m = text.match(OPENING_NAME);
  if (!m || OPENING_NOT_A_NAME.test(m[1]) || NOT_A_COMPANY.test(m[1]) || NOT_A_NAME.test(m[1])) return null;
  const rest = text.slice(m[0].length);
  const need = rest.search(OPENING_NEED);
  if (need < 0 || !OPENING_CONTACT.test(rest.slice(0, need)) || OPENING_REPORT.test(text)) return null;
  return { name: m[1], start: 0, end: m[1].length, opening: true };
}
