import { UNKNOWN, type ErrorDigest } from '../digest/digest.js';
import { characterOf } from './xml-text.js';

/*
 * The direct path for the document COS almost always sends:
 *
 *   <?xml version='1.0' encoding='utf-8' ?>
 *   <Error><Code>NoSuchKey</Code><Message>…</Message>…</Error>
 *
 * an optional declaration, one root, and children that hold only text. It answers exactly what
 * fast-xml-parser would (a differential property test holds it to that); anything else
 * (comments, CDATA, attributes, nesting, a DOCTYPE, '>' or a carriage return in text, an '&' that
 * starts no known reference) makes it answer `undefined`, and the full parser decides.
 */

// The whole shape in one compiled pattern. Each repetition can match only one way (text holds
// no '<'), so a failing match backtracks once over the children: linear in the text.
const SPACE = '[ \\t\\n\\r]';
const NAME = '[A-Za-z_][A-Za-z0-9_.-]*';
// Text: no markup, no carriage return (the parser would keep it, the validator's line count
// differs), and '&' only in references fast-xml-parser's validator accepts too.
// Written as runs of plain characters between references, so the common case is one run.
const REFERENCE_SYNTAX = '&(?:amp|lt|gt|quot|apos|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});';
const TEXT = `[^<>&\\r]*(?:${REFERENCE_SYNTAX}[^<>&\\r]*)*`;
const DECLARATION = `<\\?xml(?:${SPACE}+[A-Za-z]+${SPACE}*=${SPACE}*(?:'[^'<>&]*'|"[^"<>&]*"))*${SPACE}*\\?>`;
const FLAT_DOCUMENT = new RegExp(
  `^${SPACE}*(?:${DECLARATION}${SPACE}*)?<(${NAME})>(?:${SPACE}*<(${NAME})(?:/>|>${TEXT}</\\2>))*${SPACE}*</\\1>${SPACE}*$`,
);

// Each field's element, its digest key, and its start tag up to the name (built once).
const FIELDS: ReadonlyArray<readonly [element: string, key: keyof ErrorDigest, tagStart: string]> = [
  ['Code', 'code', '<Code'],
  ['Message', 'message', '<Message'],
  ['Resource', 'resource', '<Resource'],
  ['RequestId', 'requestid', '<RequestId'],
  ['TraceId', 'traceid', '<TraceId'],
];
const FIELD_NAMES: ReadonlySet<string> = new Set(FIELDS.map(([element]) => element));

// The document exactly as COS writes it: root Error, the five fields in that order. One match
// reads all five; any other flat document takes the general path.
const COS_ORDER = new RegExp(
  `^${SPACE}*(?:${DECLARATION}${SPACE}*)?<Error>${FIELDS.map(([element]) => `${SPACE}*<${element}>(${TEXT})</${element}>`).join('')}${SPACE}*</Error>${SPACE}*$`,
);

// Every '&' must start one of these references, or the text goes to the full parser.
const REFERENCE = /&(?:#([0-9]{1,7})|#x([0-9a-fA-F]{1,6})|(amp|lt|gt|quot|apos));|&/g;

/** Decoded text, or `undefined` when an '&' starts no known reference to a character. */
function decodeStrict(raw: string): string | undefined {
  if (!raw.includes('&')) return raw;
  let invalid = false;
  const decoded = raw.replace(REFERENCE, (whole, decimal?: string, hex?: string, named?: string) => {
    const character = characterOf(decimal, hex, named);
    if (character === undefined) invalid = true;
    return character ?? whole;
  });
  return invalid ? undefined : decoded;
}

/** Sets `key` from an element's raw text; false when the text needs the full parser. */
function setField(digest: ErrorDigest, key: keyof ErrorDigest, raw: string): boolean {
  const decoded = decodeStrict(raw);
  if (decoded === undefined) return false;
  digest[key] = decoded.trim() || UNKNOWN;
  return true;
}

/**
 * The text of the first child `<name>` (`tagStart` is `<name`) of a document already known to be flat, '' for
 * `<name/>`, or `undefined` when there is none. In a flat document '<' starts only tags, so the
 * first `<name>` or `<name/>` is the first element of that name, and its text ends at the next '<'.
 */
function firstChildText(text: string, from: number, tagStart: string): string | undefined {
  let at = from;
  for (;;) {
    at = text.indexOf(tagStart, at);
    if (at === -1) return undefined;
    const after = at + tagStart.length;
    const next = text.charCodeAt(after);
    if (next === 0x3e /* > */) return text.slice(after + 1, text.indexOf('<', after + 1));
    if (next === 0x2f /* / */) return '';
    at = after; // a longer name that starts with this one
  }
}

/**
 * The digest of a flat COS error document, or `undefined` when the text is not one (the full
 * parser then decides).
 */
export function readFlatErrorDocument(text: string): ErrorDigest | undefined {
  const digest: ErrorDigest = { code: UNKNOWN, message: UNKNOWN, resource: UNKNOWN, requestid: UNKNOWN, traceid: UNKNOWN };
  const cos = COS_ORDER.exec(text);
  if (cos !== null) {
    for (let i = 0; i < FIELDS.length; i++) {
      if (!setField(digest, FIELDS[i]![1], cos[i + 1]!)) return undefined;
    }
    return digest;
  }
  const match = FLAT_DOCUMENT.exec(text);
  if (match === null) return undefined;
  const root = match[1]!;
  // A root named like a field would itself be the first such element in document order.
  if (FIELD_NAMES.has(root)) return undefined;
  const childrenStart = text.indexOf(`<${root}>`) + root.length + 2;
  let hasCode = false;
  for (const [, key, tagStart] of FIELDS) {
    const raw = firstChildText(text, childrenStart, tagStart);
    if (raw === undefined) continue;
    if (!setField(digest, key, raw)) return undefined;
    if (key === 'code') hasCode = true;
  }
  return hasCode ? digest : undefined;
}
