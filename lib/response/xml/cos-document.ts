import { UNKNOWN, type ErrorDigest } from '../digest.js';

/*
 * The one document COS sends for nearly every error, read in one match:
 *
 *   <?xml version='1.0' encoding='utf-8' ?>
 *   <Error><Code>NoSuchKey</Code><Message>…</Message><Resource>…</Resource><RequestId>…</RequestId><TraceId>…</TraceId></Error>
 *
 * root `Error`, the five fields in that order, text without markup, references or carriage
 * returns. Every part of the pattern stops at a character the next part starts with, so a
 * failing match gives up after one pass: linear in the text. Anything else goes to the reader;
 * the differential property test holds both to fast-xml-parser's answers.
 */
const SPACE = '[ \\t\\n]*';
const TEXT = '([^<&\\r]*)';
const DECLARATION = `<\\?xml(?:[ \\t\\n]+[A-Za-z]+${SPACE}=${SPACE}(?:'[^'<>&?]*'|"[^"<>&?]*"))*${SPACE}\\?>`;
const COS_DOCUMENT = new RegExp(
  `^(?:${DECLARATION})?${SPACE}<Error>${['Code', 'Message', 'Resource', 'RequestId', 'TraceId'].map((name) => `${SPACE}<${name}>${TEXT}</${name}>`).join('')}${SPACE}</Error>${SPACE}$`,
);
// Past this, a document is left to the reader, whose cost does not depend on the engine's stack.
const LONGEST = 1024 * 1024;

function value(text: string): string {
  return text.trim() || UNKNOWN;
}

/** The digest of the document exactly as COS writes it, or `undefined` for any other text. */
export function readCosDocument(text: string): ErrorDigest | undefined {
  if (text.length > LONGEST) return undefined;
  const match = COS_DOCUMENT.exec(text);
  if (match === null) return undefined;
  return {
    code: value(match[1]!),
    message: value(match[2]!),
    resource: value(match[3]!),
    requestid: value(match[4]!),
    traceid: value(match[5]!),
  };
}
