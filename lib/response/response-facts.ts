import { readForeign } from '../util/read-foreign.js';
import { redactedPlainCopy, redactText } from '../redact/redact-text.js';
import { bodyDigest, INVALID_BODY } from './body-digest.js';
import { bodyText, isBytes, type BodyText } from './body-text.js';
import { UNKNOWN, type DigestMsg, type ErrorDigest, type ErrorFields } from './digest.js';
import { fieldsOfDigest, fieldText, NO_FIELDS } from './fields.js';
import { normalizeHeaders, type ErrorHeaders } from './headers.js';
import { httpMethodOf } from './http-method.js';
import { checkStatusCode } from './status-code.js';
import { jsonDigest } from './json-digest.js';

/** Every fact an error holds, read from a response once; credentials redacted everywhere but `origin`. @internal */
interface ResponseFacts {
  /** The body as received (at most the cap), or `''`. */
  readonly origin: string;
  /** What `getDigestMsg()` returns. */
  readonly digest: DigestMsg;
  /** What the getters return, header fallbacks applied. */
  readonly fields: ErrorFields;
  /** The headers: lower-case names. */
  readonly headers: ErrorHeaders;
  /** The request URL. */
  readonly url: string | undefined;
  /** What was wrong with the input, said in the error's message; `undefined` when nothing was. */
  readonly note: string | undefined;
  /**
   * Whether the code came from the answer (an error document, a digest, the error-code header),
   * not from the status alone: the COS SDKs' `code` is then that code, else the status as text.
   */
  readonly documented: boolean;
}

/**
 * A body that was parsed elsewhere (by an SDK, which kept only its parse): the digest it found,
 * if any, and whether there was a body that was no error document (else there was none).
 * @internal
 */
interface ParsedElsewhere {
  readonly digest: object | undefined;
  readonly invalid?: boolean | undefined;
}

/** A response as the response layer reads it: the method upper case, the status checked. @internal */
export interface ResponseParts {
  readonly method: string;
  readonly url: string | undefined;
  readonly statusCode: number;
  readonly headers: unknown;
  /** The raw body, unless `text` or `parsedElsewhere` stands for it. */
  readonly body?: unknown;
  /** The body, already read as text. */
  readonly text?: BodyText;
  readonly parsedElsewhere?: ParsedElsewhere;
  readonly maxBodyBytes: number;
  /** Problems the caller found in its input already. */
  readonly problems?: readonly string[];
}

const REQUEST_ID_HEADERS: readonly string[] = ['x-cos-request-id', 'x-ci-request-id'];
const TRACE_ID_HEADERS: readonly string[] = ['x-cos-trace-id'];

