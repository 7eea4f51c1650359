// The Node loader of fast-xml-parser: a CommonJS module in both Node builds, so that `require`
// is at hand in the ES module build too. The package costs nothing until the first call, and
// then loads at once, so the factories stay synchronous.
import type { FastXmlParserModule } from './fast-xml-parser-module.js';

let loaded: FastXmlParserModule | undefined;

/** fast-xml-parser, loaded on the spot when it is not yet. */
export function fastXmlParserNow(): FastXmlParserModule | undefined {
  loaded ??= require('fast-xml-parser') as FastXmlParserModule;
  return loaded;
}
