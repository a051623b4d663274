import { z } from 'zod';
import { loadWordFile, words } from '../words/word-file';
import { insideLongerWord, insideName } from './text';

/**
 * Reps write dialect words (天鸿搞掂咗, 发畀梁总, 暂时冇得倾, 今儿碰到, 不晓得): each is read as its Mandarin word of the same
 * length (words/dialect.json), so every rule reads 搞定了, 发给, 没得谈, 今天, 不知道. Lengths are kept, so positions
 * found in the text stay right. A dialect word inside a longer plain word (倾向, 调整好) and the customers' names are
 * left as written.
 */
const dialectFile = loadWordFile(
  'dialect.json',
  z.object({ version: z.literal(1), note: z.string(), words: z.record(z.string().min(1), z.string().min(1)), notIn: words }),
);
const PAIRS = Object.entries(dialectFile.words)
  .filter(([from, to]) => from.length === to.length)
  .sort(([a], [b]) => b.length - a.length);

export function withDialectReadAsMandarin(text: string, names: readonly string[] = []): string {
  let out = text;
  for (const [from, to] of PAIRS) {
    for (let at = text.indexOf(from); at >= 0; at = text.indexOf(from, at + 1)) {
      const end = at + from.length;
      if (out.slice(at, end) !== from) continue;
      if (insideLongerWord(text, at, end, dialectFile.notIn) || insideName(text, at, end, names) || anHour(text, at, from)) continue;
      out = out.slice(0, at) + to + out.slice(end);
    }
  }
  return out;
}

/** 点 after a numeral is the hour (十点做演示), not Cantonese 点 (how: 点做, 点样). */
function anHour(text: string, at: number, word: string): boolean {
  return word.startsWith('点') && /[0-9一二两三四五六七八九十半]$/.test(text.slice(0, at));
}
