import { isTokenBreak } from './pair-text.js';
import { redactColonPairs } from './redact-colon-pairs.js';
import { redactPairs } from './redact-pairs.js';
import { isSecretName } from './secret-names.js';
import { hasEscape, redactEncodedWords } from './redact-encoded-words.js';
import { REDACTED } from './redacted.js';
import { TextSplice } from './text-splice.js';
import { parseUrl, redactParsed, redactUrlToken } from './redact-url.js';

// Schemes WHATWG `URL` reads an authority for even without `//` (`https:user:pw@host`).
const SPECIAL_SCHEMES: ReadonlySet<string> = new Set(['http', 'https', 'ws', 'wss', 'ftp', 'file']);
const LONGEST_SCHEME = 32;
// How far past `scheme://` an `@` is looked for: user info that holds a space, a quote or a line
// break (which WHATWG `URL` encodes or drops) is still user info.
const LONGEST_AUTHORITY = 256;

function isSchemeCharacter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x2b || code === 0x2d || code === 0x2e;
}

function isLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
}

/** Where the URL whose scheme ends at this colon starts, or -1 when no URL starts there. Looks back at most 32 characters. */
function urlStartAt(text: string, colon: number): number {
  let start = colon;
  while (start > 0 && colon - start < LONGEST_SCHEME && isSchemeCharacter(text.charCodeAt(start - 1))) start--;
  while (start < colon && !isLetter(text.charCodeAt(start))) start++;
  if (start === colon) return -1;
  // Every colon is asked, so a scheme glued to a word before it (`Location:https://…`) is found
  // at its own colon.
  const scheme = text.slice(start, colon).toLowerCase();
  return SPECIAL_SCHEMES.has(scheme) || text.startsWith('//', colon + 1) ? start : -1;
}

function endsAuthority(code: number): boolean {
  return code === 0x2f /* / */ || code === 0x3f /* ? */ || code === 0x23 /* # */ || code === 0x5c /* \ */;
}

/**
 * The last `@` of the authority that starts at `at`, or -1. The authority may run past white
 * space or a quote up to an `@`: then all of it is user info.
 */
function userInfoEndAt(text: string, at: number): number {
  let userInfoEnd = -1;
  for (let look = at; look < text.length && look - at < LONGEST_AUTHORITY; look++) {
    const code = text.charCodeAt(look);
    if (endsAuthority(code)) break;
    if (code === 0x40 /* @ */) userInfoEnd = look;
  }
  return userInfoEnd;
}

/**
 * The last `@` of the authority of a URL without a scheme that starts at `at`, or -1. Unlike
 * after a scheme, user info never runs past white space or a quote here: in `//www.example.com
 * is not allowed; write to admin@example.com` the `@` is another word's.
 */
function schemelessUserInfoEndAt(text: string, at: number): number {
  let userInfoEnd = -1;
  for (let look = at; look < text.length; look++) {
    const code = text.charCodeAt(look);
    if (endsAuthority(code) || isTokenBreak(code)) break;
    if (code === 0x40 /* @ */) userInfoEnd = look;
  }
  return userInfoEnd;
}

function skipSlashes(text: string, at: number): number {
  while (at < text.length && (text[at] === '/' || text[at] === '\\')) at++;
  return at;
}

/**
 * Where a URL ends in running text: one whose scheme ends at `colon`, or, when `schemeless`,
 * one that starts right after `colon` with `//`.
 */
function urlEndAt(text: string, colon: number, schemeless = false): number {
  const at = skipSlashes(text, colon + 1);
  const userInfoEnd = schemeless ? schemelessUserInfoEndAt(text, at) : userInfoEndAt(text, at);
  let end = userInfoEnd === -1 ? at : userInfoEnd + 1;
  while (end < text.length && !isTokenBreak(text.charCodeAt(end))) end++;
  return end;
}

