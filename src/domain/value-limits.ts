/**
 * What the store can keep, as pure rules: the amount range and the text lengths of the columns.
 * The entities declare their columns with these lengths, and every way in (chat, model, import,
 * API) fits or refuses values by them before a transaction starts, so the database never has to.
 */

/** The largest amount kept, in yuan (1000亿): above any real deal, well inside the columns' decimal(14,2). */
export const MAX_AMOUNT_YUAN = 100_000_000_000;

/** Column lengths in characters, by what a column holds. */
export const TEXT_LENGTHS = {
  /** A person: a user, a contact, who submitted a lead. */
  personName: 100,
  /** A company: a customer, a lead's company. */
  companyName: 200,
  /** A short label: team, region, industry, a contact's title. */
  label: 100,
  /** One line: an activity's summary, a promised action, a deal's title, a lead's urgency. */
  line: 200,
  /** Why: a lead's placement or return, a stage move back or to 丢单. */
  reason: 500,
  phone: 32,
} as const;

/** A number of yuan the money columns can keep and a sales team can mean: 0 to 1000亿. */
export function isStorableAmount(yuan: number): boolean {
  return Number.isFinite(yuan) && yuan >= 0 && yuan <= MAX_AMOUNT_YUAN;
}

// C0 and C1 control characters except tab, line feed and carriage return, which are handled below.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/**
 * Removes control characters. Free text (`multiline`) keeps its tabs and line breaks (CRLF becomes LF);
 * a one-line value (a name) gets a space for each run of them. Leading and trailing spaces go.
 */
export function cleanText(text: string, { multiline = false } = {}): string {
  const kept = text.replace(CONTROL, '');
  return (multiline ? kept.replace(/\r\n?/g, '\n') : kept.replace(/[\t\n\r]+/g, ' ')).trim();
}

/** Cleans a text and cuts it to `length` characters (code points, as MySQL counts them), never inside one. */
export function fitText(text: string, length: number, options: { multiline?: boolean } = {}): string {
  const clean = cleanText(text, options);
  const characters = Array.from(clean);
  return characters.length <= length ? clean : characters.slice(0, length).join('').trimEnd();
}
