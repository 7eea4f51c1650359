import { redactPairs } from './redact-pairs.js';
import { parseUrl, redactParsed, redactUrlToken } from './redact-url.js';

// Schemes WHATWG `URL` reads an authority for even without `//` (`https:user:pw@host`).
const SPECIAL_SCHEMES: ReadonlySet<string> = new Set(['http', 'https', 'ws', 'wss', 'ftp', 'file']);
const LONGEST_SCHEME = 32;

function isTokenBreak(code: number): boolean {
  // White space, quotes and angle brackets end a URL or a pair in running text.
  return code <= 0x20 || code === 0x22 || code === 0x27 || code === 0x3c || code === 0x3e || code === 0x60;
}

function isSchemeCharacter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x2b || code === 0x2d || code === 0x2e;
}

function isLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
}

/** Where a URL starts in a token (at its scheme), or -1. Looks back at most 32 characters. */
function urlStart(token: string): number {
  const colon = token.indexOf(':');
  if (colon <= 0) return -1;
  let start = colon;
  while (start > 0 && colon - start < LONGEST_SCHEME && isSchemeCharacter(token.charCodeAt(start - 1))) start--;
  while (start < colon && !isLetter(token.charCodeAt(start))) start++;
  if (start === colon) return -1;
  const scheme = token.slice(start, colon).toLowerCase();
  return SPECIAL_SCHEMES.has(scheme) || token.startsWith('//', colon + 1) ? start : -1;
}

// A special scheme's colon, where a URL without `//` can start (`https:user:pw@host`).
const SPECIAL_SCHEME_COLON = /(?:https?|wss?|ftp|file):/i;

/** Whether text can hold a credential pair or a URL at all: most text (a date, an id) cannot. */
function mayHoldCredential(text: string): boolean {
  if (text.includes('=')) return true;
  return text.includes(':') && (text.includes('//') || SPECIAL_SCHEME_COLON.test(text));
}

function redactToken(token: string): string {
  const start = urlStart(token);
  if (start === -1) return redactPairs(token);
  return `${redactPairs(token.slice(0, start))}${redactUrlToken(token.slice(start))}`;
}

/**
 * Free text (a message, a body field, a header value, a cause's message) with every credential
 * in it redacted: each URL as {@link redactUrl} does it, and every credential `name=value` pair
 * (an authorization string `q-sign-algorithm=…&q-signature=…`, an S3 `Signature=…`). The text is
 * cut into words at white space, quotes and angle brackets, and each word is looked at once:
 * linear in the text, whatever it holds.
 */
export function redactText(text: string): string {
  if (!mayHoldCredential(text)) return text;
  // Only what changes is rebuilt: the text between two redacted words is copied as one slice.
  let parts: string[] | undefined;
  let copiedTo = 0;
  let tokenStart = 0;
  for (let at = 0; at <= text.length; at++) {
    if (at < text.length && !isTokenBreak(text.charCodeAt(at))) continue;
    if (at > tokenStart) {
      const token = text.slice(tokenStart, at);
      const redacted = redactToken(token);
      if (redacted !== token) {
        (parts ??= []).push(text.slice(copiedTo, tokenStart), redacted);
        copiedTo = at;
      }
    }
    tokenStart = at + 1;
  }
  if (parts === undefined) return text;
  parts.push(text.slice(copiedTo));
  return parts.join('');
}

/**
 * A URL as a caller gives it (the request URL, a `Location` header), with every credential
 * redacted: the user info (name and password, since a token is often sent as the name),
 * credential query parameters (`q-signature`, `x-cos-security-token`, `X-Amz-Signature`,
 * `X-Amz-Credential`, `X-Amz-Security-Token`, any name holding `signature`, `token`,
 * `credential`, `password` or `secret`, any value holding a signed query of its own) and any
 * fragment. What WHATWG `URL` accepts is read as it reads it (leading spaces,
 * `https:/user:pw@host`, `https:user:pw@host`, an `@` in the password); anything else (a path,
 * `bucket.cos.ap-beijing.myqcloud.com/key?sign=…`) is redacted as free text.
 */
export function redactUrl(text: string): string {
  const url = parseUrl(text);
  return url === undefined ? redactText(text) : redactParsed(text, url);
}
