import { REDACTED } from './redacted.js';

// How the pair redactors read text: where a name or a value starts and ends, quotes, and the
// limits that keep every look back or ahead short.

// What stands before a pair's name: the text's own separators, a URL's delimiters, another '='.
export function endsName(code: number): boolean {
  return code <= 0x20 || '&;,?#/"\'<>()[]{}|\\='.includes(String.fromCharCode(code));
}

// The shortest credential name (`q-ak`) and the shortest pair a value can carry (`token=`).
export const SHORTEST_SECRET_NAME = 4;
export const SHORTEST_CARRIED_PAIR = 6;

/** Whether a character ends a word of running text, a URL included: white space, quotes, angle brackets. */
export function isTokenBreak(code: number): boolean {
  return code <= 0x20 || code === 0x22 || code === 0x27 || code === 0x3c || code === 0x3e || code === 0x60;
}

// What ends a value that is not quoted: the end of a word, or the next pair of a query.
export function endsValue(code: number): boolean {
  return isTokenBreak(code) || code === 0x26 /* & */;
}

// A name is looked for at most this far back from its '=': names are short. White space between
// a name and its '=' or ':' (`q-signature = …`, `"secretKey" : …`) is looked past for as far.
export const LONGEST_NAME = 128;
export const LONGEST_GAP = 16;

export function isQuote(code: number): boolean {
  return code === 0x22 || code === 0x27 || code === 0x60;
}

export function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09;
}

/** Where the white space that ends at `end` starts, looking back at most 16 characters. */
export function gapStart(text: string, end: number): number {
  let start = end;
  while (start > 0 && end - start < LONGEST_GAP && text.charCodeAt(start - 1) <= 0x20) start--;
  return start;
}

/** The inside of the quoted value that opens at `at` (`"…"`, or escaped: `\"…\"`), to its closing quote or the end of the text; `undefined` when no quote opens there. */
export function quotedEnd(text: string, at: number): [number, number] | undefined {
  const code = text.charCodeAt(at);
  if (isQuote(code)) {
    const close = text.indexOf(text[at]!, at + 1);
    return [at + 1, close === -1 ? text.length : close];
  }
  if (code === 0x5c /* \ */ && isQuote(text.charCodeAt(at + 1))) {
    const close = text.indexOf(`\\${text[at + 1]!}`, at + 2);
    return [at + 2, close === -1 ? text.length : close];
  }
  return undefined;
}

/** Whether the value is empty, or is the marker an earlier redaction put there: nothing is redacted twice. */
export function isRedacted(text: string, start: number, end: number): boolean {
  return start === end || (end - start === REDACTED.length && text.startsWith(REDACTED, start));
}
