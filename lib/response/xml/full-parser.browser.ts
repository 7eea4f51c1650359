// The browser build's full parser: fast-xml-digest.ts and fast-xml-parser behind a dynamic
// import(), which bundlers turn into a chunk of its own, fetched only when a document needs it.
// Until it has arrived, the synchronous factories read what the package's own reader decides
// (every well-formed document) and call the rest invalid; fromResponse waits for it whenever a
// body needs it.
import type { ErrorDigest } from '../digest.js';

type Reader = (text: string) => ErrorDigest | undefined;

let reader: Reader | undefined;
let loading: Promise<void> | undefined;

/** Whether the full parser is there whenever it is asked for: not in a browser. */
export const FULL_PARSER_AT_ONCE = false;

/** Resolves once the full parser has arrived; the first call sends for it. */
export function fullParserReady(): Promise<void> {
  loading ??= import('./fast-xml-digest.js').then(
    (module) => {
      reader = module.parsedXmlDigest;
    },
    () => {
      loading = undefined; // a chunk that failed to arrive can be sent for again
    },
  );
  return loading;
}

/** The digest fast-xml-parser reads from `text`; `undefined` too while it has not arrived (it is on its way). */
export function fullParserDigest(text: string): ErrorDigest | undefined {
  if (reader === undefined) {
    void fullParserReady();
    return undefined;
  }
  return reader(text);
}
