// A signed query or a URL written escaped (`q-signature%3D…`, `\u003d`) shows its pairs only decoded.
const JSON_ESCAPE = /\\u([0-9a-fA-F]{4})/g;
const PERCENT_RUN = /(?:%[0-9A-Fa-f]{2})+/g;

/** Where an escape starts (sticky: set `lastIndex`, then `test`). */
export const ESCAPE_START = /%[0-9A-Fa-f]{2}|\\u[0-9a-fA-F]{4}/y;

const fromHex = (_escape: string, hex: string): string => String.fromCharCode(Number.parseInt(hex, 16));

/** Percent escapes decoded, leniently: a run that is no UTF-8 is decoded byte by byte. */
function percentDecoded(text: string): string {
  return text.replace(PERCENT_RUN, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run.replace(/%(..)/g, fromHex);
    }
  });
}

/** A word with its JSON escapes and its percent escapes (twice, for a value encoded again) decoded. */
export function decoded(word: string): string {
  return percentDecoded(percentDecoded(word.replace(JSON_ESCAPE, fromHex)));
}
