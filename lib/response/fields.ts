import { UNKNOWN, type ErrorFields } from './digest.js';

const DIGEST_KEYS = ['code', 'message', 'resource', 'requestid', 'traceid'] as const;
type DigestKey = (typeof DIGEST_KEYS)[number];
const IS_DIGEST_KEY: ReadonlySet<string> = new Set(DIGEST_KEYS);

/** A digest value as the getters give it: trimmed text, or {@link UNKNOWN} when there is none. */
export function fieldText(value: unknown): string {
  if (typeof value === 'string') {
    const text = value.trim();
    return text === '' ? UNKNOWN : text;
  }
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  return UNKNOWN;
}

/** A key as the digest keys are compared: lower case, without `_` and `-` (`request_id`, `RequestId`). */
function digestKeyOf(key: string): string {
  const lower = key.toLowerCase();
  return lower.includes('_') || lower.includes('-') ? lower.replace(/[_-]/g, '') : lower;
}

/**
 * The facts of a digest object (a JSON error body, or one a caller built), keys matched without
 * regard to case or to `_` and `-` (`RequestId`, `requestId`, `requestid` and `request_id` all
 * count); the first key with a value wins. Only own enumerable keys are read, so nothing comes
 * from `Object.prototype`.
 */
export function fieldsOfDigest(digest: object): ErrorFields {
  const exact = digest as Partial<Record<DigestKey, unknown>>;
  // The common case, a digest keyed as the Python SDK keys it, needs no scan of its keys.
  if (DIGEST_KEYS.every((key) => Object.hasOwn(digest, key))) {
    return {
      code: fieldText(exact.code),
      message: fieldText(exact.message),
      resource: fieldText(exact.resource),
      requestId: fieldText(exact.requestid),
      traceId: fieldText(exact.traceid),
    };
  }
  const found: Partial<Record<DigestKey, string>> = {};
  for (const key of Object.keys(digest)) {
    const normal = digestKeyOf(key);
    if (!IS_DIGEST_KEY.has(normal) || found[normal as DigestKey] !== undefined) continue;
    const text = fieldText((digest as Readonly<Record<string, unknown>>)[key]);
    if (text !== UNKNOWN) found[normal as DigestKey] = text;
  }
  return {
    code: found.code ?? UNKNOWN,
    message: found.message ?? UNKNOWN,
    resource: found.resource ?? UNKNOWN,
    requestId: found.requestid ?? UNKNOWN,
    traceId: found.traceid ?? UNKNOWN,
  };
}

/** The fields that know nothing: the Python SDK's answer for an unreadable body or a header digest. */
export const NO_FIELDS: ErrorFields = Object.freeze({
  code: UNKNOWN,
  message: UNKNOWN,
  resource: UNKNOWN,
  requestId: UNKNOWN,
  traceId: UNKNOWN,
});