function headerFallback(value: string, headers: ErrorHeaders, names: readonly string[]): string {
  if (value !== UNKNOWN) return value;
  for (const name of names) {
    const header = fieldText(headers[name]);
    if (header !== UNKNOWN) return header;
  }
  return UNKNOWN;
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

/** The five-key digest the rules built from headers (rules 1 to 3). */
function builtDigest(code: string, message: string, resource: string, ids: ErrorFields, headers: ErrorHeaders): ErrorDigest {
  return {
    code,
    message,
    resource,
    requestid: headerFallback(ids.requestId, headers, REQUEST_ID_HEADERS),
    traceid: headerFallback(ids.traceId, headers, TRACE_ID_HEADERS),
  };
}

/** A digest object from outside (a caller's, an SDK's parse), redacted, with its fields; never throws. */
function foreignDigest(object: object): { digest: DigestMsg; fields: ErrorFields; problem?: string } {
  // A plain copy, read once: what is checked for credentials is what is kept and read.
  const digest = redactedPlainCopy(object);
  if (typeof digest !== 'object' || digest === null || Array.isArray(digest))
    return { ...INVALID_BODY, problem: 'the digest is not a plain object' };
  return { digest: digest as DigestMsg, fields: fieldsOfDigest(digest) };
}

function facts(
  origin: string,
  digest: DigestMsg,
  fields: ErrorFields,
  headers: ErrorHeaders,
  url: string | undefined,
  note: string | undefined,
  documented = fields.code !== UNKNOWN,
): ResponseFacts {
  return { origin, digest, fields: withHeaderIds(fields, headers), headers, url, note, documented };
}

/**
 * The one reading of a COS response: the response rules, the first that matches decides.
 *
 * 1. HEAD and 404: `NoSuchResource`, "The Resource You Head Not Exist", the URL as resource.
 * 2. 304: `NotModified`, "Not Modified".
 * 3. 400 or more with an `x-cos-error-code` header: that code; the message is a JSON body's
 *    `message`, else the trimmed body text.
 * 4. no body (or one an SDK parsed without finding an error document): the digest is the headers.
 * 5. to 7. the body: an XML error document, a JSON object, else invalid.
 *
 * In every rule a request or trace id missing from the body comes from the `x-cos-request-id`
 * (else `x-ci-request-id`) and `x-cos-trace-id` headers.
 * @internal
 */
function responseFacts(parts: ResponseParts): ResponseFacts {
  const headers = normalizeHeaders(parts.headers);
  const url = parts.url === undefined ? undefined : redactText(parts.url);
  const { method, statusCode } = parts;
  if ((method === 'HEAD' && statusCode === 404) || statusCode === 304) {
    const [code, message] = statusCode === 304 ? ['NotModified', 'Not Modified'] : ['NoSuchResource', 'The Resource You Head Not Exist'];
    const digest = builtDigest(code, message, url ?? UNKNOWN, NO_FIELDS, headers);
    return facts('', digest, fieldsOfDigest(digest), headers, url, noteOf(parts.problems, undefined), false);
  }
  const body = parts.text ?? (parts.parsedElsewhere === undefined ? bodyText(parts.body, parts.maxBodyBytes) : { text: '', cut: false });
  const note = noteOf(parts.problems, body.problem);
  const headerCode = statusCode >= 400 ? fieldText(headers['x-cos-error-code']) : UNKNOWN;
  if (headerCode !== UNKNOWN) {
    const json = parts.parsedElsewhere?.digest ?? jsonDigest(body.text);
    const said = json === undefined ? NO_FIELDS : foreignDigest(json).fields;
    // A JSON object without a message (or no JSON at all) says what it says in its text.
    const message = said.message !== UNKNOWN ? said.message : redactText(fieldText(body.cut ? withoutLastWord(body.text) : body.text));
    const digest = builtDigest(headerCode, message, said.resource, said, headers);
    return facts('', digest, fieldsOfDigest(digest), headers, url, note);
  }
  if (parts.parsedElsewhere?.invalid === true) return facts('', INVALID_BODY.digest, INVALID_BODY.fields, headers, url, note);
  const elsewhere = parts.parsedElsewhere?.digest;
  if (elsewhere !== undefined) {
    const read = foreignDigest(elsewhere);
    return facts('', read.digest, read.fields, headers, url, noteOf(note === undefined ? [] : [note], read.problem));
  }
  if (body.text === '') return facts('', headers, NO_FIELDS, headers, url, note);
  const { digest, fields } = bodyDigest(body.text, body.cut);
  return facts(body.text, digest, fields, headers, url, note);
}

/**
 * A response read once, by the rules: what a `CosServiceError` (or a code class) is made of, in
 * one constructor call. Only this module makes one.
 * @internal
 */
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

/** Whether `value` has a `cause` key, read so that nothing about it can throw. */
function hasCauseKey(value: unknown): value is { readonly cause: unknown } {
  try {
    return typeof value === 'object' && value !== null && 'cause' in value;
  } catch {
    return false; // a proxy whose `has` trap throws: no cause
  }
}

/**
 * What the COS Python SDK's constructor reads: `message` is the raw body (rules 5 to 7) or a
 * digest object (kept as a plain copy, credentials redacted); ids fall back to the headers of
 * `details`, which may also give the URL and the cause.
 * @throws TypeError when `statusCode` is not an HTTP status.
 * @internal
 */
export function readMessage(method: unknown, message: unknown, statusCode: unknown, details: unknown): ReadResponse {
  const status = checkStatusCode(statusCode);
  const headers = normalizeHeaders(readForeign(details, 'headers'));
  const urlInput = readForeign(details, 'url');
  const url = typeof urlInput === 'string' ? redactText(urlInput) : undefined;
  const cause = hasCauseKey(details) ? { cause: readForeign(details, 'cause') } : undefined;
  let read: ResponseFacts;
  if (typeof message === 'object' && message !== null && !isBytes(message)) {
    const digest = foreignDigest(message);
    read = facts('', digest.digest, digest.fields, headers, url, digest.problem);
  } else {
    const body = bodyText(message);
    const { digest, fields } = bodyDigest(body.text, body.cut);
    read = facts(body.text, digest, fields, headers, url, body.problem);
  }
  return new ReadResponse(httpMethodOf(method), status, read, cause);
}
