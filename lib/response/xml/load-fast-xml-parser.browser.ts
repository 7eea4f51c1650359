// The browser build's loader: a plain import, since this module is reached only from the chunk
// that full-parser.browser.ts sends for.
import * as fastXmlParser from 'fast-xml-parser';
import type { FastXmlParserModule } from './fast-xml-parser-module.js';

/** fast-xml-parser, which came with this chunk. */
export function fastXmlParserNow(): FastXmlParserModule | undefined {
  return fastXmlParser;
}
