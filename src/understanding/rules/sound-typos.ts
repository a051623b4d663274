import { z } from 'zod';
import { loadWordFile, words } from '../words/word-file';
import { soundsAlike } from './homophones';
import { wordBoundaries } from './segmenter';
import { insideName } from './text';

/**
 * Voice typing writes a deal word with a character replaced by one of the same sound (仁爱医院合铜盖好章了, 分期付宽,
 * 和同他们法物还在看, 今年的与算批下来了, 那单千下来了): the word is put back so every rule reads it. Lengths are kept,
 * so positions found in the text stay right. `words` keep their first character and change the second; `firstHeardAs`
 * lists the first characters voice typing writes instead (和 for 合), and `aloneHeardAs` one-character words written
 * as another (千 for 签). The written characters must not be part of a longer word (和同事, 与算法, 方法无效, 一千, 千方):
 * a word boundary must close them on the right, and on the left too when the first character is the word's own.
 * `names` (the customers' names and aliases) are left as written: 合通物流 is a name, not a typo.
 */

const typoFile = loadWordFile(
  'sound-typos.json',
  z.object({
    version: z.literal(1),
    note: z.string(),
    words,
    firstHeardAs: z.record(z.string(), words),
    aloneHeardAs: z.record(z.string().length(1), words),
  }),
);
const DEAL_WORDS = typoFile.words;
const FIRST_HEARD_AS = Object.entries(typoFile.firstHeardAs);
const ALONE_HEARD_AS = Object.entries(typoFile.aloneHeardAs);
/** A time ahead, then 在 before a deed (明天在打, 下周一在跟他约, 回头在发): 在 typed for 再; 明天在公司 is where. */
const AGAIN_MISTYPED =
  /(明天|后天|下周[一二三四五六日天]?|下次|回头|改天|过两天|晚点|等会儿?)在(?=跟|去|来|打|问|催|联系|约|发(?!布)|报(?!告)|看|谈|聊|找|过去|过来)/g;
/** A numeral before 千 makes it the number (五千, 5千, 两三千). */
const NUMERAL_BEFORE = /[0-9一二三四五六七八九十两几百万数上成]$/;
/** 签 said alone: before what is signed or how it went (千合同, 千下来了, 千了), or after a modal (月底能千). */
const SIGNING_AFTER = /^(?:合同|协议|约|单|下来|下了|了|字|过|好|完)/;
const SIGNING_BEFORE = /(?:能|可以|就|要|准备|已经|没|快|再|去|来)$/;

export function withDealWordTyposRepaired(text: string, names: readonly string[] = []): string {
  let out = text;
  let bounds: Set<number> | null = null;
  /** Word boundaries of the text as written, found once and only when a window needs them. */
  const boundary = (at: number) => (bounds ??= wordBoundaries(text)).has(at);
  const put = (at: number, word: string) => {
    out = out.slice(0, at) + word + out.slice(at + word.length);
  };
  for (const word of DEAL_WORDS) {
    for (let at = out.indexOf(word[0]); at >= 0 && at + word.length <= out.length; at = out.indexOf(word[0], at + 1)) {
      const window = out.slice(at, at + word.length);
      const end = at + word.length;
      if (window === word || ![...word].every((ch, i) => soundsAlike(ch, window[i])) || insideName(text, at, end, names)) continue;
      if (boundary(at) && boundary(end)) put(at, word);
    }
  }
  for (const [word, heard] of FIRST_HEARD_AS) {
    for (const first of heard) {
      for (let at = out.indexOf(first); at >= 0 && at + word.length <= out.length; at = out.indexOf(first, at + 1)) {
        const window = out.slice(at, at + word.length);
        const end = at + word.length;
        if (![...word].slice(1).every((ch, i) => soundsAlike(ch, window[i + 1])) || insideName(text, at, end, names)) continue;
        if (boundary(end) && boundary(at + 1)) put(at, word);
      }
    }
  }
  for (const [word, heard] of ALONE_HEARD_AS) {
    for (const written of heard) {
      for (let at = out.indexOf(written); at >= 0; at = out.indexOf(written, at + 1)) {
        const end = at + written.length;
        const alone = boundary(at) && boundary(end) && !NUMERAL_BEFORE.test(out.slice(0, at));
        const signing = SIGNING_AFTER.test(out.slice(end)) || SIGNING_BEFORE.test(out.slice(0, at));
        if (alone && signing && !insideName(text, at, end, names)) put(at, word);
      }
    }
  }
  // 在 typed for 再 right after a time ahead (明天在打, 我下周一在跟他约时间): again, not under way.
  return out.replace(AGAIN_MISTYPED, '$1再');
}
