import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { z } from 'zod';
import { loadWordFile, words } from '../words/word-file';

/**
 * Word segmentation (jieba, its dictionary plus words/segmenter.json), so a rule can ask whether a
 * character stands as a word of its own: 带 in 把样品带过去 does, in 履带 it does not; 约 in 约了王总
 * does, in 预约, 签约, 大约 it does not. HMM is off: unknown words stay split, the same every run.
 */

const userWords = loadWordFile('segmenter.json', z.object({ version: z.literal(1), note: z.string(), words, split: words }));
const jieba = Jieba.withDict(dict);
// A count of 1 makes a compound lose to its parts; user words get a count that wins.
jieba.loadDict(Buffer.from([...userWords.words.map((w) => `${w} 100000`), ...userWords.split.map((w) => `${w} 1`)].join('\n')));

const HIDDEN = '○';

/**
 * The words of the text most recently cut. The rules of one message ask about the same text several
 * times (stage words, the rep's actions, typo repair), and a cut costs more than the rest of such a rule.
 */
let lastCut: { text: string; words: string[] } = { text: '', words: [] };

function cut(text: string): string[] {
  if (lastCut.text !== text) lastCut = { text, words: jieba.cut(text, false) };
  return lastCut.words;
}

const insideWordPatterns = new Map<string, RegExp>();

/** The text with each of `chars` (CJK characters) that sits inside a longer word blanked out (same length, so offsets hold). */
export function onlyWholeWords(text: string, chars: string): string {
  let pattern = insideWordPatterns.get(chars);
  if (!pattern) insideWordPatterns.set(chars, (pattern = new RegExp(`[${chars}]`, 'g')));
  let out = '';
  for (const word of cut(text)) out += word.length > 1 ? word.replace(pattern, HIDDEN) : word;
  return out;
}

/** Where words begin and end in the text (offsets between characters, 0 and the length included). */
export function wordBoundaries(text: string): Set<number> {
  const bounds = new Set<number>([0]);
  let at = 0;
  for (const word of cut(text)) {
    at += word.length;
    bounds.add(at);
  }
  return bounds;
}
