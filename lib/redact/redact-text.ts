import { clip } from '../util/clip.js';
import { bracketEnd, closingQuote, isAlnum, isBlank, isBreak, isIn, wordEnd } from '../util/characters.js';
import { decoded, ESCAPE_START } from '../util/decoded.js';
import { plainCopy } from '../util/plain-copy.js';
import { isCredentialName, LONGEST_NAME, mayEndName, takesTheLine } from './credential-names.js';
import { REDACTED } from './redacted.js';

// The one tokenizer for text: `name=value` and `name: value` pairs, `<Name>value<`, `Bearer` tokens, a URL's
// user info, and what shows one only decoded. One pass; a value found is skipped, so time is linear.

type Span = [start: number, end: number];
const DEEPEST = 1; // how deep a decoded word is read again: a signed string escaped twice is decoded twice at once
const LONGEST_GAP = 16;
const MOST_WORDS = 4; // "AWS Secret Access Key": a name of up to four words parted by single spaces

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

/** A credential's name before a separator. `takesLine`: as `name: value`, the value is the rest of the line. */
interface FoundName {
  readonly start: number;
  readonly quoted: boolean;
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
  const entity = text.charCodeAt(end - 1) === 0x3b /* ; */ ? ENTITY_QUOTES.find((quote) => text.endsWith(quote, end)) : undefined;
  if (entity !== undefined || !isQuote(text.charCodeAt(end - 1))) return entity;
  return text.charCodeAt(end - 2) === 0x5c ? text.slice(end - 2, end) : text[end - 1];
}

