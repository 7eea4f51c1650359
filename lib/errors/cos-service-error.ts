import { isInstanceOf } from '../util/read-foreign.js';
import { defineOwn } from '../util/plain-copy.js';
import { clipRedacted, redactText } from '../redact/redact-text.js';
import { UNKNOWN, type DigestMsg } from '../response/digest.js';
import type { ErrorHeaders, HeadersInput } from '../response/headers.js';
import { ReadResponse, readMessage } from '../response/response-facts.js';
import { CosError } from './cos-error.js';

/** What a service error knows beyond the Python constructor's three arguments. */
export interface ServiceErrorDetails {
  /** The response headers; they supply request and trace ids the body lacks. */
  headers?: HeadersInput | undefined;
  /** The request URL; kept with its credentials redacted. */
  url?: string | undefined;
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

/** The static facts of a code class, as the constructor reads them (inherited by a user's subclass). */
type CodeClassFacts = { readonly code?: unknown; readonly aliases?: unknown; readonly retryable?: unknown };

// A message is one log line: COS text can be a whole body, so parts are cut and the line is folded.
const FOLDABLE = /[\t\n\v\f\r]| {2}/;

/**
 * COS answered with an error: the COS Python SDK's `CosServiceError` (its constructor and eight getters), with the fields
 * of the COS JavaScript SDKs' errors. The factories return the subclass for the error code (`NoSuchKeyError` and the
 * rest); this class itself stands for a code the catalog does not know, or none.
 * @group Base classes
 */
export class CosServiceError extends CosError {
  /** The class name: `CosServiceError`, or the code class's own name. */
  declare readonly name: string;
  /** @internal */
  static override get errorName(): string {
    return 'CosServiceError';
  }
  /** The HTTP status. */
  readonly statusCode: number;
  /**
   * The error code as the COS JavaScript SDKs give it: the code COS sent (`NoSuchKey`), or the status as text (`'404'`,
   * `'502'`) where the answer carried none (a HEAD, an empty body, a gateway's page), as `cos-nodejs-sdk-v5` and
   * `cos-js-sdk-v5` set `err.code`. A code class's instance has one of its class's codes (see the constructor), or the
   * status text where the class came from the status alone. {@link CosServiceError.getErrorCode} gives Python's answer.
   */
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

