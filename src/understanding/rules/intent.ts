import { z } from 'zod';
import type { Intent } from '../extraction';
import { LEAD_MARKER, saysItIsALead } from './new-customer';
import type { QuestionCues } from './query';
import { CONTACT_NAME, SURNAMES } from './contacts';
import { inOrder, splitClauses } from './text';
import { loadWordFile, words } from '../words/word-file';

/** What the rep wants: report, new lead, stage move, done promise, a question, help, or chit-chat. */

/** The word lists of words/intent.json (chat.ts reads `assent` from it too), checked when loaded. */
export const intentWordsSchema = z.object({
  doneMarks: words,
  smallTalkAsked: words,
  version: z.literal(1),
  note: z.string(),
  lastRecord: words,
  takeBack: words,
  saidWrong: words,
  undoVerbs: words,
  thatRecord: words,
  thatRecordUndone: words,
  wrongBeforeUndo: words,
  undoAfterWrong: words,
  takeItBack: words,
  howToTakeBack: words,
  stageEditVerbs: words,
  slashQueries: words,
  greetings: words,
  botNames: words,
  helpPhrases: words,
  howToDoVerbs: words,
  addVerbs: words,
  addableThings: words,
  productManuals: words,
  understandVerbs: words,
  recordActions: words,
  chitChat: words,
  acknowledgements: words,
  thanks: words,
  assent: words,
  askVerbs: words,
  pulledLists: words,
  myRecords: words,
  countedRecords: words,
  planDays: words,
  dutyDays: words,
  queryPhrases: words,
  findOutVerbs: words,
  listedRecords: words,
  listableRecords: words,
  recordPapers: words,
  heldRecords: words,
  namedPeriods: words,
  namedRecords: words,
  whichRecords: words,
  countedThings: words,
  ownCountPeriods: words,
  ownCountThings: words,
  handedTo: words,
  takenOverBy: words,
  contactDetails: words,
  changedTo: words,
  teamMeetings: words,
  projectReportsOf: words,
  teamReports: words,
  teamGatherings: words,
  meetingAsks: words,
  holidayWishes: words,
  tiredWords: words,
  weatherWords: words,
  trafficWords: words,
  offDutyWords: words,
  teamAddressed: words,
  everyoneMentions: words,
  complainedNotices: words,
  tooMany: words,
  turnOffVerbs: words,
  botNotices: words,
  botTroubles: words,
  offDutyDays: words,
  noticeTurnedOff: words,
  orderWords: words,
  titles: words,
  reportWords: words,
  contactTitles: words,
  deliverables: words,
  receivedPapers: words,
  formalSendVerbs: words,
  speakerTitles: words,
  theirDepartments: words,
  customerTrials: words,
  laterTimes: words,
  whatItDoes: words,
  someoneElse: words,
  inTheBot: words,
  getItDoneVerbs: words,
  settingVerbs: words,
  dayParts: words,
  leftUndoneVerbs: words,
  haveWhichAtEnd: words,
  talkedVerbs: words,
  metVerbs: words,
  listVerbs: words,
  letMeSee: words,
  goOnVerbs: words,
  haveWhich: words,
  knowWhoVerbs: words,
  howToHandleVerbs: words,
  stillUndoneVerbs: words,
  whichOrHowMany: words,
  withColleaguesVerbs: words,
  youDoVerbs: words,
  shouldWords: words,
  promisedVerbs: words,
  tellMeVerbs: words,
  countMeasures: words,
  ownCountMeasures: words,
  colleaguePeriods: words,
  theyWantParties: words,
  servicesFinished: words,
  doneVerbs: words,
  doneEndings: words,
  sentOrMadeVerbs: words,
  attemptCounts: words,
  sentOverVerbs: words,
  sentOverEndings: words,
  sendVerbs: words,
  sentToSomeoneVerbs: words,
  justSentVerbs: words,
  sentToTitles: words,
  inboxes: words,
  sentToParties: words,
  alreadySentVerbs: words,
  sentByWays: words,
  alreadySentToVerbs: words,
  contactedVerbs: words,
  finishedWorkVerbs: words,
  readyDrafts: words,
  toldParties: words,
  settledVerbs: words,
  sampleWords: words,
  sampleArrivedWhen: words,
  sentToContactVerbs: words,
  papersInHand: words,
  allAlready: words,
  markVerbs: words,
  crossOffVerbs: words,
  formalPastDays: words,
  saidVerbs: words,
  serviceDoneVerbs: words,
  fixVerbs: words,
  sentOffVerbs: words,
  couriers: words,
  sentToThemVerbs: words,
  customerPlaces: words,
  foundOutVerbs: words,
  theirSidePlaces: words,
  madeReadyVerbs: words,
  handOverVerbs: words,
  aheadTimes: words,
  mustWords: words,
  longAgo: words,
  timeUnits: words,
  putAsideWords: words,
  settledTogetherVerbs: words,
  referenceWords: words,
});

export const INTENT_WORDS = loadWordFile('intent.json', intentWordsSchema);
const W = INTENT_WORDS;

/** The record just sent (刚才那条, 上条, 刚发的, 前面那条). */
const LAST_RECORD = `(?:${inOrder(W.lastRecord)})`;
/** Taking it back, or saying it was wrong. */
const TAKE_BACK = `(?:${inOrder(W.takeBack)})`;
/** Taking back the last record: 撤销刚才那条, 刚才那条记错了, 上条消息取消, 撤回撤回 点错了, /undo. Read on compact text. */
/** The rep saying the record was wrong (说错了, 记错了), for a correction longer than a bare undo. */
const SAID_WRONG = new RegExp(`(?:${inOrder(W.saidWrong)})了`);
const UNDO_CORRECTED_MAX = 50;
/** Asking how to take it back (怎么撤回, 咋删掉): after a record said to be wrong, the ask is the undo. */
const HOW_TO_TAKE_BACK = new RegExp(`^(?:那)?(?:怎么|如何|咋)(?:才能)?(?:${inOrder(W.howToTakeBack)})(?:啊|呢|吗)?[?]?$`);
const UNDO = new RegExp(
  [
    /^\/?(?:撤销|撤回|undo)+(?=$|\s|[^\u4e00-\u9fa5])/.source,
    `${LAST_RECORD}[^.;!?]{0,12}${TAKE_BACK}`,
    `(?:${inOrder(W.undoVerbs)})(?:一下)?(?:${inOrder(W.thatRecord)})`,
    `(?:那条|这条)[^.;!?]{0,8}(?:${inOrder(W.thatRecordUndone)})`,
    `(?:${inOrder(W.wrongBeforeUndo)})了[^.;!?]{0,6}(?:${inOrder(W.undoAfterWrong)})`,
    // Said wrong first, then the record it was in (说错了 刚才那条不是X 是Y).
    `^(?:${inOrder(W.saidWrong)})了[^.;!?]{0,2}${LAST_RECORD}`,
    // The whole message asks the bot to take it back (帮我撤了, 麻烦删掉); a bare 撤了 may be someone leaving (先撤了).
    `^(?:帮我|给我|麻烦|请)(?:把它)?(?:${inOrder(W.takeItBack)})(?:吧|它|一下)?[.!~]*$`,
  ].join('|'),
  'i',
);
/** The stage asked to be changed, no stage named (改阶段, 帮我更新一下阶段): the flow asks which. */
const STAGE_EDIT = new RegExp(`^(?:帮我|麻烦|请)?(?:${inOrder(W.stageEditVerbs)})(?:一下|下)?(?:商机)?阶段(?:吧|一下)?[.!]?$`);
/** Slash commands typed in the chat box. */
const SLASH_HELP = /^\/(?:help|h|帮助|\?)$/i;
/** A mention of the bot itself (@销售助手) says nothing about what the message is. */
const MENTION = /^@\S+\s*/;
/** Voice filler opening a message before a space (那个 帮我看一下…): it says nothing of what the message is. */
const OPENING_FILLER = /^(?:那个|这个|嗯+|呃+|额+)\s+(?=\S)/;
/** Emoji and check marks closing a message (已回传 ✅, 好的👌) say nothing the words do not. */
const TRAILING_EMOJI = /[\s\p{Extended_Pictographic}\uFE0F]+$/u;
/** A question followed by why it is asked (合同发了吗 我忘了): the remark is the rep's memory, not a report. */
const FORGOT_AFTER_QUESTION = /(?<=吗|么|没|没有|[?])[,.;!?\s]+我?(?:都|也)?(?:忘了|记不清了?|不记得了|想不起来了)[.!~]*$/;
const SLASH_LEAD = /^\/(?:新)?线索\s+\S/;
/** Slash commands that ask (/查 客户 opens its archive). */
const SLASH_QUERY = new RegExp(`^/(?:${inOrder(W.slashQueries)})`, 'i');
/** A message opening on a customer yet unnamed (有个客户,郑州那边的 / 有个客户是镇江的 / 有个客户 苏州的): a new one introduced, when named. */
const A_CUSTOMER_OPENS = /^有(?:个|一个|一家|家)客户(?:[\s,:]+|是)/;
/** A greeting, perhaps addressing the bot (你好呀 机器人, 在吗 小助手). */
const GREETING = new RegExp(`^(?=.*(?:${inOrder(W.greetings)}))(?:${inOrder(W.greetings)}|${inOrder(W.botNames)}|[\\s,!?.~呀啊哇])+$`, 'i');
/**
 * How to use the bot. Questions about what it can take (这个bot能识别英文吗, 可以直接说话吗, 它能听懂吗) and how to do
 * something in the system (如何在系统中为已有客户补充联系人, 怎么给客户加联系人) are help too, and so is whether the bot can look something up
 * (这个机器人能查逾期的单吗), unlike asking it to (你能查下逾期的单吗); 他们能直接说话吗 asks about someone else,
 * and 试试你能不能听懂 is no question.
 */
