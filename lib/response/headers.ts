import { isCredentialName } from '../redact/credential-names.js';
import { redactText } from '../redact/redact-text.js';
import { rememberedByText } from '../util/memo.js';
import { REDACTED } from '../redact/redacted.js';

/**
 * Response headers as the factories accept them: a plain object (names in any case; values that are strings, string arrays,
 * numbers or undefined), a WHATWG `Headers`, a `Map`, or an array of `[name, value]` pairs.
 */
export type HeadersInput =
  Readonly<Record<string, string | readonly string[] | number | undefined | null>> | HeadersLike | ReadonlyArray<readonly [string, string]>;

/** A WHATWG `Headers`, a `Map`, or anything else that lists its headers the same way. */
export interface HeadersLike {
  /** Calls `callback` once per header. */
  forEach(callback: (value: string, name: string) => void): void;
  /** The value of one header (`null` or `undefined` when there is none). */
  get(name: string): unknown;
}

/** Headers as an error keeps them: lower-case names, one string each, credentials redacted. */
export type ErrorHeaders = Readonly<Record<string, string>>;

/** No headers: shared, so that an error without headers holds no object of its own. */
export const NO_HEADERS: ErrorHeaders = Object.freeze({});

function isHeadersLike(input: object): input is HeadersLike {
  return typeof (input as { forEach?: unknown }).forEach === 'function' && typeof (input as { get?: unknown }).get === 'function';
}

// A response has tens of headers, a header a few values: an array is read no further (a sparse one's length is no size).
const MOST_HEADERS = 1000;
const MOST_VALUES = 100;

function headerValue(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (!Array.isArray(value)) return undefined;
  const parts: Array<string | number> = [];
  for (let i = 0; i < value.length && i < MOST_VALUES; i++) {
    const part: unknown = value[i];
    if (typeof part === 'string' || typeof part === 'number') parts.push(part);
  }
  return parts.length === 0 ? undefined : parts.join(', ');
}

const headerName = rememberedByText((name): { readonly lower: string; readonly secret: boolean } => {
  const lower = name.trim().toLowerCase();
  return { lower, secret: isCredentialName(lower) };
});

function addHeader(headers: Record<string, string>, name: unknown, raw: unknown): void {
  if (typeof name !== 'string') return;
  const value = headerValue(raw);
  if (value === undefined) return;
  const { lower, secret } = headerName(name);
  if (lower === '') return;
  // A credential header's value goes whole; any other loses only a URL's user info or a credential pair (a presigned `location`).
  const kept = secret ? REDACTED : redactText(value);
  // Assignment to __proto__ would set the prototype; that one header is defined instead.
  if (lower === '__proto__') Object.defineProperty(headers, lower, { value: kept, enumerable: true, writable: true, configurable: true });
  else headers[lower] = kept;
}

/**
 * The headers: lower-case trimmed names, arrays joined with `, ` (as `fetch` does), no values but text, credentials redacted.
 * What cannot be read (a getter or a `Headers` that throws) is left out, and said in `problems`.
 */
export function normalizeHeaders(input: unknown, problems?: string[]): ErrorHeaders {
  if (typeof input !== 'object' || input === null) return NO_HEADERS;
  const headers: Record<string, string> = {};
  let unread = false;
  try {
    if (Array.isArray(input)) {
      for (let i = 0; i < input.length && i < MOST_HEADERS; i++) {
        const pair: unknown = input[i];
        if (Array.isArray(pair)) addHeader(headers, pair[0], pair[1]);
      }
    } else if (isHeadersLike(input)) input.forEach((value, name) => addHeader(headers, name, value));
    else {
      for (const name of Object.keys(input)) {
        // One header whose getter throws is left out; the others are still read.
        try {
          addHeader(headers, name, (input as Record<string, unknown>)[name]);
        } catch {
          unread = true;
        }
      }
    }
  } catch {
    unread = true; // a proxy or a broken Headers object: what was read before it failed is kept
  }
  if (unread) problems?.push('some headers could not be read');
  return Object.keys(headers).length === 0 ? NO_HEADERS : headers;
}
