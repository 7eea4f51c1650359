import { redactPairs } from './redact-pairs.js';
import { REDACTED } from './redacted.js';
import { carriesSecretPair, isSecretName, percentDecoded } from './secret-names.js';

/** How deep a URL inside a URL (inside a URL) is looked into; a limit, so no text makes this recurse far. */
const DEEPEST = 2;

/** Redacts free text; given by redact-text.ts, which uses this module, so that the two need not import each other. */
export type FreeTextRedactor = (text: string, depth: number) => string;

/** The query part (without `?`) with each credential parameter's value redacted; whether any was. */
function redactQuery(query: string, depth: number, redactFree: FreeTextRedactor): { query: string; changed: boolean } {
  let changed = false;
  const parameters = query.split('&').map((parameter) => {
    const equals = parameter.indexOf('=');
    if (equals === -1) return parameter;
    const name = percentDecoded(parameter.slice(0, equals));
    const value = percentDecoded(parameter.slice(equals + 1));
    // A credential by its name, a value that carries one, or a URL with one inside the value.
    const secret = value !== '' && (isSecretName(name) || carriesSecretPair(value) || (depth < DEEPEST && redactFree(value, depth + 1) !== value));
    if (!secret) return parameter;
    changed = true;
    return `${parameter.slice(0, equals)}=${REDACTED}`;
  });
  return { query: parameters.join('&'), changed };
}

/**
 * A URL that WHATWG `URL` parses, rebuilt from its parsed parts when any part holds a
 * credential: the user info (name and password both, since a token is often sent as the name),
 * credential query parameters, another URL with credentials inside the path or a query value,
 * and any fragment. The parsed parts decide, so what a server or a browser would read as a
 * password is what is redacted, however the text spells it. Unchanged URLs are returned as
 * written.
 */
export function redactParsed(text: string, url: URL, depth: number, redactFree: FreeTextRedactor): string {
  const search = url.search === '' ? { query: '', changed: false } : redactQuery(url.search.slice(1), depth, redactFree);
  const hasUserInfo = url.username !== '' || url.password !== '';
  const hasFragment = url.hash !== '';
  const path = depth < DEEPEST ? redactFree(url.pathname, depth + 1) : url.pathname;
  if (!hasUserInfo && !search.changed && !hasFragment && path === url.pathname) return text;
  const hierarchical = url.href.startsWith(`${url.protocol}//`);
  const authority = hierarchical ? `//${hasUserInfo ? `${REDACTED}@` : ''}${url.host}` : '';
  const query = url.search === '' ? '' : `?${search.query}`;
  return `${url.protocol}${authority}${path}${query}${hasFragment ? `#${REDACTED}` : ''}`;
}

// WHATWG `URL` maps a host through IDNA in time that grows with the square of its length (an
// `xn--` or percent-encoded host of 640 KiB takes seconds); no host is this long, and user info
// this long is found by the scan as well.
const LONGEST_PARSED_AUTHORITY = 2048;

/** Whether the authority after the scheme of `text` (if any) is too long to hand to `URL`. */
function hasOverlongAuthority(text: string): boolean {
  const colon = text.indexOf(':');
  if (colon === -1) return false;
  let start = colon + 1;
  while (start < text.length && (text.charCodeAt(start) === 0x2f /* / */ || text.charCodeAt(start) === 0x5c) /* \ */) start++;
  let end = start;
  while (end < text.length && end - start <= LONGEST_PARSED_AUTHORITY) {
    const code = text.charCodeAt(end);
    if (code === 0x2f /* / */ || code === 0x3f /* ? */ || code === 0x23 /* # */ || code === 0x5c /* \ */) break;
    end++;
  }
  return end - start > LONGEST_PARSED_AUTHORITY;
}

/** What WHATWG `URL` makes of `text`, or `undefined` when it is not an absolute URL (or has an authority too long to parse). */
export function parseUrl(text: string): URL | undefined {
  // Some Mini Program engines have no URL: there, every URL is scanned.
  if (typeof URL !== 'function' || hasOverlongAuthority(text)) return undefined;
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}

/**
 * A word that starts like a URL (`scheme:`) but that WHATWG `URL` does not parse: user info
 * (after the scheme and any slashes, up to the last `@`), credential pairs in the rest, and the
 * fragment, found by scanning. Linear in the text.
 */
function redactUnparsed(text: string): string {
  let out = text;
  let authorityStart = out.indexOf(':') + 1;
  while (authorityStart < out.length && (out[authorityStart] === '/' || out[authorityStart] === '\\')) authorityStart++;
  let authorityEnd = authorityStart;
  while (authorityEnd < out.length && !'/?#\\'.includes(out[authorityEnd]!)) authorityEnd++;
  // A password may hold `/`, `?`, `#` or `\` (an AWS secret key holds `/`), which is one reason a
  // URL fails to parse: everything up to the last `@` of the word is user info.
  const at = out.lastIndexOf('@');
  if (at >= authorityStart) out = `${out.slice(0, authorityStart)}${REDACTED}${out.slice(at)}`;
  else if (authorityEnd === out.length && out.includes(':', authorityStart)) {
    // Text cut short inside the authority: what follows a colon there may be a password.
    out = `${out.slice(0, out.indexOf(':', authorityStart) + 1)}${REDACTED}`;
  }
  const hash = out.indexOf('#');
  if (hash !== -1 && hash < out.length - 1 && out.slice(hash + 1) !== REDACTED) out = `${out.slice(0, hash)}#${REDACTED}`;
  return redactPairs(out);
}

/**
 * `text`, a URL found in free text (it starts with its scheme), with its credentials redacted:
 * parsed by WHATWG `URL` first, scanned only when it does not parse.
 */
export function redactUrlToken(text: string, depth: number, redactFree: FreeTextRedactor): string {
  const url = parseUrl(text);
  return url === undefined ? redactUnparsed(text) : redactParsed(text, url, depth, redactFree);
}
