import type { ErrorDigest } from '../digest.js';
import { digestOf, FIELD_NAMES, hasPlainShape, readXmlElements } from './xml-elements.js';
import { isWellFormedXml } from './xml-validator.cjs';

// The document COS sends for nearly every error, in one match: `<?xml …?>`, `Error`, the five fields in order, plain text. Each part
// stops at a character the next starts with, so a failing match gives up after one pass: linear. A property test checks it.
const SPACE = '[ \\t\\n]*';
const DECLARATION = `<\\?xml(?:[ \\t\\n]+[A-Za-z]+${SPACE}=${SPACE}(?:'[^'<>&?]*'|"[^"<>&?]*"))*${SPACE}\\?>`;
const FIELDS = FIELD_NAMES.map((name) => `${SPACE}<${name}>([^<&\\r]*)</${name}>`).join('');
const COS_DOCUMENT = new RegExp(`^(?:${DECLARATION})?${SPACE}<Error>${FIELDS}${SPACE}</Error>${SPACE}$`);
// Past this, a document is left to the reader, whose cost does not depend on the engine's stack.
const LONGEST_COS_DOCUMENT = 1024 * 1024;

// fast-xml-parser's validator is not linear on some shapes (long tags, deep nesting): past this,
// a document meets it only after a linear pre-scan found none.
const CHECKED_UP_TO = 64 * 1024;

const LEADING_SPACE = /^[ \t\n\r]+/;

/** Whether fast-xml-parser's validator takes `document`, a long one only after the linear pre-scan. */
const isJudgedWellFormed = (document: string): boolean =>
  (document.length <= CHECKED_UP_TO || hasPlainShape(document)) && isWellFormedXml(document);

/**
 * The digest of an XML error document (rule 5), or `undefined` when the text is no well-formed XML or has no `Code` element.
 * `cut`: the text starts a longer body, so the fields whose elements closed are read when what was read, closed, is well-formed.
 */
export function xmlDigest(text: string, cut = false): ErrorDigest | undefined {
  const document = text.charCodeAt(0) === 0x3c /* < */ ? text : text.replace(LEADING_SPACE, '');
  const cos = cut || document.length > LONGEST_COS_DOCUMENT ? null : COS_DOCUMENT.exec(document);
  if (cos !== null) return digestOf(cos, 1);
  // No element named Code can be read from a text that never spells its start tag.
  if (!document.includes('<Code')) return undefined;
  if (!cut) return isJudgedWellFormed(document) ? readXmlElements(document, 'whole').digest : undefined;
  const { digest, closed } = readXmlElements(document, 'cut');
  return digest !== undefined && isJudgedWellFormed(closed) ? digest : undefined;
}

/** The name of the root element of an XML text, read no further than its start tag. */
export function xmlRootName(text: string): string | undefined {
  return readXmlElements(text.replace(LEADING_SPACE, ''), 'root').root;
}
