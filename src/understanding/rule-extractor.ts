import { DateTime } from 'luxon';
import type { Extraction, ExtractionInput, ExtractionOptions, Intent } from './extraction';
import { DEFAULT_CALENDAR } from '../domain/business-calendar';
import { zoneNamed } from '../domain/remembered-zone';
import type { SignalTag } from '../domain/signals';
import { SIGNAL_TAGS } from '../domain/signals';
import { normalizeText, splitClauses, splitSentences, withoutSpaces, withStandardQuestionWords } from './rules/text';
import { isRoundUp, matchCustomer } from './rules/customer-match';
import {
  leadName,
  namedCompany,
  saidToBeALead,
  saysLeadNameUnknown,
  newPartyNeeds,
  openingNewParty,
  ORG_SUFFIX,
} from './rules/new-customer';
import { findContacts } from './rules/contacts';
import { BARE_WISH_TO_SWITCH, detectTags, SWITCHED_TO } from './rules/signals';
import { readRivals } from './rules/competitors';
import { readsAsLead, SHIPPED_READERS, weighTags } from './rules/learned-readers';
import {
  asksNextStage,
  asksStageUpdate,
  stageNamed,
  asksWhetherMoved,
  findReportedStage,
  WINNER_NAMED,
  findRequestedStage,
  withStageTyposRepaired,
} from './rules/stage';
import { nextStage } from '../domain/stage-moves';
import { findAmount } from './rules/amount';
import { withDialectReadAsMandarin } from './rules/dialect';
import { findCommitment, quotesAsSpeech } from './rules/commitment';
import { classifyIntent } from './rules/intent';
import { partyAskedAbout, questionCues, readQuery } from './rules/query';
import { withDealWordTyposRepaired } from './rules/sound-typos';
import { stripLeadingPlace } from './rules/places';

/** Rule-based extractor: synchronous, pure and deterministic; the same contract as the LLM path. */

const DEFAULT_TIME_ZONE = 'Asia/Shanghai';
const SUMMARY_MAX = 60;
/** How far after 改用/换成 the rival they switch to is looked for (改用了华铁应急的). */
const RIVAL_WITHIN = 10;
/** Clause breaks written as punctuation (not the spaces of voice typing). */
const PUNCTUATED = /[,;!?~\n]|(?<!\d)\.|\.(?!\d)/;
const ASKS_WHAT = /什么|哪些|啥|吗|[?]|(?:怎么|咋|如何)(?:才能|才)?(?:往|推)/;
/** Complaints about goods (投诉多, 客诉): said in a clause naming a rival, about the rival's goods. */
const COMPLAINTS = /投诉|客诉/g;
/** Intents that describe no deal content: only the customer (for a query) is kept. */
const CONTENTLESS: ReadonlySet<Intent> = new Set(['query', 'undo', 'help', 'other']);

const sortTags = (tags: Iterable<SignalTag>): SignalTag[] => SIGNAL_TAGS.filter((t) => new Set(tags).has(t)).sort();

/** Blanks out a span, keeping the length so length-based rules are unchanged. */
const maskSpan = (text: string, start: number, end: number): string => text.slice(0, start) + '○'.repeat(end - start) + text.slice(end);

/** Nothing but a company's suffix (有限公司, 酒店), or nothing. */
const SUFFIX_ONLY = new RegExp(`^(?:${ORG_SUFFIX})*$`);

/**
 * A customer's short form inside another company's name, one character of it before and more than a suffix after (大连恒远通达船管
 * holds 远通, a place aside): a word of that other name, which is the company meant.
 */
function insideAnotherName(text: string, hit: { start: number; end: number }): boolean {
  const party = namedCompany(text);
  if (!party || hit.start < party.start || hit.end > party.end) return false;
  const coreStart = party.end - stripLeadingPlace(party.name).length;
  return hit.start - coreStart === 1 && !SUFFIX_ONLY.test(text.slice(hit.end, party.end));
}

function summarize(text: string): string {
  return text.length <= SUMMARY_MAX ? text : `${text.slice(0, SUMMARY_MAX - 1)}…`;
}