  // Each fact in a slot of its own: keeping the facts object would keep it and its fields object with every error.
  readonly #errorCode: string;
  readonly #errorMsg: string;
  readonly #documented: boolean;
  readonly #origin: string;
  readonly #digest: DigestMsg;
  readonly #note: string | undefined;
  /**
   * The COS Python SDK's `CosServiceError(method, message, status_code)`.
   *
   * A code class (`NoSuchKeyError`, …) keeps its own code: given a body with another code, its `code` and
   * `getErrorCode()` are still the class's (the body's code stays in `getDigestMsg()` and `getOriginMsg()`), so an
   * instance never contradicts its type. To get the class for a body's code, use {@link createServiceError}.
   *
   * @param method the request method, such as `GET`.
   * @param message the raw response body, or a digest object (then `getOriginMsg()` is `''`).
   * @param statusCode the HTTP status, an integer from 100 to 599.
   * @param details headers, URL and cause, when known.
   * @throws TypeError when `statusCode` is not an HTTP status; nothing else about the arguments makes it throw (what
   * cannot be read is said in the message).
   *
   * @example
   * ```ts
   * const error = new CosServiceError('GET', '<Error><Code>NoSuchKey</Code></Error>', 404);
   * error.getErrorCode(); // 'NoSuchKey'
   * ```
   */
  constructor(method: string, message: string | Readonly<Record<string, unknown>>, statusCode: number, details?: ServiceErrorDetails);
  /** The error for a response the factories have read (one constructor call makes the right class). @internal */
  constructor(response: ReadResponse);
  constructor(method: string | ReadResponse, message?: unknown, statusCode?: number, details?: ServiceErrorDetails) {
    const read = isInstanceOf(method, ReadResponse) ? method : readMessage(method, message, statusCode, details);
    super(undefined, read.cause);
    const { facts } = read;
    const { fields } = facts;
    this.statusCode = read.statusCode;
    this.#errorMsg = fields.message;
    this.#documented = facts.documented;
    this.#origin = facts.origin;
    this.#digest = facts.digest;
    this.#note = facts.note;
    // A code class keeps its code (or takes an alias of it), whatever the body said; aliases are read only then.
    const { code: own } = new.target as CodeClassFacts;
    const classHoldsOwn = typeof own === 'string' && own !== '' && own !== fields.code;
    const aliases = classHoldsOwn ? (new.target as CodeClassFacts).aliases : undefined;
    this.#errorCode = !classHoldsOwn || (Array.isArray(aliases) && aliases.includes(fields.code)) ? fields.code : own;
    // The JavaScript SDKs' code is the status as text where the rules found no code, unless a code class holds its own.
    this.code = facts.documented || classHoldsOwn ? this.#errorCode : String(read.statusCode);
    this.requestId = fields.requestId;
    this.traceId = fields.traceId;
    this.resource = fields.resource;
    this.method = read.method;
    this.url = facts.url;
    this.headers = facts.headers;
  }
  /**
   * What went wrong, in one line: code, COS's message, status, request id and resource (those known), e.g.
   * `NoSuchKey: The specified key does not exist. (status 404, request id NWQ0…, resource b/k)`.
   */
  override get message(): string {
    const { requestId, resource } = this;
    const code = this.#errorCode;
    const errorMsg = this.#errorMsg;
    let head: string;
    if (code !== UNKNOWN) head = errorMsg !== UNKNOWN ? `${clipRedacted(code)}: ${clipRedacted(errorMsg)}` : clipRedacted(code);
    else head = errorMsg !== UNKNOWN ? clipRedacted(errorMsg) : 'COS answered with an error and no error code';
    let where = `status ${this.statusCode}`;
    if (requestId !== UNKNOWN) where += `, request id ${clipRedacted(requestId)}`;
    if (resource !== UNKNOWN) where += `, resource ${clipRedacted(resource)}`;
    if (this.#note !== undefined) where += `; ${clipRedacted(this.#note)}`;
    const line = `${head} (${where})`;
    // Folding and cutting can join what the parts' redaction saw apart (`Authorization:`, a value on the next line).
    return redactText(FOLDABLE.test(line) ? line.replace(/\s+/g, ' ') : line);
  }
  /** Gives this one error a message of its own, in place of the computed one. */
  override set message(value: string) {
    defineOwn(this, 'message', value);
  }
  /**
   * The error document as the COS JavaScript SDKs give it: `{ Code, Message, Resource, RequestId, TraceId }`; `undefined`
   * where the answer had none (a HEAD, an empty body, a gateway's page), as the SDKs leave `err.error` unset then, so
   * `err.error?.Code ?? err.code` gives what it gave with the SDK.
   */
  get error(): SdkErrorBody | undefined {
    if (!this.#documented) return undefined;
    return { Code: this.#errorCode, Message: this.#errorMsg, Resource: this.resource, RequestId: this.requestId, TraceId: this.traceId };
  }
  /** The request id as `cos-nodejs-sdk-v5` sets `err.RequestId`: the `x-cos-request-id` (else `x-ci-request-id`) header, or `undefined`. */
  get RequestId(): string | undefined {
    return this.headers['x-cos-request-id'] ?? this.headers['x-ci-request-id'];
  }
  /** The `x-cos-version-id` header, as `cos-nodejs-sdk-v5` sets `err.VersionId`, or `undefined`. */
  get VersionId(): string | undefined {
    return this.headers['x-cos-version-id'];
  }
  /** The `x-cos-delete-marker` header (`'true'` for a GET of a delete marker), as `cos-nodejs-sdk-v5` sets `err.DeleteMarker`, or `undefined`. */
  get DeleteMarker(): string | undefined {
    return this.headers['x-cos-delete-marker'];
  }
  /**
   * The raw response body, exactly as received (up to the byte cap, and not redacted); `''` when the error was built
   * from a digest object or from headers. The Python SDK's `get_origin_msg()`.
   */
  getOriginMsg(): string {
    return this.#origin;
  }
  /**
   * The digest: an error document's five facts (`code`, `message`, `resource`, `requestid`, `traceid`), a JSON body's
   * object, the headers, or `Response Error Msg Is INVALID`; a plain copy, credentials redacted. Python's `get_digest_msg()`.
   */
  getDigestMsg(): DigestMsg {
    return this.#digest;
  }
  /** The HTTP status. The Python SDK's `get_status_code()`. */
  getStatusCode(): number {
    return this.statusCode;
  }
  /**
   * The error code exactly as COS sent it (`NoSuchKey`, or an alias such as `RequestTimeOut`), or `Unknown`. The Python
   * SDK's `get_error_code()`.
   *
   * @example
   * ```ts
   * try {
   *   await cos.getObject({ Bucket, Region, Key });
   * } catch (error) {
   *   if (error instanceof CosServiceError && error.getErrorCode() === 'NoSuchKey') console.log('no such key');
   * }
   * ```
   */
  getErrorCode(): string {
    return this.#errorCode;
  }
  /** COS's description of the error, or `Unknown`. The Python SDK's `get_error_msg()`. */
  getErrorMsg(): string {
    return this.#errorMsg;
  }
  /** The bucket and object (or URL) the error is about, or `Unknown`. The Python SDK's `get_resource_location()`. */
  getResourceLocation(): string {
    return this.resource;
  }
  /** COS's trace id, from the body or else the `x-cos-trace-id` header, or `Unknown`. The Python SDK's `get_trace_id()`. */
  getTraceId(): string {
    return this.traceId;
  }
  /**
   * The request id, from the body or else the `x-cos-request-id` (or `x-ci-request-id`) header, or `Unknown`: the id to
   * quote to Tencent Cloud support. The Python SDK's `get_request_id()`.
   */
  getRequestId(): string {
    return this.requestId;
  }
  /**
   * Whether sending the same request again can succeed: the catalog says so for the code class (`SlowDownError.retryable`),
   * the status is 429 (Too Many Requests), or it is 500 or more and not 501 (Not Implemented).
   */
  get retryable(): boolean {
    if ((this.constructor as CodeClassFacts).retryable === true) return true;
    return this.statusCode === 429 || (this.statusCode >= 500 && this.statusCode !== 501);
  }
  /** The facts a log line needs, without headers or body. */
  toJSON(): ServiceErrorJson {
    return {
      name: this.name,
      message: this.message,
      code: this.code,
      statusCode: this.statusCode,
      requestId: this.requestId,
      traceId: this.traceId,
      resource: this.resource,
      method: this.method,
      retryable: this.retryable,
      ...(this.url === undefined ? {} : { url: this.url }),
    };
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