const HOW_TO = new RegExp(
  [
    inOrder(W.helpPhrases),
    '^help',
    '能(?:不能)?(?:发|用)语音',
    '支持(?:发|用)?(?:语音|图片|照片|文件)(?=[吗么嘛没]|$)',
    '(?:怎么|如何)(?:开始|上手)',
    // Not what is left to do on a deal (华信这单还能做啥: our customer masked as ○).
    `(?<!(?:○|单|客户|项目|我们|咱们)[^,.;!?\\s]{0,3})(?:能|可以)(?:帮我|为我|给我)?(?:做|干)(?:${inOrder(W.whatItDoes)})`,
    `(?:${inOrder(W.botNames)}|你)(?:都|还)?(?:能|可以)(?:帮我|为我|给我)?(?:做|干)(?:点|些)(?:${inOrder(W.whatItDoes)})`,
    `(?:怎么|如何|怎样)(?:才能)?(?:${inOrder(W.howToDoVerbs)})`,
    '教(?:我|一下)',
    '(?:怎么|如何)(?:给|跟|和|对)(?:你|机器人|助手)',
    `(?:怎么|如何|怎样)(?:给|在|为)[^,.;!?]{1,6}?(?:${inOrder(W.addVerbs)})(?:个|一个|上)?(?:${inOrder(W.addableThings)})`,
    `(?:怎么|如何|怎样)(?:才能)?让(?:你|${inOrder(W.botNames)})`,
    `(?<!${inOrder(W.productManuals)})说明书`,
    '(?:使用|操作)说明书(?=[吗呢?]|$)',
    '(?:能|可以)(?:帮我|给我|替我)?(?:查|问)(?:哪些|什么|啥)',
    '(?:怎么|如何)(?:才能)?报(?:个|一个)?(?:新客户|新线索|线索|商机)',
    `(?:${inOrder(W.botNames)}|它|你)(?:能|可以)(?:${inOrder(W.understandVerbs)})[^,.;!?]{0,6}?[吗么嘛?]`,
    `(?:这个|这)(?:${inOrder(W.botNames)})(?:能|可以)(?:不能)?查[^,.;!?]{0,8}?[吗么嘛?]`,
    `(?<!${inOrder(W.someoneElse)})(?:能|可以)(?:直接)?(?:说话|讲话|发语音)(?=[吗么嘛]|$)`,
    `(?:怎么|如何|怎样)在(?:${inOrder(W.inTheBot)})(?:里|中|上)?`,
    `^(?:我想|我要|想)?(?:${inOrder(W.recordActions)}|录(?![音像]))[^,.;!?]{0,6}?(?:要|该|应该|得)?(?:怎么|如何|怎样)(?:${inOrder(W.getItDoneVerbs)}|说|写|发)`,
    `(?:${inOrder(W.settingVerbs)})[^,.;!?]{0,8}(?:咋|怎么)(?:弄|搞|操作|整)[?]?$`,
    '(?:能|可以)(?:设|设置|定|加)(?:个)?(?:提醒|闹钟)(?:不|吗|么|嘛)',
    '语音[^,.;!?]{0,4}(?:能|可以)(?:识别|听懂|听得懂|转文字)(?:不|吗|么|嘛)',
    '(?:还是)?(?:得|要)打字(?:吗|啊|呀)?$',
  ].join('|'),
  'i',
);
/** The customer asking how to use something of ours (运营那边问后台怎么用): a report of their question, not help; 请问/想问/问一下 is the rep asking. */
const THEY_ASKED_HOW = /(?<![请想我])问(?!一下|下|问|你)[^,.;!?]{0,10}(?:怎么|如何)/;
/** Someone on their side asking (王总问决策人是谁, 对方采购问对接的是谁): a report of their question, whatever it names. */
const THEY_ASKED = new RegExp(
  `(?:${CONTACT_NAME.source}|他们|对方|客户|○(?:那边)?|采购|老板)(?:也|还|又)?(?:问|想知道|打听)(?!一下|下|问|过了)`,
);
/** Chit-chat opening a short message (好的, 收到, 晚安, 嗯嗯): a word said twice (哈哈, 嗯嗯) opens on the word. */
const CHIT_CHAT = new RegExp(`^(?:${inOrder(W.chitChat)})`, 'i');
/** Small talk said as a question (吃了吗, 在忙吗): chit-chat, nothing asked of the records. */
const SMALL_TALK_ASKED = new RegExp(`^(?:${inOrder(W.smallTalkAsked)})[?~!.\\s]*$`);
/** Colleagues asked to join in (周末有人一起打羽毛球吗, 谁一起拼个车): the team's chat, nothing for the bot. */
const JOIN_ME_ASKED = /^[^,.;!?]{0,6}?(?:有人|有没有人|谁)(?:想|要)?一起[^,.;!?]{1,12}?(?:吗|不|没|呀|啊)?[?~!.\s]*$/;
/**
 * Words of a question to the bot (also the records one logged: 我上周录了哪些跟进).
 * A day's 安排 is its plan asked for (明天有什么安排, 明天安排是什么) only as a noun: 安排 with
 * its object after it (我明天安排发货) is the rep arranging something.
 */
const QUERY = new RegExp(
  [
    `^(?:帮我|请|麻烦|给我)?(?:${inOrder(W.askVerbs)}|拉(?:一下|下|个)(?=[^,.;!?]{0,20}(?:${inOrder(W.pulledLists)})))`,
    '我(?:的|有|还有)(?:哪些|几个|多少|什么)',
    `我的(?:${inOrder(W.myRecords)})`,
    `(?<!好)(?:哪些|哪几个|多少个?|几个)(?:${inOrder(W.countedRecords)})`,
    `(?:${inOrder(W.planDays)})(?:有|要|还有|需要)?(?:什么|哪些|啥)?(?:待办|任务|要跟进|安排(?=$|[^\u4e00-\u9fa5]|[是吗呢啊呀吧有])|日程|要做)(?!${inOrder(W.dayParts)}|[0-9一二三四五六七八九十]+点|:|1[.、])`,
    `(?:${inOrder(W.dutyDays)})(?:要|该|得)(?:做|干)(?:什么|啥|嘛|点啥)`,
    '(?:什么|哪个|啥)阶段',
    '(?:什么|啥)程度',
    '怎么还没(?:有)?(?:动静|下文|进展)',
    '(?:进展|进度|情况|状态)(?:怎么样|如何|咋样|呢)',
    // Not progress said to be none (没啥进展, 没什么新进展): a report that nothing moved.
    '(?<!没|没有|没得)(?:什么|啥|有什么|有啥)新?(?:进展|进度)',
    inOrder(W.queryPhrases),
    `(?<!(?:${inOrder(W.findOutVerbs)})[^,.;!?]{0,2})卡在(?:哪|什么|啥)`,
    '(?:啥|什么)(?:情况|状态)了?[?]?$',
    '(?:帮我|麻烦|请)(?:查|看)(?:一)?下(?:状态|进展|进度|结果)?[?]?$',
    '(?:还)?(?:差|缺)(?:什么|啥|哪些)',
    '最近(?:一次)?(?:跟进|联系)',
    '上次(?:跟进|联系|拜访)',
    '(?:有哪些|有几个|有多少|有什么)[?]?$',
    `(?:${inOrder(W.listedRecords)})[^,.;!?]{0,4}(?:有哪些|有几个|有多少|哪些)`,
    `还有(?:啥|什么|哪些|多少)(?:事|东西)?没(?:${inOrder(W.leftUndoneVerbs)})`,
    '欠[^,.;!?]{0,4}(?:什么|啥|哪些)',
    '(?:录|记|写|填)了?(?:哪些|多少|几条|几个)(?:跟进|记录)',
  ].join('|'),
);
/**
 * A short question about one customer (湘味坊的联系人都有谁, 锦绣经编上次拜访是什么时候), not about what someone asked.
 * Which ones asked at the end may count them (快签的有哪几个); 有那些…的, voice typing's 哪些, is read as 有哪些 before
 * this (withStandardQuestionWords).
 */
const QUESTION_END = new RegExp(
  `(?<![没])有(?:${inOrder(W.haveWhichAtEnd)})[^,.;!?]{0,8}的[?]?$|(?:(?:什么时候|啥时候|哪天|哪一天)[\\u4e00-\\u9fa5]{0,3}|是谁|都有谁|有谁|[拜访跟进联系见找]谁|有哪些|有哪几[个家单件条样]|是哪(?:个|位)|是多少|多少钱|(?:一共|总共|合计)多少|几个人|什么情况了?|啥情况了?|到哪(?:一)?步了?|走到哪(?:一步)?了?|(?:${inOrder(W.talkedVerbs)})(?:了|过)(?:些)?(?:啥|什么))[?]?$|(?:跟|和|同)(?:哪些|哪几[个家所位])[^,.;!?]{0,8}(?:${inOrder(W.metVerbs)})(?:过|了)[?]?$`,
);
/** A listing asked for at the end (我名下金额最大的五个商机列一下). */
const LIST_ASKED = new RegExp(
  `(?:${inOrder(W.listableRecords)})(?:[^,.;!?\\s]{0,10}|[^.;!?]{0,16}的,(?:给我|帮我)?)(?:(?:${inOrder(W.listVerbs)})(?:一下|下|出来)(?:我|给我)?(?:看看|看一下|看下)?|(?:发|给)我(?:看看|看一下|看下)?|(?:拉|列|出)个?(?:清单|表|单子))(?:吧)?[?]?$`,
);
/** A record asked to be shown (X的资料给我看下, 上周的记录发我看看): a question, what is wanted of it may follow. */
const SHOWN = new RegExp(`^[^,.;!?]{1,16}的(?:${inOrder(W.recordPapers)})(?:全|都)?(?:给我|发我|发给我|我)(?:看看|看下|看一下|瞧瞧)`);
/**
 * A record handed to someone else (把鑫达转给邓凯跟进, 麻烦把这家分给小林负责) or an export mailed out (导出本月客户清单发邮箱):
 * orders the bot does not carry out; no report and no question about records. A deed told (把方案转给王总了) has 了.
 */
