import { z } from 'zod';
import { SIGNAL_TAGS, type SignalTag } from '../../domain/signals';
import { loadWordFile } from '../words/word-file';

/**
 * A second reader of three signal tags beside the rules: per tag, a logistic model over the message's
 * character n-grams, learned from the labelled messages (`npm run train:tags`). The rules stay the
 * first reader; the model settles what they are unsure of, in two ways: a rule's tag the model finds
 * very unlikely is dropped (a word read in a sense the writer did not mean), and a tag the rules missed
 * that the model finds likely is added (a phrasing no rule has met, around words no rule could list,
 * such as a maker nobody named). It weighs only the tags whose words are an open set (rivals, risk,
 * price talk); the others' words are a closed set the rules already hold.
 * The model reads the same text the same way every run: the rule path stays deterministic.
 */

/** One tag's logistic model: its bias and the weight of each gram that moves it. */
const WEIGHED_TAG = z.object({ tag: z.enum(SIGNAL_TAGS), bias: z.number(), weights: z.record(z.string(), z.number()) });

export const TAG_MODEL = z.object({
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
});
export type TagModel = z.infer<typeof TAG_MODEL>;

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

/** How likely the model finds each tag it weighs for the message. */
export function tagLikelihoods(model: TagModel, text: string): Map<SignalTag, number> {
  const grams = gramsOf(text, model.longestGram);
  const each = gramWeight(grams.length);
  const likelihoods = new Map<SignalTag, number>();
  for (const { tag, bias, weights } of model.weighed) {
    let score = bias;
    for (const gram of grams) score += (weights[gram] ?? 0) * each;
    likelihoods.set(tag, likelihoodOf(score));
  }
  return likelihoods;
}

/**
 * The rules' tags weighed by the model, but for the `settled` ones: tags the rules read from the place
 * a rival's name takes, for or against (the model cannot know the name), stand as the rules have them.
 */
export function weighTags(model: TagModel, text: string, ruleTags: readonly SignalTag[], settled: readonly SignalTag[]): SignalTag[] {
  const likelihoods = tagLikelihoods(model, text);
  return SIGNAL_TAGS.filter((tag) => {
    const likelihood = likelihoods.get(tag);
    if (likelihood === undefined || settled.includes(tag)) return ruleTags.includes(tag);
    return ruleTags.includes(tag) ? likelihood >= model.keepAbove : likelihood >= model.addAbove;
  });
}

let shipped: TagModel | undefined;

/** The model shipped in words/tag-model.json, loaded and checked on first use. */
export function shippedTagModel(): TagModel {
  return (shipped ??= loadWordFile('tag-model.json', TAG_MODEL));
}
