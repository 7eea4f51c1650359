import type { ErrorDigest } from '../digest.js';
import { readCosDocument } from './cos-document.js';
import { fullParserDigest } from './full-parser.js';
import { NO_CODE, readErrorDocument, REFUSED, UNSURE, withoutLeadingSpace } from './read-error-document.js';

/**
 * The digest of an XML error document (rule 5 of guides/response-rules.md), or `undefined` when the text
 * is not well-formed XML or has no `Code` element. White space before the document (before an XML
 * declaration too) is ignored. The package's own reader decides what it can; fast-xml-parser,
 * loaded on first need, decides the rest. `cut` says the text is the start of a longer body: the
 * fields read before the cut are kept, and fast-xml-parser (which would refuse the cut text) is
 * not asked.
 */
export function xmlDigest(text: string, cut = false): ErrorDigest | undefined {
  const verdict = ownVerdict(text, cut);
  return verdict === UNSURE ? fullParserDigest(withoutLeadingSpace(text)) : verdict;
}

/** Whether reading `text` needs fast-xml-parser (a document the package's own reader leaves to it). */
export function needsFullParser(text: string): boolean {
  return ownVerdict(text, false) === UNSURE;
}

/** What the package's own readers make of a text: a digest, `undefined` (no error document), or UNSURE. */
function ownVerdict(text: string, cut: boolean): ErrorDigest | undefined | typeof UNSURE {
  const document = withoutLeadingSpace(text);
  // No element named Code can be read from a text that never spells its start tag.
  if (!document.includes('<Code')) return undefined;
  const cos = cut ? undefined : readCosDocument(document);
  if (cos !== undefined) return cos;
  const verdict = readErrorDocument(document, cut);
  if (verdict === NO_CODE || verdict === REFUSED) return undefined;
  return verdict === UNSURE && cut ? undefined : verdict;
}
