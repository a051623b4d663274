import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { CallbackRejected } from './callback-crypto';

/** A flat WeCom XML message: every leaf as a string (MsgId is 64-bit and must not become a number). */
export type WecomXml = Record<string, unknown>;

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
});

/** Parses `<xml>…</xml>` into its fields, refusing anything malformed or carrying a DTD. */
export function parseWecomXml(text: string): WecomXml {
  // WeCom never sends a DTD; refusing one outright keeps entity tricks out entirely.
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) throw new CallbackRejected('XML_MALFORMED', 400, 'XML with a DTD');
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new CallbackRejected('XML_MALFORMED', 400, `${valid.err.msg} (line ${valid.err.line})`);
  const root = (parser.parse(text) as { xml?: unknown }).xml;
  if (!root || typeof root !== 'object') throw new CallbackRejected('XML_MALFORMED', 400, 'no <xml> root element');
  return root as WecomXml;
}

/** A field that must be a non-empty string. */
export function requiredField(xml: WecomXml, name: string): string {
  const value = xml[name];
  if (typeof value !== 'string' || value === '') throw new CallbackRejected('XML_MALFORMED', 400, `<${name}> is missing`);
  return value;
}

/** A field that may be absent or empty; nested elements do not count as text. */
export function optionalField(xml: WecomXml, name: string): string | undefined {
  const value = xml[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}
