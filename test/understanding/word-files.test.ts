import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { AMOUNT_WORDS, amountWordsSchema, findAmount } from '../../src/understanding/rules/amount';
import { COMMITMENT_WORDS, commitmentWordsSchema } from '../../src/understanding/rules/commitment';
import { findCompetitors, RIVAL_WORDS } from '../../src/understanding/rules/competitors';
import { CONTACT_WORDS, contactWordsSchema, findContacts, SURNAMES } from '../../src/understanding/rules/contacts';
import { CUSTOMER_WORDS, customerWordsSchema, matchCustomer } from '../../src/understanding/rules/customer-match';
import { DUE_WORDS, dueWordsSchema, formatInstant, resolveDue } from '../../src/understanding/rules/due';
import { classifyIntent, INTENT_WORDS, intentWordsSchema } from '../../src/understanding/rules/intent';
import { isNegated, NEGATION_WORDS, negationWordsSchema } from '../../src/understanding/rules/negation';
import { NEW_CUSTOMER_WORDS, newCustomerWordsSchema, ORG_SUFFIX } from '../../src/understanding/rules/new-customer';
import { QUERY_WORDS, queryWordsSchema, readQuery } from '../../src/understanding/rules/query';
import { detectTags, SIGNAL_PHRASES, signalWordsSchema } from '../../src/understanding/rules/signals';
import { findReportedStage, findRequestedStage, STAGE_PHRASES, stagePhrasesSchema } from '../../src/understanding/rules/stage';
import { loadWordFile } from '../../src/understanding/words/word-file';
import { loadChangedCopy } from './word-file-copy';

/** The word files beside the rules: each loads, and a malformed copy is refused naming the file and the key. */

describe('words/rivals.json (the rival reader)', () => {
  it('loads, and its words read rivals', () => {
    expect(loadWordFile('rivals.json', RIVAL_WORDS).notANameWords).toContain('PLC');
    expect(findCompetitors('客户现在用的是精创的')).toEqual(['精创']);
    expect(findCompetitors('他们改用恒锐了')).toEqual(['恒锐']);
    expect(findCompetitors('他们改用PLC了')).toEqual([]);
    expect(findCompetitors('马钢的料冲压开裂')).toEqual(['马钢']);
  });

  it('a malformed copy is refused, naming the file and the key', () => {
    expect(() => loadChangedCopy('rivals.json', RIVAL_WORDS, (file) => (file.notANameWords = []))).toThrow(/rivals\.json[^]*notANameWords/);
    expect(() => loadChangedCopy('rivals.json', RIVAL_WORDS, (file) => delete file.parts)).toThrow(/rivals\.json[^]*parts/);
  });

  it('the words inside single rules load in the order written and read rivals as before', () => {
    const loaded = loadWordFile('rivals.json', RIVAL_WORDS);
    expect(loaded.demoDeeds.slice(0, 3)).toEqual(['演示', '做过演示', '做了演示']);
    expect(loaded.standardsWrittenTo).toEqual(['国标', '行标', '规范', '模板', '样板', '图纸', '上次', '原来']);
    expect(loaded.goodsFaults).toContain('漏油');
    expect(findCompetitors('曙光数创也给他们演示过')).toEqual(['曙光数创']);
    expect(findCompetitors('参数是照着福龙马写的')).toEqual(['福龙马']);
    expect(findCompetitors('参数是照着国标写的')).toEqual([]);
    expect(findCompetitors('文灿的压铸件气孔率超标')).toEqual(['文灿']);
  });

  it("a malformed copy of a rule's words is refused, naming the file and the key", () => {
    expect(() => loadChangedCopy('rivals.json', RIVAL_WORDS, (file) => (file.demoDeeds = []))).toThrow(/rivals\.json[^]*demoDeeds/);
    expect(() => loadChangedCopy('rivals.json', RIVAL_WORDS, (file) => delete file.standardsWrittenTo)).toThrow(
      /rivals\.json[^]*standardsWrittenTo/,
    );
    expect(() => loadChangedCopy('rivals.json', RIVAL_WORDS, (file) => (file.nameEndWords = ['的', '']))).toThrow(
      /rivals\.json[^]*nameEndWords/,
    );
  });
});

