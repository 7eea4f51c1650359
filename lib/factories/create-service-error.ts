import { bodyText } from '../body/body-text.js';
import { bodyDigest } from '../body/body-digest.js';
import { serviceErrorClassFor } from '../catalog/class-for-code.js';
import { UNKNOWN, type ErrorDigest } from '../digest/digest.js';
import { fieldsOfDigest, fieldText, NO_FIELDS } from '../digest/fields-of-digest.js';
import type { CosServiceError, ParsedBody, ServiceErrorDetails } from '../errors/cos-service-error.js';
import { normalizeHeaders, type ErrorHeaders } from '../http/headers.js';
import { redactUrl } from '../http/redact.js';
import { checkStatusCode } from '../http/status-code.js';
import { maxBodyBytesOption } from './max-body-bytes.js';
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

/**
 * A body already parsed by someone else (the COS SDKs keep only their parse of it): its digest,
 * and the text rule 3 takes as the message.
 * @internal
 */
export interface ParsedElsewhere {
  readonly digest: Readonly<Record<string, unknown>> | undefined;
  readonly message: string;
}

/** SPEC section 3: the first rule that matches decides. */
function readResponse(method: string, statusCode: number, url: string | undefined, headers: ErrorHeaders, body: unknown, maxBodyBytes: number, parsedElsewhere?: ParsedElsewhere): ParsedBody {
  if (method === 'HEAD' && statusCode === 404) {
    return digestParts(headerDigest('NoSuchResource', 'The Resource You Head Not Exist', url ?? UNKNOWN, headers), headers);
  }
  if (statusCode === 304) return digestParts(headerDigest('NotModified', 'Not Modified', url ?? UNKNOWN, headers), headers);
  const text = parsedElsewhere === undefined ? bodyText(body, maxBodyBytes) : parsedElsewhere.message;
  const headerCode = statusCode >= 400 ? fieldText(headers['x-cos-error-code']) : UNKNOWN;
  if (headerCode !== UNKNOWN) return digestParts(headerDigest(headerCode, fieldText(text), UNKNOWN, headers), headers);
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
export function createServiceError(input: ResponseInput): CosServiceError {
  return buildServiceError(input);
}

/**
 * {@link createServiceError}, optionally with a body someone else parsed and a cause.
 * @internal
 */
export function buildServiceError(input: ResponseInput, parsedElsewhere?: ParsedElsewhere, cause?: unknown): CosServiceError {
  const response: Partial<ResponseInput> = typeof input === 'object' && input !== null ? input : {};
  const statusCode = checkStatusCode(response.statusCode);
  const maxBodyBytes = maxBodyBytesOption(response.maxBodyBytes);
  const method = typeof response.method === 'string' && response.method !== '' ? response.method.toUpperCase() : 'GET';
  const url = typeof response.url === 'string' && response.url !== '' ? redactUrl(response.url) : undefined;
  const headers = normalizeHeaders(response.headers);
  const parsed = readResponse(method, statusCode, url, headers, response.body, maxBodyBytes, parsedElsewhere);
  const ErrorClass = serviceErrorClassFor(parsed.fields.code);
  const details: ServiceErrorDetails = cause === undefined ? { url } : { url, cause };
  return new ErrorClass(method, parsed.origin, statusCode, details, parsed);
}
