import { clip } from '../util/clip.js';
import { decoded, ESCAPE_START } from '../util/decoded.js';
import { isCredentialName } from './credential-names.js';
import { isAlnum, isBlank, isBreak, isIn, wordEnd } from '../util/characters.js';
import { credentialNameBefore, valueAt, type Span } from './pair-structure.js';
import { REDACTED } from './redacted.js';

// The one tokenizer for text: pairs named in the table (pair-structure.ts), `<Name>value<`, the
// token after `Bearer` or `Basic`, a URL's user info, and what shows one of these only decoded.
// One pass from left to right; a value found is skipped, so the time is linear in the text.

// How deep a decoded word is read again: a signed string escaped twice is decoded twice at once.
const DEEPEST = 1;
const LONGEST_TAG = 128;

/** A bearer token (RFC 6750's token68: its `=` only as padding), not a word (`Basic Settings`) or an auth-param (`realm="…"`). */
function tokenEnd(text: string, start: number): number {
  let end = start;
  while (end < text.length && (isAlnum(text.charCodeAt(end)) || isIn('-._~+/', text.charCodeAt(end)))) end++;
  const token = text.slice(start, end);
  while (text.charCodeAt(end) === 0x3d) end++;
  const param = end > start + token.length && (isAlnum(text.charCodeAt(end)) || text.charCodeAt(end) === 0x22);
  // A word of prose is no token (`Basic Settings`, `Bearer guide.pdf`): a short one needs a digit or an inner capital.
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
  // `<Name>value</Name>`, `<ns:Name a="1">`, `<Name><![CDATA[value]]>`: the tag is the one the
  // scan last saw open, however long its attributes.
  let lastOpen = -1;
  const element = (close: number): number => {
    if (lastOpen === -1) return -1;
    const tag = /^<([\w.:-]+)/.exec(text.slice(lastOpen, Math.min(close, lastOpen + LONGEST_TAG)))?.[1] ?? '';
    lastOpen = -1;
    if (!isCredentialName(tag.slice(tag.indexOf(':') + 1))) return -1;
    const cdata = text.startsWith('<![CDATA[', close + 1);
    const start = close + 1 + (cdata ? 9 : 0);
    if (text.startsWith(REDACTED, start)) return -1;
    const end = text.indexOf(cdata ? ']]>' : '<', start);
    const span: Span = [start, end === -1 ? text.length : end];
    return span[0] === span[1] || text.startsWith(REDACTED, start) ? -1 : found(span);
  };
  // An escaped unit: a word, or the value of a pair or a segment of a path in it (`redirect=https%3A%2F%2Fu%3Apw%40h`).
  const encodedUnit = (at: number): number => {
    ESCAPE_START.lastIndex = at;
    if (depth >= DEEPEST || at < checkedUnitEnd || !ESCAPE_START.test(text)) return -1;
    checkedUnitEnd = wordEnd(text, at, unitInPair);
    const raw = text.slice(unit, checkedUnitEnd);
    // Redacted whole only when decoding shows more than the unit shows as written: its escapes
    // hide where a value starts.
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

/** Redacted text cut to 300 characters, never through a `[REDACTED]` (`password=[RED…` would no longer read as redacted). */
export function clipRedacted(text: string): string {
  return clip(text, REDACTED);
}

/**
 * Outside text as a message or a log line quotes it: redacted, then cut to 300 characters
 * (redacted first, since a cut could leave the start of a value no rule recognises).
 */
export function redactedClip(text: string): string {
  return clipRedacted(redactText(text));
}