/** Every URL in the text, redacted; found at each colon that ends a scheme. Linear: each URL is read once, each look ahead bounded. */
function redactUrls(text: string, depth: number): string {
  const splice = new TextSplice(text);
  for (let colon = text.indexOf(':'); colon !== -1; colon = text.indexOf(':', colon + 1)) {
    if (colon < splice.copiedTo) continue;
    const start = urlStartAt(text, colon);
    if (start === -1 || start < splice.copiedTo) continue;
    const end = urlEndAt(text, colon);
    const url = text.slice(start, end);
    const redacted = redactUrlToken(url, depth, redactTextAt);
    if (redacted !== url) {
      splice.replace(start, end, redacted);
    }
    colon = Math.max(colon, end - 1);
  }
  return splice.result();
}

/** The fragment of a path (`bucket/key#token`, `/photo.jpg#token`), which no server sees but a log would. One pass over the text. */
function redactPathFragments(text: string): string {
  if (!text.includes('#')) return text;
  const splice = new TextSplice(text);
  // In the current word: its first `/`, and the first `#` after that.
  let slash = -1;
  let hash = -1;
  for (let at = 0; at <= text.length; at++) {
    const code = at < text.length ? text.charCodeAt(at) : 0x20;
    if (!isTokenBreak(code)) {
      if (code === 0x2f /* / */ && slash === -1) slash = at;
      else if (code === 0x23 /* # */ && slash !== -1 && hash === -1) hash = at;
      continue;
    }
    if (hash !== -1 && hash < at - 1 && text.slice(hash + 1, at) !== REDACTED) {
      splice.replace(hash + 1, at, REDACTED);
    }
    slash = -1;
    hash = -1;
  }
  return splice.result();
}

// A special scheme's colon, where a URL without `//` can start (`https:user:pw@host`).
const SPECIAL_SCHEME_COLON = /(?:https?|wss?|ftp|file):/i;

/** Whether text can hold a credential at all: most text (a date, an id) cannot. */
function mayHoldCredential(text: string): boolean {
  if (text.includes('=') || hasEscape(text)) return true;
  // A URL without a scheme holds one only in its user info or its fragment.
  if (text.includes('//') && (text.includes('@') || text.includes('#'))) return true;
  return text.includes(':') && (text.includes('//') || SPECIAL_SCHEME_COLON.test(text) || isSecretName(text));
}