describe('words/intent.json', () => {
  it('loads, the lists as written', () => {
    expect(loadWordFile('intent.json', intentWordsSchema)).toEqual(INTENT_WORDS);
    expect(INTENT_WORDS.lastRecord.slice(0, 4)).toEqual(['刚才', '刚刚', '刚发的', '刚']);
  });

  it('a malformed copy is refused, naming the file and the key', () => {
    expect(() => loadChangedCopy('intent.json', intentWordsSchema, (file) => (file.greetings = []))).toThrow(/intent\.json[^]*greetings/);
    expect(() => loadChangedCopy('intent.json', intentWordsSchema, (file) => delete file.takeBack)).toThrow(/intent\.json[^]*takeBack/);
    expect(() => loadChangedCopy('intent.json', intentWordsSchema, (file) => (file.doneVerbs = []))).toThrow(/intent\.json[^]*doneVerbs/);
    expect(() => loadChangedCopy('intent.json', intentWordsSchema, (file) => delete file.haveWhich)).toThrow(/intent\.json[^]*haveWhich/);
    expect(() => loadChangedCopy('intent.json', intentWordsSchema, (file) => (file.sendVerbs = ['发', '']))).toThrow(
      /intent\.json[^]*sendVerbs/,
    );
  });

  it('the words of the deed and question grammars keep their order and read deeds done and questions as before', () => {
    expect(INTENT_WORDS.doneVerbs.slice(0, 7)).toEqual(['发', '寄', '送', '交', '提交', '递', '报']);
    expect(INTENT_WORDS.sendVerbs).toEqual(['发', '寄', '送', '交', '递']);
    expect(INTENT_WORDS.haveWhichAtEnd).toEqual(['啥', '什么', '多少', '几个', '哪些', '哪几个']);
    const ctx = { requestedStage: false, hasDealContent: false, hasContent: true };
    expect(classifyIntent('样品已经寄出去了', ctx)).toBe('complete_commitment');
    expect(classifyIntent('报价单已经发给王总了', ctx)).toBe('complete_commitment');
    expect(classifyIntent('资质文件都齐了', ctx)).toBe('complete_commitment');
    expect(classifyIntent('王总说合同已经盖章寄回来了', ctx)).toBe('log_activity');
    expect(classifyIntent('怎么给客户加联系人', ctx)).toBe('help');
    expect(classifyIntent('我这个月签了几单', ctx)).toBe('query');
  });
});

describe('words/negation.json (the negation reader)', () => {
  it('loads, the lists as written, and reads negations as before', () => {
    expect(loadWordFile('negation.json', negationWordsSchema)).toEqual(NEGATION_WORDS);
    expect(NEGATION_WORDS.raiseVerbs.slice(0, 4)).toEqual(['提', '谈', '聊', '说']);
    expect(NEGATION_WORDS.leadingAdverbs).toContain('压根儿');
    const negated = (text: string, keyword: string) => isNegated(text, text.indexOf(keyword), text.indexOf(keyword) + keyword.length, true);
    expect(negated('客户没提价格', '价格')).toBe(true);
    expect(negated('价格他们压根没问', '价格')).toBe(true);
    expect(negated('售后没什么顾虑', '售后')).toBe(true);
    expect(negated('这次不比选', '比选')).toBe(true);
    expect(negated('价格没谈拢', '价格')).toBe(false);
    expect(negated('没问题价格', '价格')).toBe(false);
  });

  it('a malformed copy is refused, naming the file and the key', () => {
    expect(() => loadChangedCopy('negation.json', negationWordsSchema, (file) => (file.raiseVerbs = []))).toThrow(
      /negation\.json[^]*raiseVerbs/,
    );
    expect(() => loadChangedCopy('negation.json', negationWordsSchema, (file) => delete file.negators)).toThrow(
      /negation\.json[^]*negators/,
    );
    expect(() => loadChangedCopy('negation.json', negationWordsSchema, (file) => (file.tenderProcesses = ['招标', '']))).toThrow(
      /negation\.json[^]*tenderProcesses/,
    );
  });
});

describe('words/commitments.json', () => {
  it('loads, the lists as written', () => {
    expect(loadWordFile('commitments.json', commitmentWordsSchema)).toEqual(COMMITMENT_WORDS);
    // Order is kept: 约好了 is tried before its tail 约了.
    expect(COMMITMENT_WORDS.arrangedWords.slice(0, 2)).toEqual(['约好了', '约了']);
  });

  it('the words once written inside single rules read as they did there', () => {
    // 我这边 is tried before its head 我, 我们 before 我.
    expect(COMMITMENT_WORDS.repSubjects.join('|')).toBe('我这边|我方|我司|我们|我|咱们|咱');
    expect(COMMITMENT_WORDS.partsOfDay.join('|')).toBe('上午|下午|中午|晚上|早上');
    expect(COMMITMENT_WORDS.movedEndings.join('|')).toBe('到|在|成|迟到|后到|期到');
  });

  it('a malformed copy is refused, naming the file and the key', () => {
    const schema = commitmentWordsSchema;
    expect(() => loadChangedCopy('commitments.json', schema, (file) => (file.speechVerbs = []))).toThrow(
      /commitments\.json[^]*speechVerbs/,
    );
    expect(() => loadChangedCopy('commitments.json', schema, (file) => (file.laterWords = ['回头', '']))).toThrow(
      /commitments\.json[^]*laterWords/,
    );
    expect(() => loadChangedCopy('commitments.json', schema, (file) => delete file.repSubjects)).toThrow(
      /commitments\.json[^]*repSubjects/,
    );
    expect(() => loadChangedCopy('commitments.json', schema, (file) => (file.movedVerbs = ['改', '']))).toThrow(
      /commitments\.json[^]*movedVerbs/,
    );
  });
});

