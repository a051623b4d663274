import { z } from 'zod';
import { STAGE_LABELS, STAGES, type Stage } from '../../domain/stages';
import { QUERY_PERIODS, QUERY_STATUSES, QUERY_SUBJECTS, type Query } from '../extraction';
import { loadWordFile, words } from '../words/word-file';
import { SURNAMES } from './contacts';
import { isPlaceOnly } from './places';
import { STAGE_SHORT_NAMES } from './stage-words';
import { inOrder } from './text';

/** What a question asks (contract version 2): its subject, whose records, which status, stage and period. */

export const queryWordsSchema = z.object({
  version: z.literal(1),
  note: z.string(),
  subjects: z.array(z.tuple([z.enum(QUERY_SUBJECTS), words])),
  statuses: z.array(z.tuple([z.enum(QUERY_STATUSES), words])),
  periods: z.array(z.tuple([z.enum(QUERY_PERIODS), words])),
  ownerRecords: words,
  notOwners: words,
  moneyTotals: words,
  /** The lists the reader's patterns below are built from, each read in the order written (see inOrder). */
  patternWords: z.object({
    note: z.string(),
    nameLeadIns: words,
    askLeadIns: words,
    afterOwnerName: words,
    listWords: words,
    progressWords: words,
    calledUpWords: words,
    trackRecordKinds: words,
    trackRecordNeeds: words,
    anyonesRecords: words,
    besideTimes: words,
    askingThereVerbs: words,
    whenWords: words,
  }),
});

export const QUERY_WORDS = loadWordFile('query.json', queryWordsSchema);
const WORDS = QUERY_WORDS;
const P = WORDS.patternWords;

// `X阶段` for every stage, the labels of the open stages, and the short names.
const STAGE_WORDS: Array<[Stage, string[]]> = STAGES.map((stage) => [
  stage,
  [
    `${STAGE_LABELS[stage]}阶段`,
    ...(stage === 'won' || stage === 'lost' || stage === 'lead' ? [] : [STAGE_LABELS[stage]]),
    ...(STAGE_SHORT_NAMES.find(([s]) => s === stage)?.[1] ?? []),
  ],
]);

/** Words of a status (逾期, 在跟…). */
const STATUS_NAMES = WORDS.statuses.flatMap(([, list]) => list);
/** Words that are a status or a time, never a colleague's name. */
const STATUS_OR_TIME = [...STATUS_NAMES, ...WORDS.periods.flatMap(([, list]) => list)];

/**
 * A colleague's name before whose records (刘洋的商机, 吴静线索池里), where they are (吴静手上, 刘洋那边), which of them
 * (马晓燕那几个快签的), a time (孙丽这周, 孙磊最近) or the deals they lost (刘洋丢掉的), after 把 too (把刘洋这周的…). 帮我看看
 * is one verb said twice, so the name is not read from its second 看 (帮我看看还有哪些…), nor from 下 of 帮我看下.
 */
const OWNER_RECORDS = WORDS.ownerRecords.join('|');
const AFTER_OWNER = inOrder(P.afterOwnerName);
const OWNER = new RegExp(
  `(?:^|[\\s,:;]|${inOrder(P.nameLeadIns)}|帮我看(?![看下])|帮我查(?![查下]))((?!把)[\\u4e00-\\u9fa5]{2,3}?)(?:的(?:${OWNER_RECORDS})|${AFTER_OWNER})`,
);
/**
 * A colleague's full name (surname first) with a status said before the records (吴静的逾期单子, 林晓燕逾期的承诺) or after
 * a time opening the question (这周陈晓雯有哪些…): read only for a name that opens with a surname, as 下周要签的单子 and
 * 本周新进的线索 name no one.
 */
const OWNER_BY_STATUS = new RegExp(
  `(?:^|[\\s,:;]|${inOrder(P.nameLeadIns)}|^(?:这周|本周|这个月|本月|今天|上周))([${SURNAMES}][\\u4e00-\\u9fa5]{1,2}?)(?:的?(?:${inOrder(STATUS_NAMES)})的?(?:${OWNER_RECORDS})|${AFTER_OWNER})`,
);

