/** What the COS Python SDK, and so this package, says of a fact it does not know. */
export const UNKNOWN = 'Unknown';

/** The digest of a body that is neither an error document nor a JSON object, as in the Python SDK. */
export const INVALID_DIGEST = 'Response Error Msg Is INVALID';

/** The type of {@link INVALID_DIGEST}. */
export type InvalidDigest = typeof INVALID_DIGEST;

/** The five facts of an error, keyed as the COS Python SDK keys its digest. Missing facts are {@link UNKNOWN}. */
export interface ErrorDigest {
  /** The error code, as COS sent it. */
  code: string;
  /** COS's description of the error. */
  message: string;
  /** The bucket and object (or the URL) the error is about. */
  resource: string;
  /** The id COS gave the request. */
  requestid: string;
  /** COS's trace id for the request. */
  traceid: string;
}

/**
 * What `getDigestMsg()` returns: the digest of an error document, the parsed JSON object, the response headers (for an empty
 * body), a plain copy of the object given to the constructor (credentials redacted), or {@link INVALID_DIGEST}.
 */
export type DigestMsg = ErrorDigest | Readonly<Record<string, unknown>> | InvalidDigest;

/** What `getErrorCode()`, `getErrorMsg()`, `getResourceLocation()`, `getRequestId()` and `getTraceId()` return, after header fallbacks. */
export interface ErrorFields {
  readonly code: string;
  readonly message: string;
  readonly resource: string;
  readonly requestId: string;
  readonly traceId: string;
}
