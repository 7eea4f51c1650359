import { bodyText } from '../body/body-text.js';
import { getErrorInfo } from '../catalog/get-error-info.js';
import { bodyDigest } from '../body/body-digest.js';
import { describeServiceError } from '../digest/describe.js';
import { UNKNOWN, type DigestMsg, type ErrorFields } from '../digest/digest.js';
import { fieldsOfDigest } from '../digest/fields-of-digest.js';
import { normalizeHeaders, type ErrorHeaders, type HeadersInput } from '../http/headers.js';
import { redactUrl } from '../http/redact.js';
import { checkStatusCode } from '../http/status-code.js';
import { registerErrorClass } from './class-identity.js';
import { CosError } from './cos-error.js';

/** What a service error knows beyond the Python constructor's three arguments. */
export interface ServiceErrorDetails {
  /** The response headers; they supply request and trace ids the body lacks. */
  headers?: HeadersInput;
  /** The request URL; kept with its credentials redacted. */
  url?: string;
  /** The error that caused this one, kept as `cause`. */
  cause?: unknown;
}

/** The error object of the COS JavaScript, Node.js and Mini Program SDKs. */
export interface SdkErrorBody {
  /** The error code as COS sent it, or `Unknown`. */
  readonly Code: string;
  /** COS's description of the error, or `Unknown`. */
  readonly Message: string;
  /** The bucket and object (or URL) the error is about, or `Unknown`. */
  readonly Resource: string;
  /** The id COS gave the request, or `Unknown`. */
  readonly RequestId: string;
  /** COS's trace id for the request, or `Unknown`. */
  readonly TraceId: string;
}

/** @internal */
export interface ParsedBody {
  readonly origin: string;
  readonly digest: DigestMsg;
  readonly fields: ErrorFields;
  /** The response headers, already normalized and redacted. */
  readonly headers: ErrorHeaders;
}

function parseMessage(message: unknown, headersInput: unknown): ParsedBody {
  const headers = normalizeHeaders(headersInput);
  if (typeof message === 'object' && message !== null) {
    const digest = message as Readonly<Record<string, unknown>>;
    return { origin: '', digest, fields: fieldsOfDigest(digest), headers };
  }
  const origin = bodyText(message);
  const { digest, fields } = bodyDigest(origin);
  return { origin, digest, fields, headers };
}

function withHeaderIds(fields: ErrorFields, headers: ErrorHeaders): ErrorFields {
  const requestId = fields.requestId !== UNKNOWN ? fields.requestId : (headers['x-cos-request-id'] ?? '').trim();
  const traceId = fields.traceId !== UNKNOWN ? fields.traceId : (headers['x-cos-trace-id'] ?? '').trim();
  if (requestId === fields.requestId && traceId === fields.traceId) return fields;
  return { ...fields, requestId: requestId || UNKNOWN, traceId: traceId || UNKNOWN };
}

/**
 * COS answered with an error: the COS Python SDK's `CosServiceError`, with its constructor and
 * its eight getters, and the fields of the COS JavaScript SDKs' errors.
 *
 * The factories return the subclass for the error code (`NoSuchKeyError` and the rest); this
 * class itself stands for a code the catalog does not know, or none.
 *
 * @group Base classes
 */
export class CosServiceError extends CosError {
  /** The class name: `CosServiceError`, or the code class's own name. */
  declare readonly name: string;

  /** The HTTP status. */
  readonly statusCode: number;
  /** The error code exactly as COS sent it, or `Unknown`; the same as `getErrorCode()`. */
  readonly code: string;
  /** The id COS gave the request, or `Unknown`. */
  readonly requestId: string;
  /** COS's trace id for the request, or `Unknown`. */
  readonly traceId: string;
  /** The bucket and object (or URL) the error is about, or `Unknown`. */
  readonly resource: string;
  /** The request method. */
  readonly method: string;
  /** The request URL with credentials redacted, when known. */
  readonly url: string | undefined;
  /** The response headers: lower-case names, credentials redacted. */
  readonly headers: ErrorHeaders;
  /** The error as the COS JavaScript SDKs give it. */
  readonly error: SdkErrorBody;

  readonly #origin: string;
  readonly #digest: DigestMsg;
  readonly #fields: ErrorFields;

  static {
    registerErrorClass(this, 'CosServiceError');
  }