const HANDED_TO_COLLEAGUE = new RegExp(
  `^(?:帮我|请|麻烦|帮忙)?把[^,.;!?了]{1,16}(?:${inOrder(W.handedTo)})[^,.;!?了]{1,6}(?:${inOrder(W.takenOverBy)})(?:一下|下)?[.!]?$`,
);
/** A contact detail to be changed (把X的联系电话改成138…): an edit the bot does not carry out, no report. */
const DETAIL_EDITED = new RegExp(
  `^(?:帮我|请|麻烦|帮忙)?把[^,.;!?]{1,16}的(?:联系)?(?:${inOrder(W.contactDetails)})(?:${inOrder(W.changedTo)})[^,.;!?]+$`,
);
const EXPORT_MAILED = /(?:导出|下载|打包)[^,.;!?]{0,20}(?:发|传|寄)(?:到|给)?(?:我|我的)?(?:邮箱|邮件|微信|钉钉)/;
const CALLED_UP = new RegExp(`^(?:帮我|麻烦|请|给我)?把[^,.;!?]{1,20}?(?:调|翻|导|拉)出来(?:${inOrder(W.letMeSee)})?[?.!]?$`);
/**
 * A yes-or-no question first, then where things stand asked at the end (老板批了没?上次说走流程,现在什么进度): what
 * is recalled between them (上次说…) is context, not a report.
 */
// Voice typing leaves out the mark: a space or comma ends the first question as well (合同签了没 现在啥状态).
const ASKED_FIRST = /^[^?.!,\s]{2,20}(?:了没有?|了吗|没有?)[?,\s]/;
const STANDING_ASKED_AT_END = /(?:什么|啥)(?:进度|进展|情况|状态)(?:了)?[?]?$|怎么样了[?]?$|到哪(?:一步)?了[?]?$/;
const ASKED_TWICE_MAX = 40;
/** A short yes-or-no question about a record (港联的合同签了没有?). */
// 是不是…了? asks whether it stands (是不是已经到商务谈判了?); someone asking it is relayed, read before this.
const YES_NO = /了没有?[?]?$|吗[?]?$|是不是[^,.;!?]{1,12}(?:了[?]?|[?])$/;
/**
 * A report closed by asking the bot how to go on (…不然就转向别家。怎么谈比较好, …本钢便宜50一吨,下一步怎么打): the
 * last clause opens with how to go on, so the whole message is a question, however long the report before it. Someone
 * else asking it (王总问我们下一步怎么推) has them before the how, and how it went (怎么谈的还要等老板定) is no question.
 */
const HOW_TO_GO_ON_ASKED = `(?:该|要|应该|得)?(?:怎么|如何)(?:${inOrder(W.goOnVerbs)})(?![的了得过])`;
const HOW_TO_GO_ON = new RegExp(
  `^(?:那|那么|所以|这种情况下?|(?:这种|这类|这样的)(?:客户|单子|情况|人)?)?(?:我们?|咱们)?(?:下一步|接下来|后面|后续)?(?:我们?|咱们)?${HOW_TO_GO_ON_ASKED}`,
);
/** How to go on with a deal pointed at, asked wherever it stands (若初这单该怎么往下推 客户老改需求). */
const DEAL_HOW_TO_GO_ON = new RegExp(`(?:这单|那单|这个单子|这个客户)${HOW_TO_GO_ON_ASKED}`);
/** Who owns a customer, asked in a clause of its own whatever follows (查下X是谁在跟 我想去拜访). */
const OWNER_ASKED = /(?:是谁|是哪个|哪位)(?:在跟|在负责|负责|跟的|的客户)[的呀啊呢个?]*$/;
/** The next step asked in a clause of its own, whatever follows it (鸿福石材 下一步该怎么推 林总老说再考虑). */
const NEXT_STEP_ASKED = new RegExp(
  `^(?:我们?|咱们)?(?:下一步|接下来|后续)(?:我们?|咱们)?(?:该|要|应该|得)?(?:怎么|如何)(?:${inOrder(W.goOnVerbs)})(?![的了得过])`,
);
/**
 * Someone's records named first (佳怡的线索 那些还没跟进), or where they are held (黄嘉怡手上在方案演示阶段的单子, 刘洋名下的客户):
 * a question about them.
 */
const RECORDS_OF = new RegExp(`^[\\u4e00-\\u9fa5]{2,3}?(?:的|(?:手上|手里|名下)(?:[^,.;!?]{0,10}?的)?)(?:${inOrder(W.heldRecords)})`);
/** A record asked for by name alone (我今天的待办, 华信的档案). */
const ASKED_BY_NAME = new RegExp(
  `^(?:我们?|[\\u4e00-\\u9fa5]{2,3}?)?(?:${inOrder(W.namedPeriods)})?的?[^,.;!?]{0,3}(?:${inOrder(W.namedRecords)})$`,
);
/**
 * A question's own marks: a question mark, 吗/呢, 了没(有), 什么来着, asking how, asking for a good one (有啥好的话术),
 * a count (几个, 几单; not a rough figure, 降了十几个点), 干嘛 at the end as 干啥 (今天我要干嘛), or asking who at the end (到底谁说了算, 这块谁负责), unless who it is is what someone knows or finds out (不清楚谁拍板, 看看谁说了算).
 */
const QUESTION_MARK = new RegExp(
  `[?]$|(?<![没])有(?:啥|什么)好的?[\\u4e00-\\u9fa5]{1,6}[?]?$|(?<![没])有(?:啥|什么)[\\u4e00-\\u9fa5]{1,6}?没有?[?]?$|(?<![没])有(?:${inOrder(W.haveWhich)})[^,.;!?]{0,8}的[?]?$|(?<!(?:${inOrder(W.knowWhoVerbs)})[^,.;!?]{0,4})谁[^,.;!?]{0,4}[?]?$|(?<![十百千万好])(?:几次|几条|几个|几单)|多少次|多少了?[?]?$|谁的?[?]?$|(?:[吗呢]|(?<!什)么)[?]?$|了没有?[?]?$|什么来着|啥来着|有没有|怎么样[?]?$|怎么(?:${inOrder(W.howToHandleVerbs)})|哪些|(?<![没不][^,.;!?]{0,2})(?:什么|啥)[?]?$|(?:干|做|搞|弄)嘛[?]?$|还有(?:啥|什么|哪些)[^,.;!?]{0,4}没(?:${inOrder(W.stillUndoneVerbs)})完?[?]?$`,
);
const RELAYED = /问|说|想知道|打听/;
/** The customer asked it (王总问…吗): a report of their question, not ours to answer. */
const RELAYED_QUESTION = /问|想知道|打听/;
/** Which records, with words between (有哪些沉默的商机, 多少个快签的单子). */
const WHICH_RECORDS = new RegExp(`(?<!好)(?:${inOrder(W.whichOrHowMany)})[^,.;!?]{0,8}(?:${inOrder(W.whichRecords)})`);
/** The team's own meetings (例会, 周会, 晨会) and reports (周报, 日报; not a project's report for a customer: 项目周报): internal, no customer's. */
const TEAM_MEETING = new RegExp(`${inOrder(W.teamMeetings)}|(?<!${inOrder(W.projectReportsOf)})(?:${inOrder(W.teamReports)})`);
/**
 * Off-duty chit-chat and notices to the team anywhere in a message (今天跑了一天,累瘫了; 大家周末愉快; 周一开例会;
 * 跟同事吃饭,笑死; 淋了一身雨,好惨; 风太大 车差点开沟里; 这周大家辛苦了,晚上聚个餐; 早上好各位) when it carries no deal
 * content: the team addressed (大家, 各位) is no customer.
 */
const OFF_DUTY = new RegExp(
  [
    TEAM_MEETING.source,
    inOrder(W.holidayWishes),
    inOrder(W.tiredWords),
    '(?:好|太|真)(?:累|惨)',
    '腰(?:都)?(?:快)?断',
    '腿(?:都)?(?:跑)?断',
    inOrder(W.weatherWords),
    '淋(?:了)?(?:一身)?雨',
    '风(?:太|好|真|特别)大',
    '下大?雪',
    inOrder(W.trafficWords),
    '(?:车|差点)[^,.;!?\\s]{0,4}(?:开|掉|翻)沟里',
    inOrder(W.offDutyWords),
    // A day off told to the team (我明天请假一天 有事打电话): no customer's business.
    `(?:我|明天|后天|今天|下午|上午)(?:${inOrder(W.offDutyDays)})`,
    '聚个?餐',
    '(?:去|上)哪(?:儿)?玩',
    '喝(?:多|醉|高|大)了',
    `(?:跟|和)(?:几个)?同事(?:们)?(?:一起)?(?:${inOrder(W.withColleaguesVerbs)})`,
    inOrder(W.teamAddressed),
  ].join('|'),
);
/** The whole team addressed by a mention (@所有人 周五下午开周会): a notice to colleagues, not a report on a customer. */
const TEAM_MENTIONED = new RegExp(`^@(?:${inOrder(W.everyoneMentions)})(?=\\s|$|[,:])`, 'i');
/**
 * The bot's own notices weighed or turned off (提醒太多了 能不能关掉早上的推送, 日报别推了): feedback on the assistant, no
 * report, when nothing of a deal is in it.
 */
const BOT_SETTINGS = new RegExp(
  [
    `(?:${inOrder(W.complainedNotices)})(?:也)?(?:${inOrder(W.tooMany)})`,
    `(?:${inOrder(W.turnOffVerbs)})[^,.;!?\\s]{0,6}(?:${inOrder(W.botNotices)})`,
    `(?:${inOrder(W.botNotices)})(?:能不能|可以|能)?(?:${inOrder(W.noticeTurnedOff)})`,
    // The bot or the system slow or down (系统是不是很卡, 我发消息好慢, 机器人又没反应); not the customer's (他们的系统很卡).
    `(?<!他们的?|客户的?|对方的?|厂里的?)(?:系统|${inOrder(W.botNames)}|发(?:消息|信息))(?:是不是|怎么|咋|今天|好像|又|老是){0,2}(?:有点|很|好|太|又|老是)?(?:${inOrder(W.botTroubles)})`,
  ].join('|'),
);
/**
 * A colleague called by name first (杨帆 领尚那单别轻易放弃, 徐敏 开标结果一出来马上告诉我, 钱磊 回头写个复盘给我), or as 小X / 老X
 * (小周 领航那单别放弃), or the team (各位这周重点盯一下月底要签的单子 别掉链子): a manager's order or remark to reps,
 * no report of the sender's and no promise of theirs. A name with a title (王总 说…) is a contact; a customer's name is
 * masked before this is read.
 */
