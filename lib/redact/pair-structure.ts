import { isCredentialName, takesTheLine } from './credential-names.js';
import { bracketEnd, closingQuote, isAlnum, isBlank, isBreak, isIn } from '../util/characters.js';
import { decoded } from '../util/decoded.js';
import { REDACTED } from './redacted.js';

// How text is read around a separator: where a name starts, where its value starts and ends.

export type Span = [start: number, end: number];

const LONGEST_NAME = 128;
const LONGEST_GAP = 16;
// "AWS Secret Access Key": a name of up to four words parted by single spaces.
const MOST_WORDS = 4;

const isQuote = (c: number): boolean => c === 0x22 || c === 0x27 || c === 0x60;
const isNameCharacter = (c: number): boolean => isAlnum(c) || c === 0x2d || c === 0x5f || c === 0x2e;
// A value ends at a break, a separator of pairs or lists, or CJK punctuation (`（token=x）`).
const endsValue = (c: number): boolean =>
  isBreak(c) || isIn('&;,)]}', c) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff01 && c <= 0xff0f) || (c >= 0xff1a && c <= 0xff20);
/** The length of the line break at `at`: a real one, or one JSON-escaped in text (`\n`, `\r\n`); 0 when none. */
function lineBreakAt(text: string, at: number): number {
  const c = text.charCodeAt(at);
  if (c === 0x0a || c === 0x0d) return 1;
  return c === 0x5c && isIn('nr', text.charCodeAt(at + 1)) ? 2 : 0;
}
const endsLine = (text: string, at: number): boolean => lineBreakAt(text, at) > 0;

/** A credential's name before a separator: where it starts, and how it was written. */
interface FoundName {
  readonly start: number;
  readonly quoted: boolean;
  /** Written `name: value`, the value is the rest of the line: the name starts its line, or names a header line. */
  readonly takesLine: boolean;
}

/** Where `opening` last stands before `end`, at most a name's length back (so every look back is bounded); -1 when it does not. */
function openingBefore(text: string, opening: string, end: number): number {
  const from = Math.max(0, end - LONGEST_NAME - opening.length);
  const at = text.slice(from, end).lastIndexOf(opening);
  return at === -1 ? -1 : from + at;
}

function foundName(text: string, start: number, end: number, quoted: boolean): FoundName {
  let lineStart = start;
  while (lineStart > 0 && isBlank(text.charCodeAt(lineStart - 1))) lineStart--;
  const startsLine = lineStart === 0 || endsLine(text, lineStart - 1) || endsLine(text, lineStart - 2);
  return { start, quoted, takesLine: !quoted && (startsLine || takesTheLine(text.slice(start, end))) };
}

const ENTITY_QUOTES = ['&quot;', '&apos;', '&#34;', '&#39;'];

/** The quote that ends at `end` (`"`, `\"` in JSON text, `&quot;`), or `undefined`. */
function quoteEndingAt(text: string, end: number): string | undefined {
  const entity = ENTITY_QUOTES.find((quote) => text.endsWith(quote, end));
  if (entity !== undefined || !isQuote(text.charCodeAt(end - 1))) return entity;
  return text.charCodeAt(end - 2) === 0x5c ? text.slice(end - 2, end) : text[end - 1];
}

/**
 * The credential's name that ends before `separator`, if one does: a quoted name whole, the
 * last of up to three bracketed names (`user[password][0]`), else the word there, or the last
 * two to four words (`Secret Key`, `Access Key ID`). A bare name is ASCII letters, digits, `-`,
 * `_` and `.`; what stands before it (`，`, `$`, a JSON escape's `\n`) is not part of it.
 */
export function credentialNameBefore(text: string, separator: number): FoundName | undefined {
  let end = separator;
  while (end > 0 && separator - end < LONGEST_GAP && isBlank(text.charCodeAt(end - 1))) end--;
  const quote = quoteEndingAt(text, end);
  if (quote !== undefined) {
    const start = openingBefore(text, quote, end - quote.length);
    return start !== -1 && isCredentialName(decoded(text.slice(start + quote.length, end - quote.length)))
      ? foundName(text, start, end, true)
      : undefined;
  }
  // `user[password][0]`: a bracketed name; `password[0]`, `q-signature[]`: the name before its index.
  let close = end;
  for (let groups = 0; groups < 3 && text.charCodeAt(close - 1) === 0x5d; groups++) {
    const open = openingBefore(text, '[', close - 1);
    if (open === -1) return undefined;
    if (isCredentialName(text.slice(open + 1, close - 1).replace(/^["']|["']$/g, ''))) return foundName(text, open, end, false);
    close = open;
  }
  end = close;
  let start = end;
  for (let words = 0; words < MOST_WORDS && (words === 0 || text.charCodeAt(start - 1) === 0x20); words++) {
    const to = words === 0 ? end : start - 1;
    let wordStart = to;
    while (wordStart > 0 && to - wordStart < LONGEST_NAME && isNameCharacter(text.charCodeAt(wordStart - 1))) wordStart--;
    if (text.charCodeAt(wordStart - 1) === 0x5c && isIn('nrt', text.charCodeAt(wordStart))) wordStart++; // `\nSecretKey`
    if (wordStart === to) return undefined;
    start = wordStart;
    if (isCredentialName(text.slice(start, end))) return foundName(text, start, end, false);
  }
  return undefined;
}

/** The value of a credential whose separator ends at `from`; `undefined` when it is empty or redacted already. */
export function valueAt(text: string, from: number, name: FoundName, header: boolean): Span | undefined {
  let start = from;
  while (start < text.length && isBlank(text.charCodeAt(start))) start++;
  // A value on the next line: a JSON member's, or a header folded onto a continuation line.
  const lineBreak = lineBreakAt(text, start);
  if (lineBreak > 0) for (start += lineBreak + lineBreakAt(text, start + lineBreak); isBlank(text.charCodeAt(start));) start++;
  // Nothing is read twice: a value redacted already is passed over before it is scanned.
  if (text.startsWith(REDACTED, start)) return undefined;
  const c = text.charCodeAt(start);
  const quote = isQuote(c)
    ? text[start]!
    : c === 0x5c && isQuote(text.charCodeAt(start + 1))
      ? text.slice(start, start + 2)
      : ENTITY_QUOTES.find((entity) => text.startsWith(entity, start));
  let end = start;
  if (header) {
    while (end < text.length && !endsLine(text, end)) end++;
  } else if (quote !== undefined) {
    start += quote.length;
    end = closingQuote(text, quote, start);
  } else {
    // `password=(x)`, `password={a}x`: values, to the end of their word; `password = (see docs)`, closed after a blank, is prose.
    const bracketed = c === 0x5b || c === 0x7b || c === 0x28 ? bracketEnd(text, start) : -1;
    if (c === 0x28 && bracketed !== -1 && start !== from && !name.quoted) return undefined;
    if (bracketed !== -1) end = bracketed;
    // In a path (`…/password=x/file`) a value ends with its segment; in a query, at its fragment.
    const before = text.charCodeAt(name.start - 1);
    const stop = before === 0x2f ? 0x2f : before === 0x3f || before === 0x26 ? 0x23 : -1;
    while (end < text.length && !endsValue(text.charCodeAt(end)) && text.charCodeAt(end) !== stop && !endsLine(text, end)) end++;
    // `Bearer`, `null`: the scheme before a token (the token is read on its own) and JSON's no value.
    if (/^(?:bearer|basic|null)$/i.test(text.slice(start, end))) return undefined;
  }
  return end === start || (end - start === REDACTED.length && text.startsWith(REDACTED, start)) ? undefined : [start, end];
}
