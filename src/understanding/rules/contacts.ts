import { z } from 'zod';
import { CONTACT_ROLES, type ContactRole } from '../../domain/people';
import { loadWordFile, words } from '../words/word-file';
import { inOrder } from './text';

/** Contacts: a surname plus a title (王总, 刘工, 陈护士长); the title hints at the buying role. */

/** Word lists in words/contacts.json. Surnames go into a character class: one Chinese character each. */
export const contactWordsSchema = z.object({
  version: z.literal(1),
  note: z.string(),
  surnames: z.array(z.string().regex(/^[\u4e00-\u9fa5]$/, 'one Chinese character')).min(1),
  compoundSurnames: words,
  titles: z.array(z.tuple([z.string().min(1), z.enum(CONTACT_ROLES).nullable()])).min(1),
  departmentsBefore: words,
});
export const CONTACT_WORDS = loadWordFile('contacts.json', contactWordsSchema);
const W = CONTACT_WORDS;

export const SURNAMES = W.surnames.join('');
const COMPOUND_SURNAMES = inOrder(W.compoundSurnames);
/** Surnames that end common words (供应, 相应, 反应): a surname only when no such word runs into it (应总, not 供应总监). */
const WORD_END_SURNAMES = '(?<![供相对反响答理效适回顺感报呼])应';

/** Titles with the buying role each hints at; a chief engineer or head chef (周总工, 陈总厨) advises or uses, not 总 the boss. */
const TITLE_ROLES: ReadonlyArray<readonly [string, ContactRole | null]> = W.titles;

/** Titles, longest first so 总经理 is not read as 总. */
const TITLES = TITLE_ROLES.map(([t]) => t).sort((a, b) => b.length - a.length);
/** A surname plus a title (not 董 of 董事会: 锦康董事会 names no 康董); exported so other rules can tell a named person. */
export const CONTACT_NAME = new RegExp(
  `(?:(${COMPOUND_SURNAMES})|([${SURNAMES}]|${WORD_END_SURNAMES}))(${inOrder(TITLES)})(?!(?<=总)[部结体计共价额量数包算])(?!(?<=工)[程期地资作厂艺业具人序位])(?!(?<=董)事)`,
  'g',
);
/** A department or buying function before 经理 makes that manager an influencer. */
const DEPARTMENT_BEFORE = new RegExp(`(${inOrder(W.departmentsBefore)})$`);
/** Characters that, right before a surname, show it is part of another word (施工, 副总). */
const WORD_BEFORE = /[总老大小副实]$/;

export interface Contact {
  name: string;
  role: ContactRole | null;
}

export function findContacts(text: string): Contact[] {
  const found = new Map<string, Contact>();
  for (const m of text.matchAll(CONTACT_NAME)) {
    const before = text.slice(0, m.index);
    if (WORD_BEFORE.test(before)) continue;
    const name = m[0];
    if (name === '施工') continue;
    const title = m[3];
    let role = TITLE_ROLES.find(([t]) => t === title)![1];
    if (title === '经理' && DEPARTMENT_BEFORE.test(before)) role = 'influencer';
    if (!found.has(name)) found.set(name, { name, role });
  }
  return [...found.values()];
}