/** Subjects that are lists, where a status (逾期, 在跟) narrows what is listed. */
const LISTS = new Set(['deals', 'promises', 'leads']);

/** Subjects whose words a report does not use: a message naming one is a question. */
const ASKING_SUBJECTS = new Set(['playbook', 'archive', 'timeline', 'metrics', 'contacts', 'owner']);

/** A list asked for (哪些客户这个月要回款): its records, not a total. */
const LIST_WORDS = new RegExp(inOrder(P.listWords));
/** Someone it was given or sent to (报告当时是发给谁的): the recipient, not whose record it is. */
const RECIPIENT = /给谁的/g;
/**
 * A past deed recalled (上次给万达报的价是多少来着, 报告当时是发给谁的来着): what happened, the timeline,
 * unless the words name another subject (我答应过钛谷什么来着, 有哪些联系人来着).
 */
const RECALLED = /来着[?]?$/;
const RECALLED_AS_TIMELINE = new Set(['deals', 'deal_status']);
/** Progress made (进展, 动态, 新情况): over a period, what happened in it. */
const PROGRESS = new RegExp(inOrder(P.progressWords));

/**
 * Visits or follow-ups counted with no customer named (上周团队跟进了多少次, 这周大家拜访了几次): the team's activity, a
 * metric; with a customer (龙城物业这个月跟了几次) it is that customer's timeline.
 */
const TIMES_COUNTED = /几次|多少次/;
/** A customer's records called up with no record named (把绿苑的资料全调出来看看): the customer as a whole. */
const CALLED_UP = new RegExp(inOrder(P.calledUpWords));
/** The lookup command with nothing but the customer after it (/查 永泰): its archive. */
const BARE_LOOKUP = /^\/查/;
/** Read without the spaces of voice typing (下一步 该 做 什么). */
const compact = (text: string) => text.replace(/\s+/g, '');

/** What the subject words say about a message, for telling a question from a report. */
export interface QuestionCues {
  /** It names what only a question asks about (话术, 档案, 跟进记录, 健康度). */
  asksAbout: boolean;
  /** It names any subject a question can have (承诺, 联系人, 单子…). */
  namesSubject: boolean;
  /** It ends with such a word (沂蒙农业的跟进历史): a record named as a noun. */
  recordNamed: boolean;
  /** It names a status records are in (没跟进, 逾期): whatever the records are called (哪些民宿没跟进了). */
  namesStatus: boolean;
}

/**
 * A vendor's track record a tender asks for (业绩不够, 类似业绩, 业绩要求), named by the work done (粮库改造业绩, 施工业绩) or
 * by the years it spans (三年以上业绩): a qualification, not the team's sales metric.
 */
const TRACK_RECORD = new RegExp(
  `(?:${inOrder(P.trackRecordKinds)})业绩|业绩(?:${inOrder(P.trackRecordNeeds)})|[0-9一二三四五两几]+年以上[^,.;!?]{0,8}?业绩`,
  'g',
);

/** Figures pushed for (年底冲业绩, 月底赶业绩): the season's drive told as the scene of a report, no metric asked. */
const DRIVE = /(?:冲|赶|拼)业绩/g;

export function questionCues(text: string): QuestionCues {
  const asked = compact(text).replace(TRACK_RECORD, '').replace(DRIVE, '');
  const ending = asked.replace(/[?.!]+$/, '');
  const named = WORDS.subjects.flatMap(([subject, list]) => list.filter((word) => asked.includes(word)).map((word) => ({ subject, word })));
  return {
    asksAbout: named.some(({ subject }) => ASKING_SUBJECTS.has(subject)),
    namesSubject: named.length > 0,
    recordNamed: named.some(({ word }) => ending.endsWith(word)),
    namesStatus: firstWith(asked, WORDS.statuses) !== null,
  };
}

