import { pinyin } from 'pinyin-pro';

/**
 * Sound keys from pinyin-pro, so a typo such as 华新 (for 华信) or 宏大 (for 宏达) still finds the
 * customer. Tones are ignored, as in voice-input typos; a character is read in its most common reading.
 */
const HAN = /\p{Script=Han}/u;
const KEYS = new Map<string, string>();

/** One key per sound: two characters sound alike exactly when their keys are equal. */
export function soundKey(ch: string): string {
  if (!HAN.test(ch)) return ch;
  let key = KEYS.get(ch);
  if (key === undefined) {
    key = `#${pinyin(ch, { toneType: 'none' })}`;
    KEYS.set(ch, key);
  }
  return key;
}

/** True when two characters are identical or share a sound. */
export function soundsAlike(a: string, b: string): boolean {
  return a === b || soundKey(a) === soundKey(b);
}
