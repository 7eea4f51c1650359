// Where the documents the package's own reader leaves go: fast-xml-parser, through
// fast-xml-digest.ts, loaded with the package in Node (it costs nothing until first used). The
// browser build uses full-parser.browser.ts instead.
import type { ErrorDigest } from '../digest.js';
import { parsedXmlDigest } from './fast-xml-digest.js';

/** Whether the full parser is there whenever it is asked for: always, here. */
export const FULL_PARSER_AT_ONCE = true;

/** The digest fast-xml-parser reads from `text`, or `undefined` when it reads none. */
export function fullParserDigest(text: string): ErrorDigest | undefined {
  return parsedXmlDigest(text);
}

/** Resolves once the full parser can be used: at once, here. */
export function fullParserReady(): Promise<void> {
  return Promise.resolve();
}
