import { bodyText } from '../body/body-text.js';
import { bodyDigest } from '../body/body-digest.js';
import { serviceErrorClassFor } from '../catalog/class-for-code.js';
import { UNKNOWN, type ErrorDigest } from '../digest/digest.js';
import { fieldsOfDigest, fieldText, NO_FIELDS } from '../digest/fields-of-digest.js';
import type { CosServiceError, ParsedBody, ServiceErrorDetails } from '../errors/cos-service-error.js';
import { buildWithStackFromCaller } from '../errors/stack-from-caller.js';
import { normalizeHeaders, type ErrorHeaders } from '../http/headers.js';
import { redactUrl } from '../http/redact.js';
import { checkStatusCode } from '../http/status-code.js';
import { maxBodyBytesOption } from './max-body-bytes.js';
import { FactoryHandOver } from './factory-hand-over.js';
import type { ResponseInput } from './response-input.js';

function headerDigest(code: string, message: string, resource: string, headers: ErrorHeaders): ErrorDigest {
  return {
    code,
    message,
    resource,
    requestid: fieldText(headers['x-cos-request-id']),
    traceid: fieldText(headers['x-cos-trace-id']),
  };
}

function digestParts(digest: ErrorDigest | Readonly<Record<string, unknown>>, headers: ErrorHeaders): ParsedBody {
  return { origin: '', digest, fields: fieldsOfDigest(digest), headers };
}

/** The request URL as the resource of rules 1 and 2: credentials redacted. */
function resourceOf(url: string | undefined): string {
  return url === undefined ? UNKNOWN : redactUrl(url);
}

/** SPEC section 3: the first rule that matches decides. */
function readResponse(method: string, statusCode: number, url: string | undefined, headers: ErrorHeaders, body: unknown, maxBodyBytes: number, handOver?: FactoryHandOver): ParsedBody {
  if (method === 'HEAD' && statusCode === 404) {
    return digestParts(headerDigest('NoSuchResource', 'The Resource You Head Not Exist', resourceOf(url), headers), headers);
  }
  if (statusCode === 304) return digestParts(headerDigest('NotModified', 'Not Modified', resourceOf(url), headers), headers);
  const text = handOver?.text ?? bodyText(body, maxBodyBytes);
  const headerCode = statusCode >= 400 ? fieldText(headers['x-cos-error-code']) : UNKNOWN;
  if (headerCode !== UNKNOWN) return digestParts(headerDigest(headerCode, fieldText(text), UNKNOWN, headers), headers);
  const parsedElsewhere = handOver?.parsedElsewhere;
  if (parsedElsewhere?.digest !== undefined) return digestParts(parsedElsewhere.digest, headers);
  if (parsedElsewhere !== undefined || text === '') return { origin: '', digest: headers, fields: NO_FIELDS, headers };
  const { digest, fields } = bodyDigest(text);
  return { origin: text, digest, fields, headers };
}

/**
 * The error for a COS response, by the rules of SPEC section 3: a HEAD 404, a 304, the
 * `x-cos-error-code` header, an empty body, an XML error document, a JSON object, or anything
 * else. The error's class is the one for its code (aliases included), else `CosServiceError`.
 *
 * Nothing about a response makes it throw, except a status that is not one.
 *
 * @throws TypeError when `statusCode` is not an integer from 100 to 599, or `maxBodyBytes` is
 * not a whole number.
 *
 * @example
 * ```ts
 * const error = createServiceError({
 *   method: 'GET',
 *   statusCode: 404,
 *   headers: { 'x-cos-request-id': 'NTk0...' },
 *   body: '<Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message></Error>',
 * });
 * error instanceof NoSuchKeyError; // true
 * error.getRequestId(); // 'NTk0...'
 * ```
 *
 * @group Factories
 */
export function createServiceError(input: ResponseInput): CosServiceError;
/**
 * The same, called by another factory, with what it knows already.
 * @internal
 */
export function createServiceError(input: ResponseInput, handOver: FactoryHandOver): CosServiceError;
// The other factories call this one function, not a shared internal one: the stack is captured
// from the function the user called, and every frame V8 walks to find it costs about 1 µs.
export function createServiceError(input: ResponseInput, internal?: unknown): CosServiceError {
  const handOver = internal instanceof FactoryHandOver ? internal : undefined;
  const response: Partial<ResponseInput> = typeof input === 'object' && input !== null ? input : {};
  const statusCode = checkStatusCode(response.statusCode);
  const maxBodyBytes = maxBodyBytesOption(response.maxBodyBytes);
  const method = typeof response.method === 'string' && response.method !== '' ? response.method.toUpperCase() : 'GET';
  // Kept as given: the constructor redacts the URL it keeps, and resourceOf the one it quotes.
  const url = typeof response.url === 'string' && response.url !== '' ? response.url : undefined;
  const headers = normalizeHeaders(response.headers);
  const parsed = readResponse(method, statusCode, url, headers, response.body, maxBodyBytes, handOver);
  const ErrorClass = serviceErrorClassFor(parsed.fields.code);
  const parsedElsewhere = handOver?.parsedElsewhere;
  const details: ServiceErrorDetails = parsedElsewhere === undefined ? { url } : { url, cause: parsedElsewhere.cause };
  return buildWithStackFromCaller(handOver?.entry ?? createServiceError, () => new ErrorClass(method, parsed.origin, statusCode, details, parsed));
}