function firstWith<T extends string>(text: string, lists: ReadonlyArray<readonly [T, readonly string[]]>): T | null {
  return lists.find(([, list]) => list.some((word) => text.includes(word)))?.[0] ?? null;
}

/** A colleague named as the owner of what is asked (刘洋的商机), unless the name is a customer's or a pronoun. */
function ownerNamed(text: string, customerWords: readonly string[]): string | null {
  const name = text.match(OWNER)?.[1] ?? text.match(OWNER_BY_STATUS)?.[1] ?? null;
  if (!name) return null;
  const blocked = [...WORDS.notOwners, ...customerWords];
  if (blocked.some((word) => word.includes(name) || name.includes(word))) return null;
  if (STATUS_OR_TIME.some((word) => name.includes(word))) return null;
  return name;
}

/** 谁的 before a list's records (谁的单子, 谁的商机): whoever's they are. */
const ANYONES_RECORDS = new RegExp(`谁的(?=${inOrder(P.anyonesRecords)})`, 'g');
/** A name right before the customer (its name is blanked out, ○, in the text a question is read from) or before 那边 + asking. */
const BESIDE_CUSTOMER = new RegExp(
  String.raw`(?:^|[\s,:;])([\u4e00-\u9fa5]{2,3}?)(?:的(?=○)|(?:${inOrder(P.besideTimes)})?(?:跟|和)(?=○)|那边(?:${inOrder(P.askingThereVerbs)}))`,
);
/** Words for when, never a colleague (上次跟牙博士聊了些啥). */
const WHEN_NOT_WHO = new RegExp(`^(?:${inOrder(P.whenWords)})`);
/**
 * A colleague named beside the customer asked about (曹宇的百草堂, 邓超最近跟南昌二院聊了些什么, 汇景的决策链,罗倩那边
 * 摸清楚没): whose record of that customer is asked for.
 */
function ownerBesideCustomer(text: string, customerWords: readonly string[]): string | null {
  const name = text.match(BESIDE_CUSTOMER)?.[1] ?? null;
  if (!name) return null;
  const blocked = [...WORDS.notOwners, ...customerWords];
  if (blocked.some((word) => word.includes(name) || name.includes(word))) return null;
  return STATUS_OR_TIME.some((word) => name.includes(word)) || WHEN_NOT_WHO.test(name) ? null : name;
}

/**
 * Reads a question. `customerWords` are the names and aliases of the asker's customers, so that
 * 华信的商机 is about a customer and not about a colleague called 华信.
 */
export function readQuery(written: string, customerId: string | null, customerWords: readonly string[]): Query {
  const text = compact(written);
  // 谁的单子超过两周没跟进了: anyone's records in a status, a list of them, not whose one record is.
  const subjectText = firstWith(text, WORDS.statuses) ? text.replace(ANYONES_RECORDS, '') : text;
  const named =
    firstWith(subjectText.replace(RECIPIENT, '给谁'), WORDS.subjects) ??
    (customerId ? (CALLED_UP.test(text) || BARE_LOOKUP.test(text) ? 'archive' : 'deal_status') : 'deals');
  // A status question without a customer (我的商机情况) is about the list; a customer's deals (华信的商机) are its status.
  const listed = named === 'deal_status' && !customerId ? 'deals' : named === 'deals' && customerId ? 'deal_status' : named;
  // Money summed over one's own or the team's deals (我这个月签了多少钱了, 团队回款情况) is a metric, not a list.
  const totalled = listed === 'deals' && !customerId && !LIST_WORDS.test(text) && WORDS.moneyTotals.some((word) => text.includes(word));
  const counted = listed === 'timeline' && !customerId && TIMES_COUNTED.test(text);
  // A customer's progress over a period (博瑞这周有什么新进展): what happened in it, its timeline; what it still lacks
  // (这个月能签下来吗,还差啥) is its standing.
  const overPeriod = listed === 'deal_status' && customerId !== null && PROGRESS.test(text) && firstWith(text, WORDS.periods) !== null;
  const recalled = (RECALLED.test(text) || overPeriod) && RECALLED_AS_TIMELINE.has(listed);
  const subject = totalled || counted ? 'metrics' : recalled ? 'timeline' : listed;
  return {
    subject,
    customerId,
    owner: customerId ? ownerBesideCustomer(text, customerWords) : ownerNamed(text, customerWords),
    status: LISTS.has(subject) ? firstWith(text, WORDS.statuses) : null,
    stage: firstWith(text, STAGE_WORDS),
    period: firstWith(text, WORDS.periods),
  };
}

