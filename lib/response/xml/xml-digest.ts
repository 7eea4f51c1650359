import type { ErrorDigest } from '../digest.js';
import { readCosDocument } from './cos-document.js';
import { readXmlElements } from './xml-elements.js';
import { isWellFormedXml } from './xml-validator.cjs';

// fast-xml-parser's validator takes more than linear time on some shapes (thousands of
// attributes, long runs of markup), so only a document of a size COS could send reaches it;
// a longer one is read as a cut body is (see xmlDigest).
const CHECKED_UP_TO = 64 * 1024;

function withoutLeadingSpace(text: string): string {
  let start = 0;
  while (start < text.length && ' \t\n\r'.includes(text[start]!)) start++;
  return start === 0 ? text : text.slice(start);
}

/**
 * The digest of an XML error document (rule 5 of guides/response-rules.md), or `undefined` when
 * the text is no well-formed XML or has no `Code` element. White space before the document is
 * ignored. The document exactly as COS writes it is read in one match; any other goes to
 * fast-xml-parser's validator, then to the element reader. `cut` says the text is the start of a
 * longer body: it cannot be well-formed, so the fields whose elements closed before the cut are
 * read without the validator, as for a document too long for it.
 */
export function xmlDigest(text: string, cut = false): ErrorDigest | undefined {
  const document = withoutLeadingSpace(text);
  // No element named Code can be read from a text that never spells its start tag.
  if (!document.includes('<Code')) return undefined;
  if (cut) return readXmlElements(document, 'cut').digest;
  const cos = readCosDocument(document);
  if (cos !== undefined) return cos;
  if (document.length > CHECKED_UP_TO) return readXmlElements(document, 'cut').digest;
  return isWellFormedXml(document) ? readXmlElements(document, 'whole').digest : undefined;
}

/** The name of the root element of an XML text, read no further than its start tag. */
export function xmlRootName(text: string): string | undefined {
  return readXmlElements(withoutLeadingSpace(text), 'root').root;
}
