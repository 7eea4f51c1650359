import { attempt, readForeign } from '../util/read-foreign.js';
import { redactedPlainCopy, redactText } from '../redact/redact-text.js';
import { bodyText, isBytes, type BodyText } from './body-text.js';
import { INVALID_DIGEST, UNKNOWN, type DigestMsg, type ErrorDigest, type ErrorFields } from './digest.js';
import { normalizeHeaders, type ErrorHeaders } from './headers.js';
import { httpMethodOf } from './http-method.js';
import { checkStatusCode } from './status-code.js';
import { xmlDigest } from './xml/xml-digest.js';

/** Every fact an error holds, read from a response once; credentials redacted everywhere but `origin`. @internal */
interface ResponseFacts {
  /** The body as received (at most the cap), or `''`. */
  readonly origin: string;
  /** What `getDigestMsg()` returns. */
  readonly digest: DigestMsg;
  /** What the getters return, header fallbacks applied. */
  readonly fields: ErrorFields;
  readonly headers: ErrorHeaders;
  readonly url: string | undefined;
  /** What was wrong with the input, said in the error's message. */
  readonly note: string | undefined;
  /** Whether the code came from the answer, not the status alone: the COS SDKs' `code` is then that code, else the status. */
  readonly documented: boolean;
}

/** A response as the response layer reads it: the method upper case, the status checked. @internal */
export interface ResponseParts {
  readonly method: string;
  readonly url: string | undefined;
  readonly statusCode: number;
  readonly headers: unknown;
  /** The raw body, unless `text` (the body read already) or `parsedElsewhere` stands for it. */
  readonly body?: unknown;
  readonly text?: BodyText;
  /** A body an SDK parsed, keeping only its parse: the digest it found, or whether it was a body but no error document. */
  readonly parsedElsewhere?: { readonly digest: object | undefined; readonly invalid?: boolean | undefined };
  readonly maxBodyBytes: number;
  /** Problems the caller found in its input already. */
  readonly problems?: readonly string[];
}

const DIGEST_KEYS = ['code', 'message', 'resource', 'requestid', 'traceid'] as const;
type DigestKey = (typeof DIGEST_KEYS)[number];
const IS_DIGEST_KEY: ReadonlySet<string> = new Set(DIGEST_KEYS);

/** A digest value as the getters give it: trimmed text, or {@link UNKNOWN} when there is none. */
function fieldText(value: unknown): string {
  if (typeof value === 'string') return value.trim() || UNKNOWN;
  return typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean' ? String(value) : UNKNOWN;
}

/** A key as the digest keys are compared: lower case, without `_` and `-` (`request_id`, `RequestId`). */
function digestKeyOf(key: string): string {
  const lower = key.toLowerCase();
  return lower.includes('_') || lower.includes('-') ? lower.replace(/[_-]/g, '') : lower;
}

/** The facts of a digest object (a JSON body, a caller's), its own keys matched by {@link digestKeyOf}; the first with a value wins. */
function fieldsOfDigest(digest: object): ErrorFields {
  const found: Record<DigestKey, string> = { code: UNKNOWN, message: UNKNOWN, resource: UNKNOWN, requestid: UNKNOWN, traceid: UNKNOWN };
  const own = digest as Readonly<Record<string, unknown>>;
  // The common case, a digest keyed as the Python SDK keys it, needs no scan of its keys.
  if (DIGEST_KEYS.every((key) => Object.hasOwn(digest, key))) {
    for (const key of DIGEST_KEYS) found[key] = fieldText(own[key]);
  } else {
    for (const key of Object.keys(digest)) {
      const normal = digestKeyOf(key) as DigestKey;
      if (IS_DIGEST_KEY.has(normal) && found[normal] === UNKNOWN) found[normal] = fieldText(own[key]);
    }
  }
  return { code: found.code, message: found.message, resource: found.resource, requestId: found.requestid, traceId: found.traceid };
}

/** The fields of the Python SDK's answer for an unreadable body or a header digest. */
const NO_FIELDS: ErrorFields = Object.freeze(fieldsOfDigest({}));

