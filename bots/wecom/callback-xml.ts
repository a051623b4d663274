import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { CallbackRejected } from './callback-crypto';

/** A flat WeCom XML message: every leaf as a string (MsgId is 64-bit and must not become a number). */
export type WecomXml = Record<string, unknown>;

const MAX_DEPTH = 16;
const MAX_ID_LENGTH = 64;

// Entities off: no expansion of any kind (XXE, billion laughs); WeCom sends its text in CDATA.
const parser = new XMLParser({
  processEntities: false,
  htmlEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  ignoreAttributes: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  trimValues: true,
  // WeCom's deepest message (a card event's SelectedItems) nests five levels; more is not WeCom.
  maxNestedTags: MAX_DEPTH,
});

/** Parses `<xml>…</xml>` into its fields, refusing anything malformed or carrying a DTD. */
export function parseWecomXml(text: string): WecomXml {
  // WeCom never sends a DTD; refusing one outright keeps entity tricks out entirely.
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) throw new CallbackRejected('XML_MALFORMED', 400, 'XML with a DTD');
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new CallbackRejected('XML_MALFORMED', 400, `${valid.err.msg} (line ${valid.err.line})`);
  const root = parseOrRefuse(text).xml;
  if (!root || typeof root !== 'object') throw new CallbackRejected('XML_MALFORMED', 400, 'no <xml> root element');
  return root as WecomXml;
}

/** The parser's own refusals (nesting too deep, for one) are the sender's fault: a 400, not a crash. */
function parseOrRefuse(text: string): { xml?: unknown } {
  try {
    return parser.parse(text) as { xml?: unknown };
  } catch (error) {
    throw new CallbackRejected('XML_MALFORMED', 400, error instanceof Error ? error.message : 'unparseable XML');
  }
}

/** A field that must be a non-empty string. */
export function requiredField(xml: WecomXml, name: string): string {
  const value = xml[name];
  if (typeof value !== 'string' || value === '') throw new CallbackRejected('XML_MALFORMED', 400, `<${name}> is missing`);
  return value;
}

/** WeCom's ids (UserID, MsgId, TaskId) are at most 64 characters; anything longer is not from WeCom and would not fit our columns. */
export function requiredId(xml: WecomXml, name: string): string {
  const value = requiredField(xml, name);
  if (value.length > MAX_ID_LENGTH)
    throw new CallbackRejected('XML_MALFORMED', 400, `<${name}> is longer than ${MAX_ID_LENGTH} characters`);
  return value;
}

/** A field that may be absent or empty; nested elements do not count as text. */
export function optionalField(xml: WecomXml, name: string): string | undefined {
  const value = xml[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}
