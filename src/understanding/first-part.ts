/**
 * Where a long message is cut before it is understood. A rep may paste a whole week's report; read
 * whole it would hold the worker (rules) or swell the prompt (model), so only its first part is
 * understood, and the message is still stored whole.
 */

/** A sentence ends at 。!?; (full-width or not), …, a line break, or a full stop that is no decimal point. */
const SENTENCE_END = /[。！？；!?;…\n]|\.(?!\d)/g;

/**
 * The length of the part understood: after the last sentence that ends within `maxChars`, or
 * `maxChars` itself when no sentence ends there; null when the text is not longer than the cap.
 */
export function cutPoint(text: string, maxChars: number): number | null {
  if (text.length <= maxChars) return null;
  const head = text.slice(0, maxChars);
  const lastEnd = [...head.matchAll(SENTENCE_END)].at(-1);
  if (lastEnd) return lastEnd.index + lastEnd[0].length;
  // Never split a character written as two UTF-16 units (an emoji).
  return /[\uD800-\uDBFF]$/.test(head) ? maxChars - 1 : maxChars;
}