/** What a body says: its digest and the facts read from it (before any header fallback), credentials redacted. */
type BodyDigest = { readonly digest: DigestMsg; readonly fields: ErrorFields };
const INVALID_BODY: BodyDigest = Object.freeze({ digest: INVALID_DIGEST, fields: NO_FIELDS });

/** The object a JSON error body holds (rule 6), or `undefined` when the text is no JSON or holds no object (an array, `null`). */
function jsonDigest(text: string): Readonly<Record<string, unknown>> | undefined {
  const value: unknown = attempt(() => JSON.parse(text), undefined);
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Readonly<Record<string, unknown>>) : undefined;
}

/**
 * Rules 5 to 7: an XML error document, then a JSON object, else {@link INVALID_DIGEST}. The first character that is not
 * white space picks the only rule that can apply, so a body is parsed at most once. `cut`: the text starts a longer body.
 */
function bodyDigest(text: string, cut: boolean): BodyDigest {
  const start = text.charCodeAt(text.search(/[^\x00-\x20]/));
  if (start === 0x3c /* < */) {
    const digest = xmlDigest(text, cut);
    if (digest !== undefined) {
      for (const key of DIGEST_KEYS) digest[key] = redactText(digest[key]); // the reader's own new object
      return { digest, fields: fieldsOfDigest(digest) };
    }
  } else if (start === 0x7b /* { */) {
    const parsed = jsonDigest(text);
    if (parsed !== undefined) return foreignDigest(parsed);
  }
  return INVALID_BODY;
}

const REQUEST_ID_HEADERS: readonly string[] = ['x-cos-request-id', 'x-ci-request-id'];
const TRACE_ID_HEADERS: readonly string[] = ['x-cos-trace-id'];

/** `value`, else the first of the headers `names` that has one. */
function headerFallback(value: string, headers: ErrorHeaders, names: readonly string[]): string {
  for (const name of names) if (value === UNKNOWN) value = fieldText(headers[name]);
  return value;
}

/** Request and trace ids missing from the body, taken from the headers (every rule). */
function withHeaderIds(fields: ErrorFields, headers: ErrorHeaders): ErrorFields {
  const requestId = headerFallback(fields.requestId, headers, REQUEST_ID_HEADERS);
  const traceId = headerFallback(fields.traceId, headers, TRACE_ID_HEADERS);
  return requestId === fields.requestId && traceId === fields.traceId ? fields : { ...fields, requestId, traceId };
}

function noteOf(problems: readonly string[] | undefined, more: string | undefined): string | undefined {
  const all = more === undefined ? (problems ?? []) : [...(problems ?? []), more];
  return all.length === 0 ? undefined : all.join('; ');
}

/** A text cut short, without its last word, which the cut may have split (half a URL holds half a password no rule can tell). */
function withoutLastWord(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) > 0x20) end--;
  return text.slice(0, end);
}

/** The five-key digest rules 1 to 3 build, with the ids of `said`, else of the headers. */
function builtDigest(code: string, message: string, resource: string, said: ErrorFields, headers: ErrorHeaders): BodyDigest {
  const { requestId, traceId } = withHeaderIds(said, headers);
  const digest: ErrorDigest = { code, message, resource, requestid: requestId, traceid: traceId };
  return { digest, fields: fieldsOfDigest(digest) };
}

/** A digest object from outside (a caller's, an SDK's parse), redacted, with its fields; never throws. */
function foreignDigest(object: object): BodyDigest & { problem?: string } {
  // A plain copy, read once: what is checked for credentials is what is kept and read.
  const digest = redactedPlainCopy(object);
  if (typeof digest !== 'object' || digest === null || Array.isArray(digest))
    return { ...INVALID_BODY, problem: 'the digest is not a plain object' };
  return { digest: digest as DigestMsg, fields: fieldsOfDigest(digest) };
}

function facts(
  origin: string,
  { digest, fields }: BodyDigest,
  headers: ErrorHeaders,
  url: string | undefined,
  note: string | undefined,
  documented = fields.code !== UNKNOWN,
): ResponseFacts {
  return { origin, digest, fields: withHeaderIds(fields, headers), headers, url, note, documented };
}