const ADDRESSED = new RegExp(
  `^(?:[${SURNAMES}][\\u4e00-\\u9fa5]{1,2}|[小老][${SURNAMES}])(?:[\\s,:]+)(?=\\S)|^(?:${inOrder(W.teamAddressed)})[\\s,:]*(?=\\S)`,
);
const ORDERED = new RegExp(
  [
    '别(?!人|家|的)',
    inOrder(W.orderWords),
    '同步(?:一下)?给',
    '整理(?:一下|下)',
    '怎么(?:丢|回事|搞的)',
    '盯(?:紧|住|一下)',
    `你(?:们)?(?:${inOrder(W.youDoVerbs)})`,
  ].join('|'),
);
const TITLED = new RegExp(`^[\\u4e00-\\u9fa5]{1,3}(?:${inOrder(W.titles)})`);
/**
 * The rep asking the bot, however much is told before (康颐那个线索 我周一去拜访 需要带什么资料, 万丰王总那边我是不是答应过
 * 周五前给他什么东西, 领尚那个单子还有救吗): what to bring, whether they promised, whether a deal can be saved. Someone else
 * asking it (王总问需要带什么) is a report of their question. So is a deal's picture asked for (北仑的情况给我整体说一下).
 */
const ASKS_THE_BOT = new RegExp(
  `^(?:那)?(?:我|我们)?(?:${inOrder(W.shouldWords)})(?:带|准备|注意)(?:些)?(?:什么|哪些|啥)|还有(?:救|戏|希望)(?:吗|么|没有?)|^[^,.;!?]{0,12}(?:我|我们)是不是(?:${inOrder(W.promisedVerbs)})过|(?:情况|进展|进度)[^,.;!?]{0,4}?(?:给我|跟我|帮我)[^,.;!?]{0,3}?(?:${inOrder(W.tellMeVerbs)})(?:一下|下)[?]?$`,
);
/**
 * The customer's words quoted in a sentence of their own, then whether the deal can be saved (云帆说"我们已经找了另一家",
 * 不再考虑我们了.这单还有救吗?): a report with a question attached, recorded as the report; asked alone (领尚那个单子还有救吗)
 * it is a question.
 */
const QUOTED_REPORT_FIRST = /"[^"]{4,}"[^.!?]*[.!][^.!?]*还有(?:救|戏|希望)/;
/**
 * Worn out, leaving it for tomorrow (今天累死了 明天再说吧), perhaps signing off after it (明天再说吧 老铁们晚安): chit-chat,
 * whatever 再说 would say of a deal.
 */
const LEFT_FOR_LATER = /(?:明天|改天|回头|下次)再说吧?(?:哈+|呵+)?(?:[,.!~\s]*[\u4e00-\u9fa5]{0,3}(?:晚安|睡了|撤了|休息了?))?$/;
/**
 * An order acknowledged to the manager who gave it (好的老板，我马上去办; 收到领导; 周总 收到 下午我把柜号发群里): a reply
 * to a colleague, no report, when it names no deal; 老板 followed by what they said (好的,老板说下周签) is someone's boss
 * in a report, and a titled person who got something (周总收到了) is a report too.
 */
const ACK_WORD = `(?:${inOrder(W.acknowledgements)})`;
const ACKNOWLEDGED = new RegExp(
  `^(?:${ACK_WORD}[,!~\\s]*(?:老板|领导)|(?:${CONTACT_NAME.source})[,!~\\s]+${ACK_WORD}(?![了的过啦]))(?:[,!~\\s]|$)`,
  'i',
);
const ACKNOWLEDGED_MAX = 20;
/**
 * A contact addressed by name and title first (高总,五一我值班,有事随时找我): words to them, no report, when nothing of a
 * deal and no promise follows.
 */
const ADDRESSED_BY_TITLE = new RegExp(`^(?:${CONTACT_NAME.source})[,:!~]`);
/** Thanks opening the message (谢谢郑经理指点, 感谢领导支持): said to a colleague, not a report, when nothing of a deal follows. */
const THANKS_FIRST = new RegExp(`^(?:${inOrder(W.thanks)})`);
const THANKS_MAX = 30;
/** Counting asked for (我们组这周新增了几条线索, 我还差多少业绩指标, 帮我算下回款多少). */
const COUNT_ASKED = new RegExp(
  `(?:几|多少)(?:${inOrder(W.countMeasures)})?(?:${inOrder(W.countedThings)})?[^,.;!?\\s]{0,4}[?]?$|^(?:帮我|给我)?算(?:一)?下`,
);
/** The rep counting their own work (我这个月签了几单, 我这个月签了多少钱了): a question even though it has report words. */
const OWN_COUNT = new RegExp(
  `^(?:${inOrder(W.ownCountPeriods)})[^,.;!?]{0,14}(?:多少(?:${inOrder(W.ownCountMeasures)})?(?:${inOrder(W.ownCountThings)})?|几(?:${inOrder(W.ownCountMeasures)}))(?:了|呢|啊)?[?]?$`,
);
/** Something recalled (报告当时是发给谁的来着, 他们采购姓什么来着): always a question. */
const TEAM_MEETING_ASKED = new RegExp(
  `(?:${inOrder(W.teamMeetings)}|${inOrder(W.teamGatherings)})[^,.;!?]{0,6}(?:${inOrder(W.meetingAsks)})`,
);
const RECALL_ASKED = /来着[?]?$/;
const RECALL_MAX = 30;
/** Deals counted (刘佳上周丢了几单, 王磊有几单已经超时了, 演示阶段的单有几张): whoever's they are, a report never counts them. */
const DEALS_COUNTED = /(?:几|多少)单|单子?[^,.;!?]{0,3}(?:几|多少)张/;
/**
 * Deals counted at the message's end (郑浩这个月签了几单?): a question even with report words, unlike 签了好几单.
 * Customers counted (拜访了几家客户) may be a report of a few, so only with a question's end or a colleague's
 * name and a period before (小王这个月拜访了几家客户).
 */
const DEALS_COUNTED_AT_END = new RegExp(
  [
    /(?<!好)(?:几|多少)单(?:了|呢)?[?]?$/.source,
    /(?<!好)(?:几|多少)(?:个|家|条)?(?:客户|商机|线索|单子)了?(?:呢|[?])$/.source,
    `^[一-龥]{2,3}(?:${inOrder(W.colleaguePeriods)})[^,.;!?]{0,6}(?<!好)(?:几|多少)(?:个|家|条)?(?:客户|商机|线索|单子)$`,
  ].join('|'),
);
/** Words of a field report, which a question to the bot does not contain (拜访量 is a count asked about, no visit); the contact named
 * after 对接人 (对接人赵工) reports who it is. */
const REPORT_WORDS = new RegExp(
  [
    `(?:${inOrder(W.theyWantParties)})(?:还)?(?:要|想要|需要)`,
    inOrder(W.reportWords),
    '拜访(?!量)',
    '(?:发|寄|交|送)给(?!我)',
    '我(?:再|会)?(?:去|争取)',
    `(?:${inOrder(W.contactTitles)})是[^,.;!?谁]{0,4}(?:对接人|联系人|负责人|决策人)`,
    `(?:对接人|联系人)(?:是)?[\\u4e00-\\u9fa5]{1,2}(?:${inOrder(W.contactTitles)})(?=$|[,.;!?\\s])`,
  ].join('|'),
);
/** A service or check finished (巡检搞定了, 验货做完了, 培训完成了), not the customer's own test (台架试验做完了). */
const SERVICE_FINISHED = new RegExp(`(?:(?<!试)验(?!收)|${inOrder(W.servicesFinished)})[\\u4e00-\\u9fa5]{0,2}(?:搞定|做完|弄完|完成)了`);
/**
 * A deliverable the rep sends or finishes (样品已经寄出去了, 合同改好发过去了, 文件已经补齐, 修改稿已回传); a contract
 * said to be 回传 alone may be the customer's signed copy coming back, so it is not read as the rep's deed.
 * A bid handed in (标书递了), an answer sent back (条款回复过去了, 货期已经回过去了) and a plan presented (方案汇报完了) are deeds done too, as
 * papers sent by mail or courier are (设备清单和布局图昨晚发邮件了), and a vehicle or machine driven over (试驾车已经开过去了); so is
 * a call on site promised (答应…的师傅今天已经上门了), an answer gone back (账期答复已经回了) and goods brought on time
 * (按时送到了).
 * Out of the running (那家已经出局了) is no deliverable made, nor is work tried so many times (打样做了三次,客户还是嫌…): the
 * attempts counted report a matter still open. Work in hand (标书在做了) is not done yet. Our copy sent back (合同盖好章寄回去了)
 * is done; what they send back to us (寄回来了) is theirs.
 * The deed verbs are words/intent.json doneVerbs; 出 (not 出局) and 回 (only before 过去 or 给) are guarded here, after them.
 */
