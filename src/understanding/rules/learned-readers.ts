import { z } from 'zod';
import { SIGNAL_TAGS, type SignalTag } from '../../domain/signals';
import { loadWordFile } from '../words/word-file';

/**
 * Second readers beside the rules, learned from the labelled messages (`npm run train:readers`): logistic
 * models over the message's character n-grams, one per question. The rules stay the first reader; a
 * learned reader settles only what they are unsure of.
 * - Three signal tags. A rule's tag the model finds very unlikely is dropped (a word read in a sense the
 *   writer did not mean), and a tag the rules missed that the model finds likely is added (a phrasing no
 *   rule has met, around words no rule could list, such as a maker nobody named). Only the tags whose
 *   words are an open set (rivals, risk, price talk); the others' words are a closed set the rules hold.
 * - A new lead. A message the rules read as a report of contact is a lead when the model finds it likely
 *   (a party met in passing and described, with no marker: 在汨罗碰到一个做再生稻的种粮大户); it never
 *   takes a lead back from the rules.
 * The models read the same text the same way every run: the rule path stays deterministic.
 */

/** One logistic model: its bias and the weight of each gram that moves it. */
const LOGISTIC = { bias: z.number(), weights: z.record(z.string(), z.number()) };
const WEIGHED_TAG = z.object({ tag: z.enum(SIGNAL_TAGS), ...LOGISTIC });

export const LEARNED_READERS = z.object({
  version: z.literal(1),
  note: z.string(),
  /** The labelled files it learned from; the files left out measure it. */
  trainedOn: z.array(z.string().min(1)).min(1),
  longestGram: z.number().int().min(1).max(4),
  /** A tag the rules found is kept unless the model's likelihood for it is below this. */
  keepAbove: z.number().min(0).max(1),
  /** A tag the rules did not find is added when the model's likelihood reaches this. */
  addAbove: z.number().min(0).max(1),
  /** The tags it weighs; the rules alone decide the others. */
  weighed: z
    .array(WEIGHED_TAG)
    .min(1)
    .refine((models) => new Set(models.map((m) => m.tag)).size === models.length, 'a tag is weighed twice'),
  /** How likely a message registers a new lead. */
  lead: z.object(LOGISTIC),
  /** A report of contact is read as a lead when the lead model's likelihood reaches this. */
  leadAbove: z.number().min(0).max(1),
});
export type LearnedReaders = z.infer<typeof LEARNED_READERS>;

/**
 * The distinct character n-grams of a message, up to `longest` long. Width, case and the digits of a
 * figure are folded (38万 and 45万 read alike), runs of spaces are one, and ^ and $ mark its ends.
 */
export function gramsOf(text: string, longest: number): string[] {
  const folded = `^${text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[0-9]+/g, '0')
    .replace(/\s+/g, ' ')}$`;
  const grams = new Set<string>();
  for (let length = 1; length <= longest; length++) {
    for (let at = 0; at + length <= folded.length; at++) grams.add(folded.slice(at, at + length));
  }
  return [...grams];
}

/** Each gram counts 1/√n of a message of n grams, so a long report does not outweigh a short one. */
export const gramWeight = (gramCount: number): number => 1 / Math.sqrt(gramCount);

export const likelihoodOf = (score: number): number => 1 / (1 + Math.exp(-score));

/** One logistic model as shipped: a bias and the weights of the grams that move it. */
export type Logistic = LearnedReaders['lead'];

/**
 * The grams of the message cut most recently: the readers of one message (the tags, a lead) read the
 * same text, and cutting it costs more than reading it.
 */
let lastCut: { text: string; longest: number; grams: string[] } = { text: '', longest: 0, grams: [] };

function gramsOfMessage(text: string, longest: number): string[] {
  if (lastCut.text !== text || lastCut.longest !== longest) lastCut = { text, longest, grams: gramsOf(text, longest) };
  return lastCut.grams;
}

function likelihood({ bias, weights }: Logistic, grams: readonly string[]): number {
  const each = gramWeight(grams.length);
  let score = bias;
  for (const gram of grams) score += (weights[gram] ?? 0) * each;
  return likelihoodOf(score);
}

/** How likely the model finds each tag it weighs for the message. */
export function tagLikelihoods(model: LearnedReaders, text: string): Map<SignalTag, number> {
  const grams = gramsOfMessage(text, model.longestGram);
  return new Map(model.weighed.map((reader) => [reader.tag, likelihood(reader, grams)]));
}

/** A report of contact the lead model finds likely registers a new lead instead. */
export function readsAsLead(model: LearnedReaders, text: string): boolean {
  return likelihood(model.lead, gramsOfMessage(text, model.longestGram)) >= model.leadAbove;
}

/**
 * The rules' tags weighed by the model, but for the `settled` ones: tags the rules read from the place
 * a rival's name takes, for or against (the model cannot know the name), stand as the rules have them.
 */
export function weighTags(model: LearnedReaders, text: string, ruleTags: readonly SignalTag[], settled: readonly SignalTag[]): SignalTag[] {
  const likelihoods = tagLikelihoods(model, text);
  return SIGNAL_TAGS.filter((tag) => {
    const chance = likelihoods.get(tag);
    if (chance === undefined || settled.includes(tag)) return ruleTags.includes(tag);
    return ruleTags.includes(tag) ? chance >= model.keepAbove : chance >= model.addAbove;
  });
}

/**
 * The readers shipped in words/learned-readers.json, loaded and checked with the word files (a bad edit
 * stops start), so a warmed rule thread answers its first message without reading them (about 90 ms).
 */
export const SHIPPED_READERS = loadWordFile('learned-readers.json', LEARNED_READERS);