/** The credential's name before `separator`: a quoted name, the last of three bracketed ones, else the last one to four words. */
function credentialNameBefore(text: string, separator: number): FoundName | undefined {
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
  if (!mayEndName(text.slice(end - 2, end))) return undefined; // every name tried below ends at `end`
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
function valueAt(text: string, from: number, name: FoundName, header: boolean): Span | undefined {
  let start = from;
  while (start < text.length && isBlank(text.charCodeAt(start))) start++;
  // A value on the next line: a JSON member's, or a folded header's.
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

/** A bearer token's end (token68: `=` only as padding); -1 for an auth-param or prose: a short one needs a digit or an inner capital. */
function tokenEnd(text: string, start: number): number {
  let end = start;
  while (end < text.length && (isAlnum(text.charCodeAt(end)) || isIn('-._~+/', text.charCodeAt(end)))) end++;
  const token = text.slice(start, end);
  while (text.charCodeAt(end) === 0x3d) end++;
  const param = end > start + token.length && (isAlnum(text.charCodeAt(end)) || text.charCodeAt(end) === 0x22);
  return (token.length >= 16 || (token.length >= 8 && /[0-9]|.[A-Z]/.test(token))) && !param ? end : -1;
}

/** Whether the authority before a `:` is a host with a port (`127.0.0.1:9000`, `localhost:8080`), not a user name. */
function isHostAndPort(authority: string): boolean {
  const colon = authority.indexOf(':');
  return (
    /^\d+$/.test(authority.slice(colon + 1)) &&
    (authority.startsWith('[') || authority.slice(0, colon).includes('.') || authority.startsWith('localhost:'))
  );
}

/** The spans of `text` that hold a credential, in the order found. */
function credentialSpans(text: string, depth: number): Span[] {
  const spans: Span[] = [];
  let unit = 0;
  let unitInPair = false;
  let knownWordEnd = -1;
  let nextAt = -2;
  let checkedUnitEnd = -1;
  const found = (span: Span | undefined): number => (span === undefined ? -1 : spans.push(span) && span[1] - 1);
  const pair = (separator: number, valueFrom: number): number => {
    const name = credentialNameBefore(text, separator);
    return name === undefined ? -1 : found(valueAt(text, valueFrom, name, text.charCodeAt(separator) === 0x3a && name.takesLine));
  };
  const userInfo = (start: number): number => {
    while (text.charCodeAt(start) === 0x2f) start++;
    let authorityEnd = start;
    while (authorityEnd < text.length && !isBreak(text.charCodeAt(authorityEnd)) && !isIn('/?#\\', text.charCodeAt(authorityEnd)))
      authorityEnd++;
    const authority = text.slice(start, authorityEnd);
    let end = authority.lastIndexOf('@');
    if (end !== -1) end += start;
    else if (authority.includes(':') && !isHostAndPort(authority)) {
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
    if (isAlnum(text.charCodeAt(at - 1)) || !/^(?:bearer|basic)[ \u00a0]/.test(scheme)) return -1;
    let start = at + (scheme.startsWith('basic') ? 5 : 6);
    while (isBlank(text.charCodeAt(start))) start++;
    const end = tokenEnd(text, start);
    return end === -1 ? -1 : found([start, end]);
  };
  // `<Name>value</Name>`, `<ns:Name a="1">`, `<Name><![CDATA[value]]>`: the tag the scan last saw open.
  let lastOpen = -1;
  const element = (close: number): number => {
    if (lastOpen === -1) return -1;
    const tag = /^<([\w.:-]+)/.exec(text.slice(lastOpen, Math.min(close, lastOpen + LONGEST_NAME)))?.[1] ?? '';
    lastOpen = -1;
    if (!isCredentialName(tag.slice(tag.indexOf(':') + 1))) return -1;
    const cdata = text.startsWith('<![CDATA[', close + 1);
    const start = close + 1 + (cdata ? 9 : 0);
    if (text.startsWith(REDACTED, start)) return -1;
    const end = text.indexOf(cdata ? ']]>' : '<', start);
    const span: Span = [start, end === -1 ? text.length : end];
    return span[0] === span[1] ? -1 : found(span);
  };
  // An escaped unit: a word, or the value of a pair or a segment of a path in it (`redirect=https%3A%2F%2Fu%3Apw%40h`).
  const encodedUnit = (at: number): number => {
    ESCAPE_START.lastIndex = at;
    if (depth >= DEEPEST || at < checkedUnitEnd || !ESCAPE_START.test(text)) return -1;
    checkedUnitEnd = wordEnd(text, at, unitInPair);
    const raw = text.slice(unit, checkedUnitEnd);
    // Redacted whole only when decoding shows more than the unit as written: escapes hide a value.
    const hidden = credentialSpans(decoded(raw), DEEPEST).length > credentialSpans(raw, DEEPEST).length;
    return hidden ? found([unit, checkedUnitEnd]) : -1;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let skipTo = -1;
    if (c === 0x3c /* < */) lastOpen = i;
    else if (c === 0x3e /* > */) skipTo = element(i);
    if (isBreak(c)) [unit, unitInPair] = [i + 1, false];
    else if (c === 0x3d /* = */) skipTo = pair(i, text.charCodeAt(i + 1) === 0x3e ? i + 2 : i + 1);
    else if (c === 0x3a /* : */) skipTo = text.startsWith('//', i + 1) || text.startsWith('\\/\\/', i + 1) ? -1 : pair(i, i + 1);
    else if (c === 0x2f /* / */ && text.charCodeAt(i + 1) === 0x2f) {
      const before = i === 0 ? 0x20 : text.charCodeAt(i - 1);
      skipTo = before === 0x3a || isBreak(before) || isIn('=([{,', before) ? userInfo(i + 2) : -1;
      if (skipTo === -1) skipTo = i + 1;
    } else if (c === 0x5c /* \ */ && text.startsWith('\\/\\/', i) && text.charCodeAt(i - 1) === 0x3a)
      skipTo = userInfo(i + 4); // `https:\/\/` in JSON
    else if ((c | 0x20) === 0x62 /* b */) skipTo = bearer(i);
    else if (c === 0x25 /* % */ || c === 0x5c /* \ */) skipTo = encodedUnit(i);
    if (c === 0x3d || c === 0x3f || c === 0x26 || c === 0x2f) [unit, unitInPair] = [i + 1, c !== 0x2f];
    if (skipTo > i) i = skipTo;
  }
  return spans;
}

// Every structure above needs one of these: one native look lets most text through at once.
const MAY_HOLD_CREDENTIAL = /[=:>%\\]|\/\/|\b(?:basic|bearer)[ \u00a0]/i;

/** `text` with every credential value it shows by structure replaced with {@link REDACTED}; redacting twice is redacting once. */
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

/** Redacted text cut to 300 characters, never through a `[REDACTED]` (`password=[RED…` would no longer read as redacted). */
export function clipRedacted(text: string): string {
  return clip(text, REDACTED);
}

/** Outside text as a message quotes it: redacted, then cut (a cut first could leave half a value no rule knows). */
export function redactedClip(text: string): string {
  return clipRedacted(redactText(text));
}

/** The value a field, a header or an SDK's property keeps under `name`: all of it when the table names a credential. */
function redactedValue(name: string, value: unknown): unknown {
  if (isCredentialName(name) && value !== undefined && value !== null && value !== '') return REDACTED;
  return typeof value === 'string' ? redactText(value) : value;
}

/** A plain copy of outside data (a parsed JSON body, a digest object, an SDK's fields), every value redacted by {@link redactedValue}. */
export function redactedPlainCopy(value: unknown): unknown {
  return plainCopy(value, redactedValue);
}