/** The one reading of a response by guides/response-rules.md: HEAD 404, 304, `x-cos-error-code`, no body, else the body. @internal */
function responseFacts(parts: ResponseParts): ResponseFacts {
  const problems = [...(parts.problems ?? [])];
  const headers = normalizeHeaders(parts.headers, problems);
  const url = parts.url === undefined ? undefined : redactText(parts.url);
  const { method, statusCode } = parts;
  if ((method === 'HEAD' && statusCode === 404) || statusCode === 304) {
    const [code, message] = statusCode === 304 ? ['NotModified', 'Not Modified'] : ['NoSuchResource', 'The Resource You Head Not Exist'];
    return facts('', builtDigest(code, message, url ?? UNKNOWN, NO_FIELDS, headers), headers, url, noteOf(problems, undefined), false);
  }
  const body = parts.text ?? (parts.parsedElsewhere === undefined ? bodyText(parts.body, parts.maxBodyBytes) : { text: '', cut: false });
  const note = noteOf(problems, body.problem);
  const headerCode = statusCode >= 400 ? fieldText(headers['x-cos-error-code']) : UNKNOWN;
  if (headerCode !== UNKNOWN) {
    const json = parts.parsedElsewhere?.digest ?? jsonDigest(body.text);
    const said = json === undefined ? NO_FIELDS : foreignDigest(json).fields;
    // A JSON object without a message (or no JSON at all) says what it says in its text.
    const message = said.message !== UNKNOWN ? said.message : redactText(fieldText(body.cut ? withoutLastWord(body.text) : body.text));
    return facts('', builtDigest(headerCode, message, said.resource, said, headers), headers, url, note);
  }
  if (parts.parsedElsewhere?.invalid === true) return facts('', INVALID_BODY, headers, url, note);
  const elsewhere = parts.parsedElsewhere?.digest;
  if (elsewhere !== undefined) {
    const read = foreignDigest(elsewhere);
    return facts('', read, headers, url, noteOf(note === undefined ? [] : [note], read.problem));
  }
  if (body.text === '') return facts('', { digest: headers, fields: NO_FIELDS }, headers, url, note);
  return facts(body.text, bodyDigest(body.text, body.cut), headers, url, note);
}

/** A response read once, by the rules: what a `CosServiceError` is made of in one constructor call (made only here). @internal */
export class ReadResponse {
  constructor(
    readonly method: string,
    readonly statusCode: number,
    readonly facts: ResponseFacts,
    /** The cause, as `{ cause }`, when one was given (`undefined` counts as one); else `undefined`. */
    readonly cause: { readonly cause: unknown } | undefined,
  ) {}
}

/** A response as the factories read it, with the cause they were given. @internal */
export function readResponse(parts: ResponseParts, cause?: { readonly cause: unknown }): ReadResponse {
  return new ReadResponse(parts.method, parts.statusCode, responseFacts(parts), cause);
}

/** Whether `value` has a `cause` key; not when asking throws (a proxy's `has` trap). */
function hasCauseKey(value: unknown): value is { readonly cause: unknown } {
  return attempt(() => typeof value === 'object' && value !== null && 'cause' in value, false);
}

/**
 * What the COS Python SDK's constructor reads: a body (rules 5 to 7) or a digest object; headers, URL and cause in `details`.
 * @throws TypeError when `statusCode` is not an HTTP status.
 * @internal
 */
export function readMessage(method: unknown, message: unknown, statusCode: unknown, details: unknown): ReadResponse {
  const status = checkStatusCode(statusCode);
  const problems: string[] = [];
  const headers = normalizeHeaders(readForeign(details, 'headers'), problems);
  const urlInput = readForeign(details, 'url');
  const url = typeof urlInput === 'string' ? redactText(urlInput) : undefined;
  const cause = hasCauseKey(details) ? { cause: readForeign(details, 'cause') } : undefined;
  let read: ResponseFacts;
  if (typeof message === 'object' && message !== null && !isBytes(message)) {
    const digest = foreignDigest(message);
    read = facts('', digest, headers, url, noteOf(problems, digest.problem));
  } else {
    const body = bodyText(message);
    read = facts(body.text, bodyDigest(body.text, body.cut), headers, url, noteOf(problems, body.problem));
  }
  return new ReadResponse(httpMethodOf(method), status, read, cause);
}
