import { z } from 'zod';
import { loadWordFile, words } from '../words/word-file';
import { soundsAlike } from './homophones';

/**
 * Voice typing writes a deal word with its second character replaced by one of the same sound (仁爱医院合铜
 * 盖好章了, 分期付宽): the word is put back so every rule reads it. The first character must be the word's
 * own, which keeps 和同事 from becoming 合同事. Lengths are kept, so positions found in the text stay right.
 * `names` (the customers' names and aliases) are left as written: 合通物流 is a name, not a typo.
 */

const DEAL_WORDS = loadWordFile('sound-typos.json', z.object({ version: z.literal(1), note: z.string(), words })).words;

function insideName(text: string, start: number, end: number, names: readonly string[]): boolean {
  return names.some((name) => {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) if (at < end && at + name.length > start) return true;
    return false;
  });
}

export function withDealWordTyposRepaired(text: string, names: readonly string[] = []): string {
  let out = text;
  for (const word of DEAL_WORDS) {
    for (let at = out.indexOf(word[0]); at >= 0 && at + word.length <= out.length; at = out.indexOf(word[0], at + 1)) {
      const window = out.slice(at, at + word.length);
      if (window !== word && [...word].every((ch, i) => soundsAlike(ch, window[i])) && !insideName(text, at, at + word.length, names)) {
        out = out.slice(0, at) + word + out.slice(at + word.length);
      }
    }
  }
  return out;
}
