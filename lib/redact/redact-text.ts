import { isCredentialName, takesTheLine } from './credential-names.js';
import { clip } from '../text/clip.js';
import { decoded, ESCAPE_START } from './decoded.js';
import { REDACTED } from './redacted.js';

/*
 * The one tokenizer for text. It reads only structure: a pair whose name is in the table of
 * credential names (`name=value`, `name: value`, `"name": "value"`, `name => value`,
 * `[name] => value`, `x[name]=value`, `<name>value<`), a header line whose name is in the table,
 * the token after `Bearer` or `Basic`, the user info of a URL, and a word that shows one of these
 * only once percent-decoded or JSON-unescaped. Everything else comes back exactly as written.
 * One pass from left to right; every look back is bounded, and a value found is skipped, so the
 * time is linear in the text.
 */

type Span = [start: number, end: number];

const LONGEST_NAME = 64;
const LONGEST_GAP = 16;
// "AWS Secret Access Key": a name of up to four words parted by single spaces.
const MOST_WORDS = 4;
// How deep a decoded word is read again: a signed string escaped twice is decoded twice at once.
const DEEPEST = 1;

// White space, quotes and angle brackets end a word of text, a URL included.
const isBreak = (c: number): boolean => c <= 0x20 || c === 0x22 || c === 0x27 || c === 0x60 || c === 0x3c || c === 0x3e;
const isBlank = (c: number): boolean => c === 0x20 || c === 0x09;
const isLineEnd = (c: number): boolean => c === 0x0a || c === 0x0d;
const isQuote = (c: number): boolean => c === 0x22 || c === 0x27 || c === 0x60;
const isAlnum = (c: number): boolean => (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
const isIn = (set: string, c: number): boolean => set.includes(String.fromCharCode(c));
// What stands before a bare name; what ends a value that is not quoted; a bearer token (RFC 6750).
const endsName = (c: number): boolean => isBreak(c) || isIn('&;,?#/()[]{}|\\=:', c);
const endsValue = (c: number): boolean => isBreak(c) || isIn('&;,)]}', c);
const isTokenCharacter = (c: number): boolean => isAlnum(c) || isIn('-._~+/=', c);

interface FoundName {
  readonly start: number;
  readonly quoted: boolean;
  readonly takesLine: boolean;
}

/** Where `opening` last stands before `end`, at most a name's length back; -1 when it does not. */
function openingBefore(text: string, opening: string, end: number): number {
  const from = Math.max(0, end - LONGEST_NAME - opening.length);
  const at = text.slice(from, end).lastIndexOf(opening);
  return at === -1 ? -1 : from + at;
}

/** The name found: written `name: value`, its value is the rest of the line where it starts a line or names a header line. */
function foundName(text: string, start: number, end: number, quoted: boolean): FoundName {
  let lineStart = start;
  while (lineStart > 0 && isBlank(text.charCodeAt(lineStart - 1))) lineStart--;
  const startsLine = lineStart === 0 || isLineEnd(text.charCodeAt(lineStart - 1));
  return { start, quoted, takesLine: !quoted && (startsLine || takesTheLine(text.slice(start, end))) };
}

/**
 * The credential's name that ends before `separator`, if one does: a quoted or bracketed name
 * whole, else the word there, or the last two to four words (`Secret Key`, `Access Key ID`).
 */
function credentialNameBefore(text: string, separator: number): FoundName | undefined {
  let end = separator;
  while (end > 0 && separator - end < LONGEST_GAP && isBlank(text.charCodeAt(end - 1))) end--;
  const last = text.charCodeAt(end - 1);
  if (isQuote(last) || last === 0x5d /* ] */) {
    const escaped = text.charCodeAt(end - 2) === 0x5c; // `\"name\"` in JSON text
    const opening = last === 0x5d ? '[' : escaped ? `\\${text[end - 1]!}` : text[end - 1]!;
    const start = openingBefore(text, opening, end - opening.length);
    if (start === -1) return undefined;
    const name = text.slice(start, end).replace(/^[[\\"'`]+|[\]\\"'`]+$/g, '');
    return isCredentialName(name) ? foundName(text, start, end, isQuote(last)) : undefined;
  }
  let start = end;
  for (let words = 0; words < MOST_WORDS && (words === 0 || text.charCodeAt(start - 1) === 0x20); words++) {
    const to = words === 0 ? end : start - 1;
    let wordStart = to;
    while (wordStart > 0 && to - wordStart < LONGEST_NAME && !endsName(text.charCodeAt(wordStart - 1))) wordStart--;
    if (wordStart === to) return undefined;
    start = wordStart;
    if (isCredentialName(text.slice(start, end))) return foundName(text, start, end, false);
  }
  return undefined;
}

/** Where a bracketed value (`[…]`, `{…}`) opening at `at` closes; the end of the text when it never does. */
function bracketEnd(text: string, at: number): number {
  const open = text.charCodeAt(at);
  const close = open === 0x5b ? 0x5d : 0x7d;
  for (let i = at, depth = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === open) depth++;
    else if (c === close && --depth === 0) return i + 1;
  }
  return text.length;
}

const ENTITY_QUOTES = ['&quot;', '&apos;', '&#34;', '&#39;'];
const AUTH_SCHEME = /^(?:bearer|basic|digest|negotiate|aws|aws4-hmac-sha256)$/i;

/** The value of a credential whose separator ends at `from`. */
function valueAt(text: string, from: number, name: FoundName, header: boolean): Span | undefined {
  let start = from;
  while (start < text.length && (isBlank(text.charCodeAt(start)) || (name.quoted && isLineEnd(text.charCodeAt(start))))) start++;
  if (text.startsWith(REDACTED, start)) return undefined;
  const c = text.charCodeAt(start);
  const escapedQuote = c === 0x5c && isQuote(text.charCodeAt(start + 1));
  const entity = ENTITY_QUOTES.find((quote) => text.startsWith(quote, start));
  const quote = isQuote(c) ? text[start]! : escapedQuote ? text.slice(start, start + 2) : entity;
  let end: number;
  if (header) {
    end = start;
    while (end < text.length && !isLineEnd(text.charCodeAt(end))) end++;
  } else if (quote !== undefined) {
    start += quote.length;
    end = text.indexOf(quote, start);
    if (end === -1) end = text.length;
  } else if (name.quoted && (c === 0x5b || c === 0x7b)) {
    end = bracketEnd(text, start);
  } else {
    // In a path (`…/password=x/file`) a value ends with its segment; in a query, at its fragment.
    const before = text.charCodeAt(name.start - 1);
    const stop = before === 0x2f ? 0x2f : before === 0x3f || before === 0x26 ? 0x23 : -1;
    end = start;
    while (end < text.length && !endsValue(text.charCodeAt(end)) && text.charCodeAt(end) !== stop) end++;
    // A scheme alone (`Authorization: Bearer …` inside a sentence) runs on over the credential after it.
    if (AUTH_SCHEME.test(text.slice(start, end)) && isBlank(text.charCodeAt(end))) end = wordEnd(text, end + 1);
  }
  return end === start || text.startsWith(REDACTED, start) ? undefined : [start, end];
}

/** The end of the word of text around `at`; with `inQuery`, of the query value around it. */
function wordEnd(text: string, at: number, inQuery = false): number {
  let end = at;
  while (end < text.length && !isBreak(text.charCodeAt(end)) && !(inQuery && text.charCodeAt(end) === 0x26)) end++;
  return end;
}

/** Whether a bearer token this long and of these characters is a credential, not a word (`Basic Settings`). */
function looksLikeToken(token: string): boolean {
  return token.length >= 6 && !/^[A-Z]?[a-z]*$/.test(token);
}

/** The spans of `text` that hold a credential, in the order found. */
function credentialSpans(text: string, depth: number): Span[] {
  const spans: Span[] = [];
  let word = 0;
  let unit = 0;
  let knownWordEnd = -1;
  let nextAt = -2;
  const found = (span: Span | undefined): number => {
    if (span === undefined) return -1;
    spans.push(span);
    return span[1] - 1;
  };
  const pair = (separator: number, valueFrom: number): number => {
    const name = credentialNameBefore(text, separator);
    if (name === undefined) return -1;
    const header = text.charCodeAt(separator) === 0x3a && name.takesLine;
    return found(valueAt(text, valueFrom, name, header));
  };
  const userInfo = (slashes: number): number => {
    let start = slashes + 2;
    while (text.charCodeAt(start) === 0x2f) start++;
    let authorityEnd = start;
    while (authorityEnd < text.length && !isBreak(text.charCodeAt(authorityEnd)) && !isIn('/?#\\', text.charCodeAt(authorityEnd))) authorityEnd++;
    let end = text.slice(start, authorityEnd).lastIndexOf('@');
    if (end !== -1) end += start;
    else if (text.slice(start, authorityEnd).includes(':')) {
      // A password holding `/`, `?` or `#` ends the authority early: its `@` comes later in the word.
      if (knownWordEnd < authorityEnd) knownWordEnd = wordEnd(text, authorityEnd);
      if (nextAt !== -1 && nextAt < authorityEnd) nextAt = text.indexOf('@', authorityEnd);
      if (nextAt === -1 || nextAt >= knownWordEnd) return -1;
      end = nextAt;
    }
    return end <= start || text.slice(start, end) === REDACTED ? -1 : found([start, end]);
  };
  const bearer = (at: number): number => {
    const scheme = text.slice(at, at + 7).toLowerCase();
    if (isAlnum(text.charCodeAt(at - 1)) || !/^(?:bearer|basic) /.test(scheme)) return -1;
    let start = at + scheme.indexOf(' ');
    while (isBlank(text.charCodeAt(start))) start++;
    let end = start;
    while (end < text.length && isTokenCharacter(text.charCodeAt(end))) end++;
    return looksLikeToken(text.slice(start, end)) ? found([start, end]) : -1;
  };
  const element = (close: number): number => {
    let open = close;
    while (open > 0 && close - open < LONGEST_NAME && (isAlnum(text.charCodeAt(open - 1)) || isIn('-_:.', text.charCodeAt(open - 1)))) open--;
    if (text.charCodeAt(open - 1) !== 0x3c || !isCredentialName(text.slice(open, close))) return -1;
    const end = text.indexOf('<', close + 1);
    const span: Span = [close + 1, end === -1 ? text.length : end];
    return span[0] === span[1] || text.slice(span[0], span[1]) === REDACTED ? -1 : found(span);
  };
  let checkedUnitEnd = -1;
  // An escaped unit is a word, or the value of a pair in it (`redirect=https%3A%2F%2Fu%3Apw%40h`).
  const encodedUnit = (at: number): number => {
    ESCAPE_START.lastIndex = at;
    if (depth >= DEEPEST || at < checkedUnitEnd || !ESCAPE_START.test(text)) return -1;
    checkedUnitEnd = wordEnd(text, at, unit > word);
    const raw = text.slice(unit, checkedUnitEnd);
    // Redacted whole only when decoding shows more than the unit shows as written: its escapes
    // hide where a value starts.
    const hidden = credentialSpans(decoded(raw), DEEPEST).length > credentialSpans(raw, DEEPEST).length;
    return hidden ? found([unit, checkedUnitEnd]) : -1;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let skipTo = -1;
    if (c === 0x3e /* > */) skipTo = element(i);
    if (isBreak(c)) word = unit = i + 1;
    else if (c === 0x3d /* = */) skipTo = pair(i, text.charCodeAt(i + 1) === 0x3e ? i + 2 : i + 1);
    else if (c === 0x3a /* : */) skipTo = text.startsWith('//', i + 1) ? -1 : pair(i, i + 1);
    else if (c === 0x2f /* / */ && text.charCodeAt(i + 1) === 0x2f) {
      const before = i === 0 ? 0x20 : text.charCodeAt(i - 1);
      skipTo = before === 0x3a || isBreak(before) || isIn('=([{,', before) ? userInfo(i) : -1;
      if (skipTo === -1) skipTo = i + 1;
    } else if ((c | 0x20) === 0x62 /* b */) skipTo = bearer(i);
    else if (c === 0x25 /* % */ || c === 0x5c /* \ */) skipTo = encodedUnit(i);
    if (c === 0x3d || c === 0x3f || c === 0x26) unit = i + 1;
    if (skipTo > i) i = skipTo;
  }
  return spans;
}

// Every structure above needs one of these: one native look lets most text through at once.
const MAY_HOLD_CREDENTIAL = /[=:>%\\]|\/\/|\bbasic |\bbearer /i;

/**
 * `text` with the value of every credential it shows by structure replaced with
 * {@link REDACTED}, and every other character as written. Text already redacted comes back
 * unchanged, so redacting twice is redacting once.
 */
export function redactText(text: string): string {
  if (!MAY_HOLD_CREDENTIAL.test(text)) return text;
  const spans = credentialSpans(text, 0);
  if (spans.length === 0) return text;
  spans.sort((a, b) => a[0] - b[0]);
  let out = '';
  let copied = 0;
  for (const [start, end] of spans) {
    if (end <= copied) continue;
    out += start >= copied ? `${text.slice(copied, start)}${REDACTED}` : '';
    copied = end;
  }
  return out + text.slice(copied);
}

/**
 * Outside text as a message or a log line quotes it: redacted, then cut to 300 characters
 * (redacted first, since a cut could leave the start of a value no rule recognises).
 */
export function redactedClip(text: string): string {
  return clip(redactText(text));
}
