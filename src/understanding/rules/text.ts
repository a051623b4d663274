/** Text normalisation shared by every rule: one canonical form so patterns stay simple. */

const PUNCT_MAP: Record<string, string> = {
  '，': ',',
  '。': '.',
  '；': ';',
  '：': ':',
  '！': '!',
  '？': '?',
  '、': ',',
  '（': '(',
  '）': ')',
  '【': '[',
  '】': ']',
  '“': '"',
  '”': '"',
  '‘': "'",
  '’': "'",
  '～': '~',
  '—': '-',
  '－': '-',
  '…': '.',
};

/** Full-width ASCII to half-width, Chinese punctuation to ASCII, whitespace collapsed. */
export function normalizeText(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCodePoint(code - 0xfee0);
    else if (code === 0x3000) out += ' ';
    else out += PUNCT_MAP[ch] ?? ch;
  }
  return out.replace(/\s+/g, ' ').trim();
}

/** 有那些 closing a message, or a message or clause closing on …的 (我这周有那些要跟的): where questions end. */
const ASKED_WITH_THOSE = /有那些(?=[?]?$|[^,.;!?]{0,8}的[?]?$|[^,.;!?~\n\s]{0,8}的(?:[,;!?~\n.\s]|$))/g;

/**
 * 咋 is spoken 怎么 (咋谈, 咋办, 咋样): questions are read with one word for "how". 有那些 where a question ends
 * (…的单子有那些, 我这周有那些要跟的) is the common typo of 有哪些: "those" needs a noun after it.
 */
export function withStandardQuestionWords(text: string): string {
  return text.replace(/咋/g, '怎么').replace(ASKED_WITH_THOSE, '有哪些');
}

/** Clause separators: punctuation (but not a decimal point), and spaces between CJK words in voice text. */
const CLAUSE_SPLIT = /[,;!?~\n]|(?<!\d)\.|\.(?!\d)|\s+/;

export function splitClauses(text: string): string[] {
  return text
    .split(CLAUSE_SPLIT)
    .map((c) => c.trim())
    .filter((c) => c.length > 0);
}

/** Sentences: split at a full stop, ! ? or ; (not a decimal point), each then split into clauses. */
export function splitSentences(text: string): string[][] {
  return text
    .split(/[!?;\n]|(?<!\d)\.|\.(?!\d)/)
    .map(splitClauses)
    .filter((clauses) => clauses.length > 0);
}

/** Words that start a contrast: a negation before one of them does not reach past it. */
export const CONTRAST = /但是|但|不过|只是|然而|可是/;

/** Voice text without the spaces between Chinese words (进 商务 谈判 吧 → 进商务谈判吧); spaces beside Latin words stay. */
export function withoutSpaces(text: string): string {
  return text.replace(/(?<=[\u4e00-\u9fa5])\s+(?=[\u4e00-\u9fa5])/g, '');
}

/** A word as a literal inside a pattern. */
export const escapeRegExp = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What comes right before a value said as what it is not (不是2400万, 不是锦绣是越美): the value said instead is meant. */
export const DENIED_BEFORE = /不是$/;

/** One of our own options, said after 选了 (选了三层加厚的方案): no rival chosen. A pattern source, for a lookahead. */
export const OUR_OPTION_AFTER = '[^,.;!?\\s]{0,8}的(?:方案|款式|配置|套餐)';

/**
 * A word as a literal that, where it begins or ends with a Latin letter, stands as a whole word there: English words
 * mixed into Chinese (rate, bid, boss) are not read inside longer English words (corporate, forbid, embossed).
 */
function asWholeWord(word: string): string {
  const before = /^[A-Za-z]/.test(word) ? '(?<![A-Za-z])' : '';
  const after = /[A-Za-z]$/.test(word) ? '(?![A-Za-z])' : '';
  return `${before}${escapeRegExp(word)}${after}`;
}

/**
 * Words as one alternation in the order written (escaped): where a pattern keeps the first word that matches, the list's
 * order decides (a longer word before its prefix: 股份有限公司 before 公司). Unlike alternationOf nothing is sorted and no
 * Latin word is held whole (ok opens okay; PK, Excel), so the word files' patterns read as their literals did.
 */
export function inOrder(words: readonly string[]): string {
  return words.map(escapeRegExp).join('|');
}

/** Words as one alternation inside a pattern, longest first so that a longer word wins its place. */
export function alternationOf(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map(asWholeWord)
    .join('|');
}

/** The span [start, end) is part of one of `words` that is longer than it (质保 in 质保金, 人保 in 人保局). */
export function insideLongerWord(text: string, start: number, end: number, words: readonly string[]): boolean {
  return words
    .filter((word) => word.length > end - start)
    .some((word) => {
      for (let at = text.indexOf(word, Math.max(0, end - word.length)); at >= 0 && at <= start; at = text.indexOf(word, at + 1)) {
        if (at + word.length >= end) return true;
      }
      return false;
    });
}

/** The span [start, end) overlaps one of `names` where it stands in the text (a customer's name is left as written). */
export function insideName(text: string, start: number, end: number, names: readonly string[]): boolean {
  return names.some((name) => {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) if (at < end && at + name.length > start) return true;
    return false;
  });
}