export function extractByRules(input: ExtractionInput, options: ExtractionOptions = {}): Extraction {
  const now = DateTime.fromISO(input.now, { setZone: true }).setZone(zoneNamed(options.timeZone ?? DEFAULT_TIME_ZONE));
  // A deal word mistyped by voice (合铜) is read as the word; the summary keeps what was written.
  const asWritten = normalizeText(input.text);
  const names = input.customers.flatMap((customer) => [customer.name, ...customer.aliases]);
  // Dialect words (签咗, 发畀, 冇得倾) are read as their Mandarin words of the same length.
  const text = withDialectReadAsMandarin(withDealWordTyposRepaired(asWritten, names), names);
  const sentences = splitSentences(text);
  const clauses = sentences.flat();

  const matched = matchCustomer(text, input.customers);
  const known = matched && !insideAnotherName(text, matched) ? matched : null;
  const unknown = known ? null : (namedCompany(text) ?? openingNewParty(text));
  // A brand inside a new lead's name (苏州立信会计师事务所) is not a rival.
  const written = leadName(text);
  const leadStart = written ? text.indexOf(written) : -1;
  const leadSpan = written ? { start: leadStart, end: leadStart + written.length } : null;
  const excluded = [known, unknown, leadSpan].filter((s) => s !== null);
  const { names: competitors, passedOver: rivalPassedOver } = readRivals(text, options.competitorBrands, excluded);
  // The customer's own name says nothing of the deal (锡山维修 is a dealer, no after-sales worry).
  const tags = detectTags(known ? maskSpan(text, known.start, known.end) : text);
  if (competitors.length > 0) tags.push('competitor');
  // Complaints about a rival's goods (说鞍钢的板子最近色差投诉多) are no after-sales worry about ours; its service
  // weighed (海天售后网点多, GE工程师响应太慢) still is.
  if (tags.includes('after_sales') && competitors.length > 0) {
    const ours = splitClauses(text).map((clause) =>
      competitors.some((rival) => clause.includes(rival)) ? clause.replace(COMPLAINTS, '') : clause,
    );
    if (!detectTags(ours.join(',')).includes('after_sales')) tags.splice(tags.indexOf('after_sales'), 1);
  }
  // Voice typing puts a space between words (需求 基本 确认 了): its sentences are also read run together.
  // Only spaces are closed up: a comma still ends a clause (在走审批,老板签字就能下单,金额… is no 下单金额).
  const voiceSentences = text
    .split(PUNCTUATED)
    .filter((piece) => splitClauses(piece).length > 2)
    .map((piece) => piece.replace(/\s+/g, ''));
  const reportedStage = findReportedStage([...clauses, ...voiceSentences], competitors);
  // 还需要准备什么才能进入下一阶段 asks what is missing; it moves nothing.
  const nextAsked = asksNextStage(text) && !ASKS_WHAT.test(text);
  // 丢了,标记一下: the stage reported is the stage asked for; 需求确认完了,可以推到下一阶段了: the one after it.
  // Voice typing splits stage names too (进 商务 谈判 吧) and mistypes them (方案演士): they are also read without the spaces, typos put right.
  const requestedStage = asksWhetherMoved(text)
    ? null
    : (findRequestedStage(text) ??
      findRequestedStage(withStageTyposRepaired(withoutSpaces(text))) ??
      (asksStageUpdate(text) ? (reportedStage ?? stageNamed(text)) : null) ??
      (reportedStage && nextAsked ? nextStage(reportedStage) : null));
  // Lost with a rival named (a customer leaning to a rival is still in play: 倾向海康的方案 is no churn); a deal moved
  // out of lost (从丢单改回初步接触) is back in play.
  const lost = requestedStage ? requestedStage === 'lost' : reportedStage === 'lost';
  // A rival found fault with after the switch (想换个牌子 嫌X的售后慢) is the one being left, not the one switched to.
  const switchesToRival = [...text.matchAll(SWITCHED_TO)].some((m) => {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + RIVAL_WITHIN).split(/嫌|不满意/)[0];
    return competitors.some((rival) => (BARE_WISH_TO_SWITCH.test(m[0]) ? after.startsWith(rival) : after.includes(rival)));
  });
  // A winner named by the form of the words (输给了勇猛, 给了文灿) counts as a rival named, though no list knows the name.
  const churnToRival = (lost && (competitors.length > 0 || WINNER_NAMED.test(text))) || switchesToRival;
  if (churnToRival) tags.push('churn_risk');
  // What the rules read from a rival's place stands whatever the learned reader says (it cannot know the name): a
  // rival named, or a would-be rival passed over (富士康园区的保洁); with a loss, whether it went to a rival (我们第二 没中
  // names none). A switch (换成X的) it may still doubt: many are to a kind of goods, or the customer's own machines.
  const settled: SignalTag[] = [
    ...(competitors.length > 0 || rivalPassedOver || (lost && !churnToRival) ? ['competitor' as const] : []),
    ...(lost ? ['churn_risk' as const] : []),
  ];
  // A customer's words quoted are theirs: 我 in them is not the rep.
  const commitment = findCommitment(
    text.includes('"') ? splitSentences(quotesAsSpeech(text)) : sentences,
    now,
    options.calendar ?? DEFAULT_CALENDAR,
    known ? text.slice(known.start, known.end) : null,
  );
  const amount = findAmount(text, competitors);
  const contacts = findContacts(text);

  const hasDealContent = known !== null || tags.length > 0 || reportedStage !== null || amount !== null;
  // A message that names no customer (known or new), contact, signal or promise reports nothing: it is never recorded.
  const hasContent = hasDealContent || commitment !== null || contacts.length > 0 || unknown !== null;
  // The customer's own name says nothing about intent (宋都 is not the adverb 都); 咋 asks as 怎么 does.
  const intentText = withStandardQuestionWords(known ? maskSpan(text, known.start, known.end) : text);
  // 线索 …一所小学 名字回头再问: the rep says the lead's name is not known yet, so no words of the message stand for it.
  const leadNameUnknown = written === null && saysLeadNameUnknown(text, known !== null);
  const classified = classifyIntent(intentText, {
    requestedStage: requestedStage !== null || nextAsked,
    reportsStage: reportedStage !== null,
    ...questionCues(intentText),
    leadNamed: (written ?? unknown) !== null,
    leadNameUnknown,
    dealBesidesSignals: known !== null || reportedStage !== null || amount !== null,
    newPartyNeeds: unknown !== null && newPartyNeeds(text, unknown),
    hasDealContent,
    hasContent,
    promised: commitment !== null,
    rivals: competitors,
  });
  // A round-up of the day (今日小结:1.安达… 3.速达仓配 报价已发) reports on several deals, one deed done among them; a
  // lead met whose whole name is one of our customers (展会上碰到华信的王总) is that customer met; a customer's word
  // inside a longer name (恒信 in 恒信达科技), or a lead said to be one (线索 南海 …), is not.
  // Words read as the lead's name that open with our customer's name (记一下 凤凰合作社的尾款到账了) are that customer and
  // what is said of it: a longer company name holding it has already been told apart (insideAnotherName).
  const leadIsKnown =
    known !== null && leadSpan !== null && leadSpan.start >= known.start && leadSpan.start < known.end && !saidToBeALead(text);
  const reported =
    (classified === 'complete_commitment' && isRoundUp(text)) || (classified === 'create_lead' && leadIsKnown)
      ? 'log_activity'
      : classified;
  // A party met and described with no marker (在汨罗碰到一个做再生稻的种粮大户) may be a lead: the learned reader says, where the
  // rules named no party. One of our customers, or a company named in a report (the bot asks whether it is new), is theirs.
  const intent =
    reported === 'log_activity' &&
    known === null &&
    unknown === null &&
    options.learnedReaders !== false &&
    readsAsLead(SHIPPED_READERS, input.text)
      ? 'create_lead'
      : reported;

  const base: Extraction = {
    id: input.id,
    intent,
    customerId: null,
    customerName: null,
    contacts: [],
    tags: [],
    stage: null,
    commitment: null,
    amount: null,
    competitors: [],
    summary: summarize(asWritten),
    query: null,
  };
  if (CONTENTLESS.has(intent)) {
    // 撤销刚才华腾那条 names which record to take back; a figure said with it (是240万不是2400万) is the right one.
    if (intent === 'undo') return { ...base, customerId: known?.customerId ?? null, amount: findAmount(text) };
    // An order about a customer's deal (杨帆 领尚那单别轻易放弃) is no report, but it is about that customer.
    if (intent === 'other') return { ...base, customerId: known?.customerId ?? null };
    if (intent !== 'query') return base;
    const customerId = known?.customerId ?? null;
    const query = readQuery(intentText, customerId, names);
    // 龙岩水务是谁在跟, 富康这单现在卡在哪: a company the rep does not have is named, so the answer can say whose it is.
    const customerName = customerId === null ? partyAskedAbout(withStandardQuestionWords(text), query) : null;
    return { ...base, customerId, customerName, query };
  }

  const lead = intent === 'create_lead';
  const stage = lead ? 'lead' : intent === 'stage_change' ? requestedStage : reportedStage;
  const newName = lead ? (written ?? (leadNameUnknown ? null : unknown?.name) ?? null) : (unknown?.name ?? null);
  return {
    ...base,
    // A lead is a party new to us: one of our customers named with it is only where it is (避暑山庄边上新开的一家).
    customerId: lead ? null : (known?.customerId ?? null),
    customerName: known?.customerId && !lead ? null : newName,
    contacts,
    // The learned reader settles the tags the rules are unsure of (rules/learned-readers.ts).
    tags: sortTags(options.learnedReaders === false ? tags : weighTags(SHIPPED_READERS, input.text, tags, settled)),
    stage,
    commitment,
    amount,
    competitors,
  };
}
