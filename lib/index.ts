/**
 * Typed errors for Tencent Cloud Object Storage (COS).
 * @packageDocumentation
 */
export { CosError } from './errors/cos-error.js';
export { CosClientError, type ClientErrorJson, type ClientErrorKind, type ClientErrorOptions } from './errors/cos-client-error.js';
export type { CauseSummary, InspectFunction } from './errors/log-view.js';
export { CosServiceError, type SdkErrorBody, type ServiceErrorDetails, type ServiceErrorJson } from './errors/cos-service-error.js';
export { INVALID_DIGEST, UNKNOWN, type DigestMsg, type ErrorDigest, type InvalidDigest } from './response/digest.js';
export { DEFAULT_MAX_BODY_BYTES, type BodyInput } from './response/body-text.js';
export { REDACTED } from './redact/redacted.js';
export type { ErrorHeaders, HeadersInput, HeadersLike } from './response/headers.js';
export type { CosErrorInfo, LocalizedText } from './catalog/error-info.js';
export type { CosErrorCode } from './catalog/generated-entries.js';
export { getErrorInfo, listErrorInfo } from './catalog/get-error-info.js';
export { KnownCodeError, type CodeErrorFacts } from './errors/codes/known-code-error.js';
export * from './errors/codes/generated-classes.js';
export { isCosClientError, isCosError, isCosServiceError, isNotFound, isThrottled } from './errors/guards.js';
export { isRetryable } from './adapters/answer-guards.js';
export { createServiceError } from './factories/create-service-error.js';
export type { ResponseInput } from './factories/response-input.js';
export { fromResponse, type FromResponseOptions } from './factories/from-response.js';
export type { AbortSignalLike } from './factories/stream/read-capped.js';
export type { StreamReadResult } from './factories/stream/body-source.js';
export type { BodyStreamLike, FetchResponseLike, NodeResponseLike, StreamReaderLike } from './factories/stream/response-kinds.js';
export { findServiceError } from './factories/find-service-error.js';
export { fromSdkError } from './adapters/from-sdk-error.js';
export { withTypedErrors } from './adapters/with-typed-errors.js';
export type { TypedClient, TypedMethod } from './adapters/typed-client.js';