const OWNER_WORDS = WORDS.subjects.filter(([subject]) => subject === 'owner').flatMap(([, list]) => list);
/** The party before who owns it (查下湖南省儿童医院是谁在跟, 南海振华铝业系边个跟紧), in a clause of its own. */
const OWNER_ASKED_OF = new RegExp(
  `(?:^|[\\s,.;!?:])(?:${inOrder(P.askLeadIns)})?(?:${inOrder(P.nameLeadIns)})?([\\u4e00-\\u9fa5A-Za-z0-9]{2,20}?)(?:是|就是)?(?:${inOrder(OWNER_WORDS)})`,
);
/** Where it is said to be before the party (无锡新区那个宏盛物业, 晋江那家福味园): not part of its name. */
const PLACE_THEN_THAT = /^[\u4e00-\u9fa5]{2,6}?(?:那个|那家|这个|这家)/;
/** Its deal and the time after the name (华港化工那单现在谁负责): no part of it. */
const ITS_DEAL_AFTER = /(?:那单|这单|那个单子|这个单子|的单子|的项目)?(?:现在|目前|到底)?$/;
/** Words that point to a party rather than name one (这单, 这个客户, 他们). */
const POINTING = /^(?:这|那|它|他|她|你|我|咱|哪)/;

/**
 * The party whose owner is asked about, as written, when the asker does not have it (襄阳的汉水建工是谁在跟 → 汉水建工):
 * the answer says whose it is, or that nobody has it yet. Its project after 的 (石景山教委的食堂桌椅) is no part of it.
 */
function partyOwnerAsked(text: string): string | null {
  const m = text.match(OWNER_ASKED_OF);
  if (!m) return null;
  const [before, after] = m[1].replace(PLACE_THEN_THAT, '').replace(ITS_DEAL_AFTER, '').split('的');
  // 襄阳的汉水建工: the place it is in; 海宁皮革城的二期项目: its project.
  const name = after && isPlaceOnly(before) ? after : before;
  return name.length >= 2 && namesAParty(name) ? name : null;
}

/** Words that name a party, not point to one (这单) nor say whose records (我们, 团队). */
const namesAParty = (name: string): boolean => !POINTING.test(name) && !WORDS.notOwners.includes(name);

/** A party named before its deal, opening a question (富康这单现在卡在哪, 查下金山那个项目到哪步了). */
const PARTY_BEFORE_ITS_DEAL = new RegExp(
  `^(?:${inOrder(P.askLeadIns)})?(?:${inOrder(P.nameLeadIns)})?([\\u4e00-\\u9fa5A-Za-z0-9]{2,10}?)(?:这单|那单|这个单子|那个单子|这个项目|那个项目)`,
);

/**
 * The party a question is about, as written, when the asker does not have it: whose it is (X是谁在跟), or its deal
 * (X这单现在卡在哪). The answer then says whose it is, or that it is nobody's yet, instead of answering about another.
 */
export function partyAskedAbout(text: string, query: Query): string | null {
  if (query.subject === 'owner') return partyOwnerAsked(text);
  if (query.owner !== null) return null;
  const name = text.match(PARTY_BEFORE_ITS_DEAL)?.[1] ?? null;
  return name && namesAParty(name) ? name : null;
}