// What a URL needs to hold a credential: user info, a query, a fragment, a pair, an escape, or a
// scheme of a URL inside it.
const CAN_HOLD_CREDENTIAL = /[@?#=%:]/;

// What a host name starts with: a letter, a digit, `%` (an escape) or anything past ASCII (a
// name in its own script); after that, `-`, `.` and `_` too. `+` and `~` are not in host names,
// though WHATWG `URL` takes them: `//+#` is no URL.
function startsHostName(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || isLetter(code) || code === 0x25 || code > 0x7f;
}

function isHostCharacter(code: number): boolean {
  return startsHostName(code) || code === 0x2d || code === 0x2e || code === 0x5f;
}

/**
 * Whether what follows a `//` (and any more slashes) at `at` is an authority as a URL writes
 * it: user info, a name or address followed by a colon (a port, or a user and a password), or
 * a host (a name, an address, an IPv6 literal in brackets) that ends where an authority ends.
 * Without a scheme, only this tells `//host/key#part` from text such as a base64 id or
 * `//=&#x;`, which WHATWG `URL` would also take as a host.
 */
function startsAuthority(text: string, slashes: number): boolean {
  const at = skipSlashes(text, slashes);
  if (schemelessUserInfoEndAt(text, at) !== -1) return true;
  let end = at;
  if (text.charCodeAt(end) === 0x5b /* [ */) {
    // An IPv6 literal is short: the look for its `]` stops after 64 characters.
    const close = text.slice(end, end + 64).indexOf(']');
    if (close === -1) return false;
    end += close + 1;
  } else {
    if (!startsHostName(text.charCodeAt(end))) return false;
    while (end < text.length && end - at < LONGEST_AUTHORITY && isHostCharacter(text.charCodeAt(end))) end++;
  }
  if (text.charCodeAt(end) === 0x3a /* : */) return true;
  return end === text.length || endsAuthority(text.charCodeAt(end)) || isTokenBreak(text.charCodeAt(end));
}

/**
 * Every scheme-relative URL in the text (`//user:pw@host/key`, as a page or a redirect writes
 * it), redacted as the `https:` URL it stands for. A `//` right after a scheme is the colon
 * pass's, one after a colon that ends no scheme (`代理地址://user:pw@host`, `to ://user:pw@host`)
 * starts one, and one inside a word (`bucket//key`) or a run of slashes starts none.
 */
function redactSchemeRelativeUrls(text: string, depth: number): string {
  const splice = new TextSplice(text);
  for (let at = text.indexOf('//'); at !== -1; at = text.indexOf('//', at + 2)) {
    if (at < splice.copiedTo) continue;
    const before = at === 0 ? 0x20 : text.charCodeAt(at - 1);
    if (isSchemeCharacter(before) || before === 0x2f /* / */ || before === 0x5c /* \ */) continue;
    if (before === 0x3a /* : */ && urlStartAt(text, at - 1) !== -1) continue;
    if (!startsAuthority(text, at + 2)) continue;
    const end = urlEndAt(text, at - 1, true);
    const url = text.slice(at, end);
    // Without user info, a query, a fragment or a URL inside, there is nothing to redact: no
    // need to parse (a page of bare `//` would otherwise cost a failed parse each).
    if (!CAN_HOLD_CREDENTIAL.test(url)) {
      at = Math.max(at, end - 2);
      continue;
    }
    const redacted = redactUrlToken(`https:${url}`, depth, redactTextAt).slice('https:'.length);
    if (redacted !== url) {
      splice.replace(at, end, redacted);
    }
    // Whatever `//` the URL holds is part of it, not the start of another.
    at = Math.max(at, end - 2);
  }
  return splice.result();
}

function redactTextAt(text: string, depth: number): string {
  if (!mayHoldCredential(text)) return text;
  const urls = redactUrls(text, depth);
  const schemeRelative = urls.includes('//') ? redactSchemeRelativeUrls(urls, depth) : urls;
  return redactEncodedWords(redactPairs(redactColonPairs(schemeRelative)));
}

/**
 * Free text (a message, a body field, a header value, a cause's message) with every credential
 * in it redacted: each URL as {@link redactUrl} does it (found wherever a scheme ends, even glued
 * to a word before it, with user info that runs past a space or a line break), every credential
 * `name=value` pair (an authorization string `q-sign-algorithm=…&q-signature=…`, an S3
 * `Signature=…`, `token="…"`). Linear in the text, whatever it holds.
 */
export function redactText(text: string): string {
  return redactTextAt(text, 0);
}

/**
 * A URL as a caller gives it (the request URL, a `Location` header), with every credential
 * redacted: the user info (name and password, since a token is often sent as the name),
 * credential query parameters (`q-signature`, `x-cos-security-token`, `X-Amz-Signature`,
 * `X-Amz-Credential`, `X-Amz-Security-Token`, any name holding `signature`, `token`,
 * `credential`, `password` or `secret`, any value holding a signed query or a URL with
 * credentials of its own) and any fragment. What WHATWG `URL` accepts is read as it reads it
 * (leading spaces, `https:/user:pw@host`, `https:user:pw@host`, an `@` in the password); anything
 * else (a path, `bucket.cos.ap-beijing.myqcloud.com/key?sign=…`) is redacted as free text, and
 * the fragment of a path too.
 */
export function redactUrl(text: string): string {
  const url = parseUrl(text);
  // `password: hunter2` parses as a URL of scheme `password:`: only one with an authority is read
  // as a URL, anything else as text.
  const hierarchical = url !== undefined && url.href.startsWith(`${url.protocol}//`);
  return hierarchical ? redactParsed(text, url, 0, redactTextAt) : redactPathFragments(redactText(text));
}