describe('words/new-customers.json', () => {
  it('loads, the lists as written', () => {
    expect(loadWordFile('new-customers.json', newCustomerWordsSchema)).toEqual(NEW_CUSTOMER_WORDS);
    // A longer suffix before the shorter one it ends with: 股份有限公司, then 有限公司, then 公司.
    expect(ORG_SUFFIX.startsWith('(?:股份有限公司|有限公司|集团|公司|')).toBe(true);
  });

  it('the words once written inside single rules read as they did there', () => {
    expect(NEW_CUSTOMER_WORDS.openingContactTitles.join('|')).toBe('总|经理|主任|科长|处长|部长|主管|院长|校长|店长|厂长');
    expect(NEW_CUSTOMER_WORDS.notANameClauseWords.join('|')).toBe('电话|我|他|她|你|客户|公司|一个|一家|这|那');
    expect(NEW_CUSTOMER_WORDS.partsOfDayOpening.join('|')).toBe('早上|上午|中午|下午|晚上');
  });

  it('a malformed copy is refused, naming the file and the key', () => {
    const schema = newCustomerWordsSchema;
    expect(() => loadChangedCopy('new-customers.json', schema, (file) => delete file.orgSuffixes)).toThrow(
      /new-customers\.json[^]*orgSuffixes/,
    );
    expect(() => loadChangedCopy('new-customers.json', schema, (file) => (file.version = 2))).toThrow(/new-customers\.json[^]*version/);
    expect(() => loadChangedCopy('new-customers.json', schema, (file) => (file.countyEnds = []))).toThrow(
      /new-customers\.json[^]*countyEnds/,
    );
    expect(() => loadChangedCopy('new-customers.json', schema, (file) => delete file.openingContactTitles)).toThrow(
      /new-customers\.json[^]*openingContactTitles/,
    );
  });
});