  /**
   * The COS Python SDK's `CosServiceError(method, message, status_code)`.
   *
   * @param method the request method, such as `GET`.
   * @param message the raw response body, or a digest object (then `getOriginMsg()` is `''`).
   * @param statusCode the HTTP status, an integer from 100 to 599.
   * @param details headers, URL and cause, when known.
   * @throws TypeError when `statusCode` is not an HTTP status.
   *
   * @example
   * ```ts
   * const error = new CosServiceError('GET', '<Error><Code>NoSuchKey</Code></Error>', 404);
   * error.getErrorCode(); // 'NoSuchKey'
   * ```
   */
  constructor(method: string, message: string | Readonly<Record<string, unknown>>, statusCode: number, details?: ServiceErrorDetails);
  /**
   * A factory that has read the body already passes what it read, so it is not parsed twice.
   * @internal
   */
  constructor(method: string, message: string, statusCode: number, details: ServiceErrorDetails, parsed: ParsedBody);
  constructor(
    method: string,
    message: string | Readonly<Record<string, unknown>>,
    statusCode: number,
    details: ServiceErrorDetails = {},
    parsed: ParsedBody = parseMessage(message, details.headers),
  ) {
    const status = checkStatusCode(statusCode);
    const headers = parsed.headers;
    const fields = withHeaderIds(parsed.fields, headers);
    super(describeServiceError(fields, status), 'cause' in details ? { cause: details.cause } : undefined);
    this.statusCode = status;
    this.code = fields.code;
    this.requestId = fields.requestId;
    this.traceId = fields.traceId;
    this.resource = fields.resource;
    this.method = typeof method === 'string' && method !== '' ? method : 'GET';
    this.url = typeof details.url === 'string' ? redactUrl(details.url) : undefined;
    this.headers = headers;
    this.error = {
      Code: fields.code,
      Message: fields.message,
      Resource: fields.resource,
      RequestId: fields.requestId,
      TraceId: fields.traceId,
    };
    this.#origin = parsed.origin;
    this.#digest = parsed.digest;
    this.#fields = fields;
  }

  /** The raw response body; `''` when the error was built from a digest object or from headers. */
  getOriginMsg(): string {
    return this.#origin;
  }

  /** The digest: the five facts of an error document, a JSON object, the headers, or `Response Error Msg Is INVALID`. */
  getDigestMsg(): DigestMsg {
    return this.#digest;
  }

  /** The HTTP status. */
  getStatusCode(): number {
    return this.statusCode;
  }

  /** The error code exactly as COS sent it, or `Unknown`. */
  getErrorCode(): string {
    return this.#fields.code;
  }

  /** COS's description of the error, or `Unknown`. */
  getErrorMsg(): string {
    return this.#fields.message;
  }

  /** The bucket and object (or URL) the error is about, or `Unknown`. */
  getResourceLocation(): string {
    return this.#fields.resource;
  }

  /** COS's trace id, from the body or else the `x-cos-trace-id` header, or `Unknown`. */
  getTraceId(): string {
    return this.#fields.traceId;
  }

  /** The request id, from the body or else the `x-cos-request-id` header, or `Unknown`. */
  getRequestId(): string {
    return this.#fields.requestId;
  }

  /**
   * Whether sending the same request again can succeed: the catalog says so for the code, or the
   * status is 500 or more and not 501 (Not Implemented).
   */
  get retryable(): boolean {
    if (getErrorInfo(this.#fields.code)?.retryable === true) return true;
    return this.statusCode >= 500 && this.statusCode !== 501;
  }

  /** The facts a log line needs, without headers or body. */
  toJSON(): ServiceErrorJson {
    const json: ServiceErrorJson = {
      name: this.name,
      message: this.message,
      code: this.code,
      statusCode: this.statusCode,
      requestId: this.requestId,
      traceId: this.traceId,
      resource: this.resource,
      method: this.method,
      retryable: this.retryable,
    };
    return this.url === undefined ? json : { ...json, url: this.url };
  }
}

/** What `CosServiceError.toJSON()` returns. */
export interface ServiceErrorJson {
  /** The class name. */
  readonly name: string;
  /** The error message. */
  readonly message: string;
  /** The error code as COS sent it. */
  readonly code: string;
  /** The HTTP status. */
  readonly statusCode: number;
  /** The request id. */
  readonly requestId: string;
  /** The trace id. */
  readonly traceId: string;
  /** The bucket and object (or URL) the error is about. */
  readonly resource: string;
  /** The request method. */
  readonly method: string;
  /** The request URL, credentials redacted, when known. */
  readonly url?: string;
  /** Whether sending the request again can succeed. */
  readonly retryable: boolean;
}
