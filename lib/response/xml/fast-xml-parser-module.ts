import type { X2jOptions, XMLParser } from 'fast-xml-parser';

/** The part of fast-xml-parser the package uses, whichever way it was loaded. */
export interface FastXmlParserModule {
  readonly XMLParser: new (options?: X2jOptions) => XMLParser;
  readonly XMLValidator: { validate(xml: string): unknown };
}