describe('the field readers: words/amounts.json, due.json, customers.json, contacts.json and query.json patternWords', () => {
  it('load as written, and their words read amounts, due times, customers, contacts and questions', () => {
    expect(loadWordFile('amounts.json', amountWordsSchema)).toEqual(AMOUNT_WORDS);
    expect(loadWordFile('due.json', dueWordsSchema)).toEqual(DUE_WORDS);
    expect(loadWordFile('customers.json', customerWordsSchema)).toEqual(CUSTOMER_WORDS);
    expect(loadWordFile('contacts.json', contactWordsSchema)).toEqual(CONTACT_WORDS);
    expect(loadWordFile('query.json', queryWordsSchema)).toEqual(QUERY_WORDS);
    // Order is kept: a longer word before the one it ends with.
    expect(AMOUNT_WORDS.yuanWords.slice(0, 3)).toEqual(['元', '块钱', '块']);
    expect(CUSTOMER_WORDS.orgSuffixes.indexOf('有限公司')).toBeLessThan(CUSTOMER_WORDS.orgSuffixes.indexOf('公司'));
    expect(SURNAMES.startsWith('王李张刘陈')).toBe(true);

    expect(findAmount('投标保证金5万元,合同签了48万')).toBe(480000);
    expect(findAmount('一共要2万件')).toBeNull();
    expect(findAmount('191万包运费')).toBe(1910000);
    expect(findAmount('别家报了38万')).toBeNull();
    const now = DateTime.fromISO('2026-03-04T10:15:00', { zone: 'Asia/Shanghai' });
    expect(formatInstant(resolveDue('明天下午3点', now)!)).toBe('2026-03-05T15:00:00+08:00');
    expect(formatInstant(resolveDue('中午1点', now)!)).toBe('2026-03-04T13:00:00+08:00');
    expect(resolveDue('国庆福利礼盒', now)).toBeNull();
    const customers = [{ id: 'a', name: '德阳市口腔医院', aliases: [] }];
    expect(matchCustomer('四家口腔诊所', customers)).toBeNull();
    expect(matchCustomer('德阳口腔医院下周来', customers)?.customerId).toBe('a');
    expect(findContacts('周总工看过了,采购李经理也在')).toEqual([
      { name: '周总工', role: 'influencer' },
      { name: '李经理', role: 'influencer' },
    ]);
    expect(readQuery('刘洋手上有哪些商机', null, []).owner).toBe('刘洋');
    expect(readQuery('罗倩那边摸清楚没', 'c1', []).owner).toBe('罗倩');
  });

  it('a malformed copy is refused, naming the file and the key', () => {
    expect(() => loadChangedCopy('amounts.json', amountWordsSchema, (file) => (file.counters = []))).toThrow(/amounts\.json[^]*counters/);
    expect(() => loadChangedCopy('amounts.json', amountWordsSchema, (file) => delete file.quotedOrPaid)).toThrow(
      /amounts\.json[^]*quotedOrPaid/,
    );
    expect(() => loadChangedCopy('due.json', dueWordsSchema, (file) => (file.timesOfDay = [['夜里', 'night']]))).toThrow(
      /due\.json[^]*timesOfDay/,
    );
    expect(() => loadChangedCopy('customers.json', customerWordsSchema, (file) => (file.genericOpenings = ['人民医院']))).toThrow(
      /customers\.json[^]*genericOpenings/,
    );
    expect(() => loadChangedCopy('contacts.json', contactWordsSchema, (file) => (file.surnames = ['王', '欧阳']))).toThrow(
      /contacts\.json[^]*surnames/,
    );
    expect(() => loadChangedCopy('contacts.json', contactWordsSchema, (file) => (file.titles = [['总', 'boss']]))).toThrow(
      /contacts\.json[^]*titles/,
    );
    expect(() =>
      loadChangedCopy('query.json', queryWordsSchema, (file) => delete (file.patternWords as Record<string, unknown>).whenWords),
    ).toThrow(/query\.json[^]*patternWords\.whenWords/);
  });
});

describe('words/signals.json and words/stages.json: the phrases of the signal and stage readers', () => {
  it('loads, the lists as written, and the readers read them', () => {
    expect(loadWordFile('signals.json', signalWordsSchema).phrases).toEqual(SIGNAL_PHRASES);
    expect(loadWordFile('stages.json', stagePhrasesSchema).phrases).toEqual(STAGE_PHRASES);
    // Order is kept: 这个礼拜 is tried before 这礼拜, 报价单 before 报价.
    expect(SIGNAL_PHRASES.soonTimes.slice(7, 9)).toEqual(['这个礼拜', '这礼拜']);
    expect(SIGNAL_PHRASES.otherPapers.slice(-2)).toEqual(['报价单', '报价']);
    expect(detectTags('客户说这个礼拜就签合同')).toContain('closing_soon');
    expect(detectTags('授权书已经盖章寄出了')).toEqual([]);
    expect(detectTags('模组还没到')).toEqual(['delivery']);
    expect(findReportedStage(['这单丢了'])).toBe('lost');
    expect(findReportedStage(['车钥匙丢了'])).toBeNull();
    expect(findReportedStage(['第一次拜访'])).toBe('contact');
    expect(findRequestedStage('华信推到方案演示')).toBe('demo');
  });

  it('a malformed copy is refused, naming the file and the key', () => {
    expect(() =>
      loadChangedCopy('signals.json', signalWordsSchema, (file) => ((file.phrases as Record<string, unknown>).soonTimes = [])),
    ).toThrow(/signals\.json[^]*phrases[^]*soonTimes/);
    expect(() =>
      loadChangedCopy('signals.json', signalWordsSchema, (file) => delete (file.phrases as Record<string, unknown>).otherPapers),
    ).toThrow(/signals\.json[^]*phrases[^]*otherPapers/);
    expect(() => loadChangedCopy('signals.json', signalWordsSchema, (file) => delete file.phrases)).toThrow(/signals\.json[^]*phrases/);
    expect(() =>
      loadChangedCopy('stages.json', stagePhrasesSchema, (file) => ((file.phrases as Record<string, unknown>).lostWords = ['丢了', ''])),
    ).toThrow(/stages\.json[^]*phrases[^]*lostWords/);
    expect(() => loadChangedCopy('stages.json', stagePhrasesSchema, (file) => delete file.phrases)).toThrow(/stages\.json[^]*phrases/);
  });
});