const DONE = new RegExp(
  `${SERVICE_FINISHED.source}|(?:已经|已)(?:上门|到场|到现场)了|(?:已经|已|都)[^,.;!?]{0,12}(?:${inOrder(W.doneVerbs)}|出(?!局)|回(?=过去|给))[^,.;!?]{0,8}?(?:${inOrder(W.doneEndings)})|(?:已经|已|都)[^,.;!?]{0,12}备齐|备齐了|(?<!来回|反复|在)(?:${inOrder(W.sentOrMadeVerbs)})(?:好|完)?了(?![0-9一二两三四五六七八九十几好多]+(?:${inOrder(W.attemptCounts)}))|出(?:好|完)?了(?![^,.;!?]{0,4}?(?:问题|故障|毛病|事))|(?:已经|已)(?:全部)?(?:完成|搞定)$|(?:${inOrder(W.sentOverVerbs)})(?:${inOrder(W.sentOverEndings)})了|报(?:过去|出去)了|发(?:了)?(?:邮件|邮箱|快递)了|(?:寄|发|传)回去了|推(?:过去|出去)了|(?:${inOrder(W.sendVerbs)})到[^,.;!?]{1,8}?了|(?<!(?:他们|对方|客户)的[^,.;!?]{0,6})(?:已经|已|按时|准时|(?:今天|今早|刚刚?)[^,.;!?]{0,3})(?:送|运)到了(?![吗么没])|(?:答复|回复|回话)(?:已经|已)(?:回|给)(?:过去)?了|(?:已经|已)(?:发|寄|送|交)(?:给)?○+|(?:${inOrder(W.sentToSomeoneVerbs)})给[^,.;!?]{1,8}?了|刚(?:才)?(?:${inOrder(W.justSentVerbs)})[^,.;!?]{0,10}?了|(?:开|开通|建|配)好了|(?:(?:${inOrder(W.sendVerbs)})(?:给|到)?|给到)[\\u4e00-\\u9fa5]{1,3}(?:${inOrder(W.sentToTitles)})(?:的)?(?:${inOrder(W.inboxes)})?了|(?:发|寄|送|传)(?:给|到)?(?:${inOrder(W.sentToParties)})(?:(?:的)?(?:${inOrder(W.inboxes)})(?:里|上)?)?了|给[^,.;!?]{1,6}回(?:复|过话|话)?了|给○+[\\u4e00-\\u9fa5]{1,3}(?:${inOrder(W.sentToTitles)})了|(?:已经|已)(?:${inOrder(W.alreadySentVerbs)})(?:出|过去|出去|回去)?$|(?<!合同)(?:已经|已)回?传(?:过去|回去)?了?$|(?:已经|已)(?:${inOrder(W.sentByWays)})?(?:${inOrder(W.alreadySentToVerbs)})回?给[^,.;!?]{1,8}$|(?:已经|已)盖(?:好|完)(?:章)?了|(?:寄出|发出|送出|送达)(?:了|去了)?$|(?:${inOrder(W.contactedVerbs)})过了|留下了|(?:${inOrder(W.finishedWorkVerbs)})(?:好|完)了|(?:${inOrder(W.readyDrafts)})(?:已经|都)?好了|我[^,.;!?]{0,4}申请(?:下来|到)了|(?:已经|已)(?:回复|答复|告知|告诉|通知)(?:了)?(?:${inOrder(W.toldParties)}|[^,.;!?]{1,8}$)|(?:${inOrder(W.settledVerbs)})了|(?:给|交)(?:过去|出去)?了$|(?:发|出)(?:完)?货了|发车了|带(?:过去|出去)了|(?<=车|机)[^,.;!?]{0,2}开过去了|问过了|(?:已经|已)回给(?:了)?(?:他们|对方|客户)|(?:${inOrder(W.sampleWords)}|样[机板件袋箱册布椅衣柜桌砖标瓶灯鞋张])(?:${inOrder(W.sampleArrivedWhen)}){0,2}(?:送|寄|运)?到了(?![吗么没])`,
);
/**
 * Sent or answered to a contact named right after, without 了 (合同已发周工微信, 清单已经发钱经理, 已经回复孙总), or
 * answered with 了 after the contact and no 已经 (那个优惠答复孙经理了), or handed to them (报价给潘经理了): the contact's title
 * closes the deed. Sent to
 * their side with no contact named (新版已经发他们法务, 已发对方采购) closes it too; handed in or reported up (已经报他们领导)
 * is not read so, as that goes up for sign-off.
 */
const DONE_TO_CONTACT = new RegExp(
  `(?:已经|已)(?:微信|邮件|短信)?(?:${inOrder(W.sentToContactVerbs)})(?:给)?(?:了)?(?:他们)?${CONTACT_NAME.source}|(?<![发寄送交递转报])给${CONTACT_NAME.source}了(?![吗么没])|(?:回复|答复|告知|通知)(?:给)?(?:了)?${CONTACT_NAME.source}了|(?:已经|已)(?:微信|邮件|短信)?(?:发|寄|送|转)(?:给)?(?:他们|对方|客户)[^,.;!?]{0,4}$`,
);
/**
 * Papers all in hand (资质文件都齐了, 投标材料已经凑齐了): gathered for what we hand in, as 备齐了 is; not the customer's
 * (他们的手续都齐了).
 */
const PAPERS_IN_HAND = new RegExp(
  `(?<!(?:他们|客户|对方|甲方)[^,.;!?]{0,6})(?:${inOrder(W.papersInHand)})(?:${inOrder(W.allAlready)})*(?:准备|备|凑|补)?齐(?:了|全了)`,
);
/** What is new in the lead pool asked (线索池里有什么新线索, 有几个新客户): a question, no lead to register. */
const POOL_ASKED = /有(?:啥|什么|哪些|几个|多少)(?:新的?)?(?:线索|客户|商机)[?]?$/;
/** A period's figures named alone (本月赢单情况, 这周新增线索统计): a report asked for, nothing told. */
const PERIOD_FIGURES = /^(?:本月|这个月|上个月|本周|这周|上周|今年|本季度|这季度)(?:的)?[\u4e00-\u9fa5]{1,6}(?:情况|数据|统计|汇总)[?]?$/;
/** The rep marks it done (已完成:…, 搞定:…, 搞定了,…), or types the slash command (/完成 …, /done …). */
const DONE_MARKER = /^(?:已完成|完成了|搞定了?|已办)[:\s,]|^\/(?:完成|done)\s/i;
/**
 * A to-do asked to be checked off (把…那个待办标记完成, 这条承诺勾掉, 把那条待办关掉): the promise is done; its reminders
 * switched off (把待办提醒关掉) are a setting.
 */
const TODO_CHECKED_OFF = new RegExp(
  `(?:待办|承诺|任务|事项)(?!提醒|通知)[^,.;!?]{0,4}?(?:(?:${inOrder(W.markVerbs)})(?:为|成)?(?:已)?(?:完成|做完|办完|搞定)|${inOrder(W.crossOffVerbs)})`,
);
/**
 * A formal report's deed done on a date (已于今日上午提交对方采购部, 已于4月24日发送至对方邮箱, 已按要求,于今日上午将资料发送至…):
 * 已于 or a clause opening with 于 and a day gone by, then the deed, with no 了 (将于/计划于 say what is to come).
 */
const FORMAL_DONE = new RegExp(
  `(?:已于|^于(?=${inOrder(W.formalPastDays)}|[0-9]+月[0-9]+[日号]))[^,.;!?]{0,16}?(?:${inOrder(W.formalSendVerbs)})`,
);
/** Someone else's words before the deed (黄主任说合同已经盖章寄回来了): their deed, not the rep's (昨天说的照片 is). */
const SAID_BY_OTHER = new RegExp(`(?:他们?|她|对方|客户|[\\u4e00-\\u9fa5]{1,2}(?:${inOrder(W.speakerTitles)}))(?:${inOrder(W.saidVerbs)})`);
/** A department of theirs doing it (对方法务改了付款条款, 他们采购部发了): still their deed. */
const THEIR_DEPARTMENT = `(?:${inOrder(W.theirDepartments)}|[\\u4e00-\\u9fa5]{1,3}(?<![全内外局细])[部科处])`;
/**
 * Someone else's words reported with the speaker left out (刘工打电话来,说图纸改好了), or they did it (钱经理出了效果图, 刘工把参数
 * 确认完了, 他们那边已经发货了); not someone it was sent to (报告给王总发过去了).
 */
/**
 * A department of theirs that did something in the clause before (合同法务审完了,改了两处条款): a deed opening the next clause
 * with no doer of its own is still theirs; ours said so (我们法务审完了) is not, nor is a deed toward them (财务同意了,已经回复客户).
 */
const THEIR_DEPARTMENT_DID = new RegExp(
  `(?<!我们|我司|咱们|咱)${THEIR_DEPARTMENT}(?:那边|这边)?(?:已经|已|都)?[\\u4e00-\\u9fa5]{1,3}(?:完|好)?了$`,
);
/** A deed addressed to the customer (已经回复客户, 发给他们了): the rep's, whoever acted before it. */
const TOWARD_THEM = /他们|对方|客户/;
const THEIR_DEED = new RegExp(
  `^(?:说(?!好)|表示|反馈|回话|讲)|(?<!给|跟|向|和)(?:他们?|她|对方|客户|${CONTACT_NAME.source})(?:的)?${THEIR_DEPARTMENT}?(?:那边|这边)?(?:把[^,.;!?]*)?$|○(?:的)?${THEIR_DEPARTMENT}(?:那边|这边)?$`,
);
const PROMISED_BEFORE = /答应|承诺|说好(?:的|给|要)|约好的|(?:上次|之前|上回)我?(?:说|提)的/;
/**
 * Work begun, not finished (已经开始安装了, 都开始做了), or a price cut to a figure (房价都打到298了, 降到八折了): no deed done.
 */
const BEGUN_OR_PRICED =
  /(?:已经|已|都|就)开始|开始(?:准备|做|写|弄|搞)[^,.;!?]{0,2}了|(?:打|降|压|砍)到[0-9一二两三四五六七八九十几]|打(?:了)?[0-9一二三四五六七八九]折/;
/**
 * A bid handed in (标书已经交了, 投标文件已经递交了) while the message names the opening ahead (下周三开标, 明天下午三点开标):
 * the tender going on is reported, as b47-078, b49-042, b58-139, b69-098 and b71-043 are labelled; handed in alone it is done.
 */
