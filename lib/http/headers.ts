import { isSecretHeader, REDACTED } from './redact.js';

/**
 * Response headers as the factories accept them: a plain object (names in any case; values that
 * are strings, string arrays, numbers or undefined) or a WHATWG `Headers`.
 */
export type HeadersInput = Readonly<Record<string, string | readonly string[] | number | undefined | null>> | HeadersLike;

/** A WHATWG `Headers`, or anything that lists its headers the same way. */
export interface HeadersLike {
  /** Calls `callback` once per header. */
  forEach(callback: (value: string, name: string) => void): void;
  /** The value of one header, or `null`. */
  get(name: string): string | null;
}

/** Headers as an error keeps them: lower-case names, one string each, credentials redacted. */
export type ErrorHeaders = Readonly<Record<string, string>>;

function isHeadersLike(input: object): input is HeadersLike {
  return typeof (input as { forEach?: unknown }).forEach === 'function' && typeof (input as { get?: unknown }).get === 'function';
}

function headerValue(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (Array.isArray(value)) {
    const parts = value.filter((part): part is string | number => typeof part === 'string' || typeof part === 'number');
    return parts.length === 0 ? undefined : parts.join(', ');
  }
  return undefined;
}

/**
 * The headers with lower-case names, array values joined with `, ` (as `fetch` joins them),
 * values that are not text dropped, and the credential headers redacted. Never throws: input
 * that is not a header collection gives no headers.
 */
export function normalizeHeaders(input: unknown): ErrorHeaders {
  const headers: Record<string, string> = {};
  if (typeof input !== 'object' || input === null) return headers;
  try {
    if (isHeadersLike(input)) input.forEach((value, name) => addHeader(headers, name, value));
    else for (const name of Object.keys(input)) addHeader(headers, name, (input as Record<string, unknown>)[name]);
  } catch {
    // A hostile getter or a broken Headers object: keep what was read before it failed.
  }
  return headers;
}

function addHeader(headers: Record<string, string>, name: string, raw: unknown): void {
  const value = headerValue(raw);
  if (value === undefined) return;
  const lower = name.toLowerCase();
  const kept = isSecretHeader(lower) ? REDACTED : value;
  // Assignment to __proto__ would set the prototype; that one header is defined instead.
  if (lower === '__proto__') Object.defineProperty(headers, lower, { value: kept, enumerable: true, writable: true, configurable: true });
  else headers[lower] = kept;
}
