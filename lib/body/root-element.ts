// What may stand before the root element: white space, the XML declaration, processing
// instructions, comments and a DOCTYPE (whose internal subset, in brackets, may hold '>').
const PROLOG_ITEM = /\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^[>]*(?:\[[\s\S]*?\])?\s*>/y;
const NAME = /<([A-Za-z_][\w.:-]*)[\s/>]/y;

/**
 * The name of an XML text's root element, or `undefined` when the text does not start (after its
 * prolog) with an element. It looks no further than the root's start tag.
 */
export function rootElementName(text: string): string | undefined {
  let at = 0;
  for (;;) {
    PROLOG_ITEM.lastIndex = at;
    if (!PROLOG_ITEM.test(text)) break;
    at = PROLOG_ITEM.lastIndex;
  }
  NAME.lastIndex = at;
  return NAME.exec(text)?.[1];
}