const BID_IN = /(?:标书|投标文件|标)[^,.;!?]{0,8}(?:交|递|提交|递交)(?:上去)?了/;
const OPENING_NAMED = /开标/;
/** A mishap (快递给弄丢了, 发错了), or a call nobody took (打了三次电话都没接): nothing was delivered. */
const MISHAP = /(?:弄|搞|给)?(?:丢|坏|错)了|(?:没|不)人?接|打不通|没打通/;
/** A call that came to us (环保局都打电话来问了, 王总打来电话了): someone else's deed, not a call the rep made. */
const CALLED_IN = /打(?:了)?(?:个|几个|好几个)?(?:电话)?来|打来/;
/**
 * A paper sent up the customer's hierarchy for sign-off (设备清单已经报上去了,要等集团领导批; 申购报告交上去走审批了):
 * their internal step, as in b14-038 and b17-005; handed in with nothing awaited (投标文件做完交上去了) it is the rep's.
 */
const SENT_UP = /(?:报|交|提|递)上去/;
/** Their budget, plan or purchase request sent up (明年预算已经报上去了, 采购计划报上去了): their step, not our deed. */
const THEIR_PAPERS_UP = /(?:预算|计划|申请|立项)[^,.;!?]{0,6}$/;
const AWAITING_SIGN_OFF = /^[^.;!?]{0,20}?(?:审批|等[^,.;!?]{0,8}批|批复|走流程|上会)/;
/**
 * Work on site done (屏已经换好了, 设备装好了, 机器调好了), a check of ours done (现货核完了, 评估完了), their samples
 * tested on ours (样品测完了, 水样化验好了), a bid handed
 * in (标已经递了), or an appointment made (许经理约好了): the deed is the deliverable.
 */
const SERVICE_DONE = new RegExp(`${SERVICE_FINISHED.source}|(?:${inOrder(W.serviceDoneVerbs)})(?:好|完)了|递(?:交)?了|约好了`);
/**
 * A fault fixed on the spot (接线的当场处理好了, 现场就修好了): the rep's service there, done; handled with no place said
 * (东润那边处理好了) may be anyone's, as b22-134 is labelled.
 */
const FIXED_ON_THE_SPOT = new RegExp(`(?:当场|现场|上门)(?:就|已经|已)?(?:${inOrder(W.fixVerbs)})(?:好|完)?了`);
/**
 * Sent off toward them (政策已经发过去了, 样品寄出去了): the sending is the deed, whatever was sent, as the sets label it
 * (b055, b16-030, b27-095…); goods shipped (彩箱今天全部发货了, 铜杆已经发车了) are the delivery done, as 交货了 is; a price
 * quoted over (最低价已经报过去了), samples carried there (样品带过去了) and goods handed to a courier (已经发顺丰了) are sent off too.
 */
const SENT_OFF = new RegExp(
  `(?:${inOrder(W.sentOffVerbs)})(?:过去|出去)了|(?:发|寄)了?(?:${inOrder(W.couriers)})了|(?:寄|送)出了|(?<!(?:第一|首|头)批[^,.;!?]{0,12})(?:(?:发|出)(?:完)?货|发车)了`,
);
/**
 * Someone asked on the customer's behalf (房东问过了, 物业那边问过了): the asking the rep took on is done. Someone named
 * or their side before it (王总问过了, 他们问过了) asked themselves; asked whether (问过了吗) is a question.
 */
const ASKED_AROUND = /问过了(?![吗么没])/;
/**
 * A deliverable of ours their person got (分期方案何总已经收到了, 报价单他们都收到了): the sending is done. Ours they got is
 * named before them; what we got from them (他们的方案我们收到了) is not.
 */
const RECEIVED_BY_THEM = new RegExp(
  `(?<!(?:他们|对方|客户)的)(?:${inOrder(W.receivedPapers)})[^,.;!?我]{0,6}?(?:他们|对方|客户|${CONTACT_NAME.source})(?:已经|已|都|也)+收到了(?![吗么没])`,
);
/**
 * Sent to someone on the customer's side (课纲和讲师简历发给吴总了, 发给他们市场部了, 已经寄回给他们, 意见已经回给他们):
 * whatever was sent is a deliverable.
 */
const SENT_TO_THEM = new RegExp(`(?:${inOrder(W.sentToThemVerbs)}|(?<=已经|已)回)回?给(?:了)?(?:他们|对方|客户|${CONTACT_NAME.source})`);
/**
 * The appointment made, the contact or customer before it as its object (许经理约好了, 美特电器约好了, 院长那边约上了): a
 * done task; agreed with someone (跟王经理约好了 明天去) reports the agreement.
 */
const APPOINTMENT_MADE = new RegExp(
  `^(?:○+(?:的|那边)?)?(?:${CONTACT_NAME.source}|院长|校长|老板|厂长|局长|董事长|总经理)?(?:那边)?约(?:好|上)了$`,
);
/** A visit checked off (样衣间去过了, 工地拜访过了): the visit is the deed, as a call made (电话打过了) is. */
const VISITED = /^(?:去|拜访|上门)过了$/;
/** The customer itself visited (长青去过了, 他们厂里去过了): a report of the visit, not a place on a to-do list (样衣间去过了). */
const THE_CUSTOMER_ITSELF = new RegExp(`^(?:○+|他们|客户|对方)(?:${inOrder(W.customerPlaces)})?$`);
/** Asked whether it was (展厅去过了吗): no report. */
const ASKED_AFTER = /^(?:吗|么|没|没有)?[?]|^(?:吗|么|没有?)$/;
/**
 * Money chased in (回款催回来了, 尾款催到账了): only the rep chases it, so the task is done; a matter answered with no one
 * before it (五轴的事回复了): the rep's answer, as 已经回复 is.
 */
const CHASED_OR_ANSWERED = /催(?:回来|到账|到位)了|(?:的事|的问题|那件事|这件事)(?:已经|已|都)?(?:回复|答复)了(?![吗么没])/;
/** Sent to the rep or us (清单已经发我了, 今天给咱们发了中标通知书): their deed, none of ours. */
const SENT_TO_ME = /(?:发|寄|传|转)(?:给|到)?我(?![们司方])|给(?:我们|咱们|我司)(?:发|寄|传|送)/;
/** How far before a deed 给我们 may stand (给咱们发了…). */
const TO_US_REACH = 4;
/** A deed as the time of what follows (报价发了以后 杨主任说…): background to the report, not the news. */
const AS_BACKGROUND = /^(?:以后|之后|再)/;
/** Not wanted any more (是不是不想做了, 他们不打算装了): a deal going cold, no deed done. */
const NOT_WANTED = /(?:不|没|别)(?:想|要|打算|准备)?$/;
/** What happens otherwise (不然就给别家做了, 否则就换人了): a threat, no deed done. */
const OTHERWISE = /不然|否则|要不然?(?!是)/;
/** A deed named as the condition of what follows (调试完了才能付第二笔款, 装好了才付尾款): not done yet. */
const ONLY_THEN_AFTER = new RegExp(`^[^,.;!?\\s]{0,2}?才(?!${inOrder(W.foundOutVerbs)})`);
/**
 * The customer's trial of our goods done (样件试装做完了, 试产跑完了, 台架试验做完了): their step, not a deliverable of ours;
 * a test machine mended (测试机修好了) is ours.
 */
const THEIR_TRIAL = new RegExp(`(?<!测)(?:${inOrder(W.customerTrials)})$`);
/**
 * A test done at their side (黄老板那边的样品测完了, 他们化验好了): the customer testing our goods, not a test we ran for them
 * (样品测完了).
 */
const TEST_DONE = /(?:测|检测|化验|测试)(?:好|完)了/;
const AT_THEIR_SIDE = new RegExp(inOrder(W.theirSidePlaces));
/**
 * Goods brought to the customer's place (已经按时送到中央厨房了, 运到工地了, 按时送到了): the delivery is the deliverable, whatever the
 * goods; their own goods arrived (他们的原料已经送到了) are not.
 */
const DELIVERED_THERE =
  /(?<!(?:他们|对方|客户)的[^,.;!?]{0,6})(?:已经|已|按时|准时)[^,.;!?]{0,4}(?:送|运|拉)到(?:[^,.;!?]{1,8})?了(?![吗么没])/;
/**
 * The goods handed over (4台叉车已经交付了, 货已经交了, 50条工程胎已交货): the delivery is the deliverable, whatever the goods; a first batch
 * of a supply that goes on (第一批已经交货了,下个月开始每月走货) is the deal under way, not a promise kept.
 */
const HANDED_OVER =
  /(?<!(?:第一|首|头)批[^,.;!?]{0,12})(?:(?:交付|交货|交车)(?:了|完了|完毕)|(?:已经|已)(?:全部)?(?:交付|交货|交车)(?=[,.;!?\s]|$))/;
/** The goods accepted (验收单签好了, 签收了), or handed over on the terms agreed (比约定提前4天, 按约定的时间). */
const ACCEPTED = /验收|签收|验完|(?:比|按)(?:约定|合同|承诺|答应)/;
/** Made ready (做好了, 准备好了, 标书写完了, 资料备齐了), not yet handed over. */
const MADE_READY = new RegExp(`(?:${inOrder(W.madeReadyVerbs)})[好完]了|(?:备|补|准备)齐`);
/** Handing it over later, said after it was made ready (今天下午发过去, 明天带给他们): the promise is still ahead. */
const HANDED_OVER_LATER = new RegExp(`^(?!.*了)(?=.*(?:${inOrder(W.laterTimes)})).*(?:${inOrder(W.handOverVerbs)})(?:过去|出去|给)`);
/**
 * A time ahead in the clause of a deed, or a deadline it is to be done by (周一4点前我把样布寄出, 4月1号前把色样寄过去, 今天之内把
 * 样品寄出, 两天内寄出).
 */
const AHEAD_IN_CLAUSE = new RegExp(
  `(?:今天|今日|今晚|当天|[0-9一二三四五六七八九十两]+(?:天|小时|个工作日))(?:之|以)?内|${inOrder(W.aheadTimes)}|(?:[0-9一二三四五六七八九十]+(?:号|日|点半?)|[周星期礼拜][一二三四五六日天]|月初|月中)(?:之)?前`,
);
/**
 * A time ahead, then the rep's 把 and the deed (我明天去把资料交了, 3天内把报价出了): what follows is to be done, its 了
 * saying it will be done by then. Read by the commitment rules too.
 */
export const TIME_AHEAD_THEN_BA = `(?:${AHEAD_IN_CLAUSE.source})[^,.;!?]{0,4}?把[^,.;!?]{1,16}`;
const AHEAD_THEN_BA = new RegExp(`${TIME_AHEAD_THEN_BA}$`);
/**
 * What must be done by then (3月10号前得把保证金交了, 要把资料交了), or what they ask of us (让我们4.30前把方案都发过去): a task
 * ahead, no deed done.
 */
const OBLIGED_BEFORE = new RegExp(`(?:(?:${inOrder(W.mustWords)})|(?:让|叫|要求)(?:我|我们)[^,;!?]{0,8})把[^,.;!?]{0,12}$`);
/**
 * A deed said as the deal's background (报价45万之前已经发过了, 我们去年就做了方案): done long before this report, not the
 * promise kept now; a promise named (之前答应的…) still is, and so is a deed just reported as done earlier (要的检测报告之前就发了,
 * b17-143): 之前 counts only with the 过 of a thing done at some time.
 */
const DONE_LONG_AGO = new RegExp(`${inOrder(W.longAgo)}|(?:之前|以前|原先)[^,.;!?]*过`);
/** How long ago it was done (方案发了一周了, 报价发过去三天了): the wait since is reported, not the deed. */
const TIME_SINCE = new RegExp(`^[^,.;!?]{0,3}?(?:[0-9一二两三四五六七八九十几半好]+个?多?(?:${inOrder(W.timeUnits)})|好久|很久|半天)多?了`);
/** Made ready and held back (标书已经准备好了,先放着): nothing handed over. */
const HELD_BACK = new RegExp(`^[,\\s]*先(?:${inOrder(W.putAsideWords)})`);
const JOINT_DONE = new RegExp(`^(?:已经|已|都)(?:${inOrder(W.settledTogetherVerbs)})(?:过|好|清楚|完)?了$`);
/**
 * The rep marking the task done in a word of its own at the end (答复已经回了王总 完成, 结果已经回了 可以销掉, 待办完成), or
 * the promise named and said settled (之前答应徐总的事搞定).
 */
const MARKED_DONE = new RegExp(
  `(?:^|[,.;!?\\s])(?:这条|这个|这件事|此事|待办|承诺|任务)?(?:已经?)?(?:可以)?(?:标记|算)?(?:${inOrder(W.doneMarks)})了?[,.;!?~\\s]*$|(?:答应|承诺)[^,.;!?]{1,16}的(?:事|这个|那个)(?:已经?)?(?:${inOrder(W.doneMarks)})|^(?:答应|承诺)[^。.!?]{1,30}?(?:今天|昨天|已经|已)[^,.;!?]{0,8}(?:通|好|完|齐|到)了[,.;!?~\\s]*$`,
);
/** The promise named at the start, then done (答应X的Y…已经发给…了, 已经按约定进场了). */
const PROMISED_DONE = /^(?:上周|昨天|前天|之前)?(?:答应|承诺)[^。.!?]{0,40}?(?:已经|已)|按约定/;
/** The customer's call (东润打电话说…, 接到个电话): no deliverable of ours, as a call we promised (回个电话) is. */
const THEIR_CALL = /(?:接到?了?个?|打来|来)电话|电话(?:过来|来)?(?:说|问|反馈|讲)/g;
// Quality papers of a reagent or chemical (COA, MSDS) and a trial unit lent (试用车, 试用机) are handed over as samples are.
const DELIVERABLE = new RegExp(
  [inOrder(W.deliverables), '(?:那|这|一)份', '表(?![示达现扬态])', '设计(?![院部师单所])', '(?<!秘)书(?!记)', '(?<![意试企地])图'].join(
    '|',
  ),
);

/**
 * hasDealContent: customer, tags, stage or amount; hasContent also counts contacts and promises.
 * rivals: competitor names in the text, whose deeds (汇川和台达都报了价) are not the rep's.
 */
export interface IntentContext extends Partial<QuestionCues> {
  requestedStage: boolean;
  /** The message reports a stage reached (演示做完了, 签了): a report, not a done promise. */
  reportsStage?: boolean;
  /** A new customer's usable name was found; a lead marker without one (一个新客户,聊得不错) registers nothing. */
  leadNamed?: boolean;
  /** The message says it is a lead whose name is not known yet: a lead all the same, its name to be asked for. */
  leadNameUnknown?: boolean;
  /** A customer, amount or stage: a deal's content other than signal words. */
  dealBesidesSignals?: boolean;
  /** A company not on the rep's list written with what it wants (马鞍山智慧城市运营公司要做视频监控): a lead, marker or not. */
  newPartyNeeds?: boolean;
  hasDealContent: boolean;
  hasContent: boolean;
  /** The rep promised something (a commitment was found). */
  promised?: boolean;
  rivals?: readonly string[];
}

/** A rival named as what our deliverable replaces or is set against (亚德客替换型号对照表, 费斯托的对标参数): not its doer. */
const RIVAL_AS_REFERENCE = new RegExp(`^的?(?:${inOrder(W.referenceWords)})`);

/** A rival named before the deed does it, unless it is named only as what our deliverable replaces. */
function doneByRival(before: string, rival: string): boolean {
  let at = before.indexOf(rival);
  while (at >= 0) {
    if (!RIVAL_AS_REFERENCE.test(before.slice(at + rival.length))) return true;
    at = before.indexOf(rival, at + rival.length);
  }
  return false;
}

/**
 * A done deliverable whose doer is not a rival named earlier in the same clause. The deliverable
 * is named up to the done clause (报价二十六万八 已经发给校办了), not in a later promise
 * (需求已经确认了 我下周二给他们演示), unless the text says it was promised before.
 */
function doneByRep(text: string, rivals: readonly string[]): boolean {
  // Short voice text (市二院 标书 发给 陈科长了) is one clause split by spaces.
  const clauses = text.length <= 20 ? splitClauses(text.replace(/\s+/g, '')) : splitClauses(text);
  const firstDeliverable = clauses.findIndex((c) => DELIVERABLE.test(c.replace(THEIR_CALL, '')));
  if (DONE_MARKER.test(text) || TODO_CHECKED_OFF.test(text)) return true;
  if (splitClauses(text).some((clause) => APPOINTMENT_MADE.test(clause))) return true;
  return clauses.some((clause, i) => {
    // A promise named up to the deed (答应X的Y…已经发给…了), not a new one made after it (去过了…答应下周一前给方案).
    const promised = PROMISED_BEFORE.test(clauses.slice(0, i + 1).join(','));
    const anyDeed =
      clause.match(DONE) ??
      clause.match(FORMAL_DONE) ??
      clause.match(DONE_TO_CONTACT) ??
      clause.match(PAPERS_IN_HAND) ??
      clause.match(CHASED_OR_ANSWERED);
    // Goods handed over said with 已经 (机子已经交付了) are read as a handover below, not as a deed done.
    const goodsOver = clause.match(HANDED_OVER);
    const deed = anyDeed && goodsOver && anyDeed[0].includes(goodsOver[0]) ? null : anyDeed;
    // Goods handed over (设备全部交付了) are the deed done when nothing but their acceptance follows; with the customer's
    // words or the payment after it (今天交货了,对方说…; 尾款要走审批) the message reports the deal going on, and a time
    // ahead (下周就交付了) makes 了 a change to come.
    const handedOver = deed ? null : clause.match(HANDED_OVER);
    const onlyAccepted = clauses.slice(i + 1).every((later) => ACCEPTED.test(later));
    if (handedOver && (AHEAD_IN_CLAUSE.test(clause.slice(0, handedOver.index)) || !onlyAccepted)) return false;
    const m = deed ?? handedOver;
    if (
      m === null ||
      MISHAP.test(clause) ||
      BEGUN_OR_PRICED.test(clause) ||
      (BID_IN.test(clause) && OPENING_NAMED.test(text)) ||
      CALLED_IN.test(m[0]) ||
      rivals.some((r) => doneByRival(clause.slice(0, m.index), r))
    )
      return false;
    if (SENT_UP.test(m[0]) && THEIR_PAPERS_UP.test(clause.slice(0, m.index))) return false;
    if (
      SENT_UP.test(m[0]) &&
      AWAITING_SIGN_OFF.test(
        clauses
          .slice(i)
          .join(',')
          .slice(m.index! + m[0].length),
      )
    )
      return false;
    if (SAID_BY_OTHER.test(clause.slice(0, m.index)) || THEIR_DEED.test(clause.slice(0, m.index))) return false;
    if (m.index === 0 && i > 0 && THEIR_DEPARTMENT_DID.test(clauses[i - 1]) && !TOWARD_THEM.test(m[0])) return false;
    if (THEIR_TRIAL.test(clause.slice(0, m.index))) return false;
    const sentWith = clause.slice(Math.max(0, m.index! - TO_US_REACH), m.index! + m[0].length);
    if (SENT_TO_ME.test(sentWith) || AS_BACKGROUND.test(clause.slice(m.index! + m[0].length))) return false;
    if (OTHERWISE.test(clause.slice(0, m.index)) || NOT_WANTED.test(clause.slice(0, m.index))) return false;
    if (OBLIGED_BEFORE.test(clause.slice(0, m.index))) return false;
    if (ONLY_THEN_AFTER.test(clause.slice(m.index! + m[0].length))) return false;
    if (TEST_DONE.test(m[0]) && AT_THEIR_SIDE.test(clause.slice(0, m.index))) return false;
    // Settled together with the customer (参数都确认了, 需求都确认清楚了), not a deliverable of the rep's, unless it was promised.
    if (JOINT_DONE.test(m[0]) && !promised) return false;
    if (!promised && DONE_LONG_AGO.test(clause.slice(0, m.index! + m[0].length))) return false;
    if (!promised && TIME_SINCE.test(clause.slice(m.index! + m[0].length))) return false;
    if (MADE_READY.test(clause.slice(m.index)) && HELD_BACK.test(clauses.slice(i + 1).join(','))) return false;
    // 明天上午寄出: a deed ahead, not done (unless 了 says it is); a time after it (已经发孙总 他们下周看) is someone else's.
    if (!m[0].includes('了') && AHEAD_IN_CLAUSE.test(clause.slice(0, m.index! + m[0].length))) return false;
    // 我明天去把资料交了, 我3天内把报价出了: a time ahead, then what is to be done with 把: 了 says it will be done by then.
    if (AHEAD_THEN_BA.test(clause.slice(0, m.index))) return false;
    // 我已经让设计做好了,今天下午发过去: made ready, handed over later: the promise is not done yet.
    if (MADE_READY.test(clause.slice(m.index)) && clauses.slice(i + 1).some((later) => HANDED_OVER_LATER.test(later))) return false;
    const visited =
      VISITED.test(m[0]) &&
      !ASKED_AFTER.test(clause.slice(m.index! + m[0].length)) &&
      !THE_CUSTOMER_ITSELF.test(clause.slice(0, m.index).trim());
    return (
      promised ||
      SERVICE_DONE.test(m[0]) ||
      CHASED_OR_ANSWERED.test(m[0]) ||
      SENT_OFF.test(clause.slice(m.index)) ||
      (ASKED_AROUND.test(m[0]) && ASKED_AROUND.test(clause)) ||
      FIXED_ON_THE_SPOT.test(clause) ||
      visited ||
      DELIVERED_THERE.test(clause) ||
      HANDED_OVER.test(clause) ||
      SENT_TO_THEM.test(m[0]) ||
      (firstDeliverable >= 0 && firstDeliverable <= i)
    );
  });
}

export function classifyIntent(text: string, ctx: IntentContext): Intent {
  const t = text.trim().replace(MENTION, '').replace(TRAILING_EMOJI, '').replace(OPENING_FILLER, '').replace(FORGOT_AFTER_QUESTION, '');
  // Commands and questions are read without the spaces of voice typing (鲜丰水果 归 谁 跟进).
  const compact = t.replace(/\s+/g, '');
  if ((UNDO.test(compact) || UNDO.test(t)) && compact.length <= 30) return 'undo';
  // A longer correction that ends by taking the record back (那条说错了 不是X 是Y 刚才那条帮我撤了): still an undo.
  if (
    compact.length <= UNDO_CORRECTED_MAX &&
    SAID_WRONG.test(compact) &&
    [UNDO, HOW_TO_TAKE_BACK].some((re) => re.test(splitClauses(t).at(-1)?.replace(/\s+/g, '') ?? ''))
  )
    return 'undo';
  if (SMALL_TALK_ASKED.test(compact) || (JOIN_ME_ASKED.test(compact) && !ctx.hasDealContent)) return 'other';
  if (SLASH_HELP.test(t) || GREETING.test(compact) || (compact.length <= 25 && HOW_TO.test(compact) && !THEY_ASKED_HOW.test(compact)))
    return 'help';
  if (ADDRESSED.test(t) && !TITLED.test(t) && ORDERED.test(t.replace(ADDRESSED, ''))) return 'other';
  if (OFF_DUTY.test(t) && LEFT_FOR_LATER.test(compact) && !(ctx.dealBesidesSignals ?? ctx.hasDealContent) && !ctx.leadNamed) return 'other';
  if ((HANDED_TO_COLLEAGUE.test(compact) || EXPORT_MAILED.test(compact) || DETAIL_EDITED.test(compact)) && !ctx.newPartyNeeds)
    return 'other';
  // /线索 followed by a name registers it; alone it asks for the list.
  if (SLASH_QUERY.test(t) && !(ctx.leadNamed && SLASH_LEAD.test(t))) return 'query';
  // A question about leads (本周新增线索有哪些, 本周新增商机 按人列一下) asks; it registers nothing. A message that opens
  // or closes with the marker (线索 武城县 … 还没见着人, … 先挂个线索) registers a lead even with no name to go by: the bot asks for it.
  const shortAsk =
    t.length <= 30 &&
    (QUESTION_END.test(t) ||
      POOL_ASKED.test(compact) ||
      (compact.length <= 20 && (LIST_ASKED.test(compact) || QUESTION_MARK.test(compact))));
  if (
    ((LEAD_MARKER.test(t) && (ctx.leadNamed !== false || ctx.leadNameUnknown || saysItIsALead(t))) ||
      ctx.newPartyNeeds ||
      (A_CUSTOMER_OPENS.test(t) && ctx.leadNamed)) &&
    !shortAsk
  )
    return 'create_lead';
  if (ctx.requestedStage || STAGE_EDIT.test(compact)) return 'stage_change';
  // 可以关掉周报的提醒吗 asks about the bot's settings, not about records.
  if (BOT_SETTINGS.test(compact) && !(ctx.dealBesidesSignals ?? ctx.hasDealContent) && !ctx.leadNamed) return 'other';
  // The team's own meeting asked about (明天早会几点来着, 周会在哪开): no record asked for.
  if (TEAM_MEETING_ASKED.test(compact) && !ctx.hasDealContent && !ctx.leadNamed) return 'other';
  if (compact.length <= RECALL_MAX && RECALL_ASKED.test(compact)) return 'query';
  if (HOW_TO_GO_ON.test(splitClauses(t).at(-1) ?? '') || DEAL_HOW_TO_GO_ON.test(compact)) return 'query';
  if (splitClauses(t).some((clause) => NEXT_STEP_ASKED.test(clause) || OWNER_ASKED.test(clause)) && !RELAYED_QUESTION.test(compact))
    return 'query';
  if (splitClauses(t).some((c) => ASKS_THE_BOT.test(c)) && !RELAYED_QUESTION.test(compact) && !QUOTED_REPORT_FIRST.test(t)) return 'query';
  if (CALLED_UP.test(compact) || SHOWN.test(compact)) return 'query';
  if (
    compact.length <= ASKED_TWICE_MAX &&
    (ASKED_FIRST.test(compact) || ASKED_FIRST.test(t)) &&
    STANDING_ASKED_AT_END.test(compact) &&
    !RELAYED_QUESTION.test(compact)
  )
    return 'query';
  if (
    compact.length <= 40 &&
    (((QUERY.test(compact) || WHICH_RECORDS.test(compact) || ctx.asksAbout) && !REPORT_WORDS.test(compact) && !THEY_ASKED.test(compact)) ||
      OWN_COUNT.test(compact))
  )
    return 'query';
  // Naming what is asked (话术, 谁拍板, 答应过什么) or the status asked for (哪些民宿没跟进了) with a question's mark is a
  // question even with report words in it.
  if (
    compact.length <= 30 &&
    (ctx.namesSubject || ctx.asksAbout || ctx.namesStatus) &&
    QUESTION_MARK.test(compact) &&
    !RELAYED_QUESTION.test(compact)
  )
    return 'query';
  if (
    t.length <= 30 &&
    !RELAYED.test(t) &&
    (splitClauses(t).some((c) => QUESTION_END.test(c)) || LIST_ASKED.test(compact) || POOL_ASKED.test(compact))
  )
    return 'query';
  if (compact.length <= 20 && !RELAYED.test(compact) && (YES_NO.test(compact) || ASKED_BY_NAME.test(compact))) return 'query';
  if (compact.length <= 20 && RECORDS_OF.test(compact) && !REPORT_WORDS.test(compact)) return 'query';
  // A customer's record named as a noun (沂蒙农业的跟进历史), nothing done or said.
  if (
    compact.length <= 14 &&
    compact.includes('的') &&
    ctx.recordNamed &&
    !REPORT_WORDS.test(compact) &&
    !THEY_ASKED.test(compact) &&
    !/[了过着]/.test(compact)
  )
    return 'query';
  if (t.length <= 20 && !REPORT_WORDS.test(t) && ((COUNT_ASKED.test(t) && /我|我们|咱们/.test(t)) || DEALS_COUNTED.test(compact)))
    return 'query';
  if (compact.length <= 20 && DEALS_COUNTED_AT_END.test(compact)) return 'query';
  if (PERIOD_FIGURES.test(compact)) return 'query';
  // Work for the team's own meeting (收到罗总,例会材料我已经准备好了) is done for colleagues: no customer's promise kept.
  if (TEAM_MEETING.test(t) && !ctx.hasDealContent && !ctx.leadNamed) return 'other';
  // Done work is a done promise whatever the customer said about it (报价单发了,陈总嫌贵); a stage reached
  // with it (演示做完了, 签了) makes it a report, unless the promise is named (答应…的报告已经发给彭工了).
  if ((doneByRep(t, ctx.rivals ?? []) || RECEIVED_BY_THEM.test(t) || MARKED_DONE.test(t)) && (!ctx.reportsStage || PROMISED_DONE.test(t)))
    return 'complete_commitment';
  if ((OFF_DUTY.test(t) || TEAM_MENTIONED.test(text.trim())) && !ctx.hasDealContent) return 'other';
  // Thanks to a colleague for what they did (谢谢韩总,申请批得真快) names no customer, figure or stage: chit-chat,
  // whatever signal word is in it.
  if (ACKNOWLEDGED.test(t) && t.length <= ACKNOWLEDGED_MAX && !(ctx.dealBesidesSignals ?? ctx.hasDealContent) && !ctx.leadNamed)
    return 'other';
  if (ADDRESSED_BY_TITLE.test(t) && !ctx.hasDealContent && !ctx.promised && !ctx.leadNamed) return 'other';
  if (THANKS_FIRST.test(t) && t.length <= THANKS_MAX && !(ctx.dealBesidesSignals ?? ctx.hasDealContent) && !ctx.leadNamed) return 'other';
  // A longer sign-off (辛苦了 今天就到这吧 晚安) is still chit-chat when it carries nothing at all.
  const chatLength = ctx.hasContent ? 12 : 20;
  if (CHIT_CHAT.test(t) && t.length <= chatLength && !ctx.hasDealContent) return 'other';
  // A message naming no customer, contact, signal or promise, nor telling of a visit or talk (去了, 聊了, 说), reports
  // nothing, however long: it is never recorded. One that tells of one reports on a customer not named in a form we read.
  return ctx.hasContent || (t.length > 12 && REPORT_WORDS.test(compact)) ? 'log_activity' : 'other';
}
