import { fieldText } from '../response/fields.js';
import { CosClientError } from '../errors/cos-client-error.js';
import { CosError } from '../errors/cos-error.js';
import { createServiceError } from '../factories/create-service-error.js';
import { FactoryHandOver } from '../factories/factory-hand-over.js';
import { isStatusCode } from '../response/status-code.js';
import type { HeadersInput } from '../response/headers.js';
import { clientErrorKindOf } from './client-error-kind-of.js';

/** The fields the COS JavaScript SDKs put on their errors, all optional. */
interface SdkErrorShape {
  statusCode?: unknown;
  headers?: unknown;
  url?: unknown;
  method?: unknown;
  code?: unknown;
  name?: unknown;
  message?: unknown;
  error?: unknown;
}

function textOf(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

/** The status of an SDK error: its `statusCode`, or a `code` that is a status ('404'). */
function statusOf(error: SdkErrorShape): number | undefined {
  for (const candidate of [error.statusCode, error.code]) {
    const status = typeof candidate === 'string' && /^\d{3}$/.test(candidate) ? Number(candidate) : candidate;
    if (isStatusCode(status)) return status;
  }
  return undefined;
}

/** The SDK's parse of an error document (`error: { Code, Message, … }`), as a rule-5 digest. */
function digestOf(error: SdkErrorShape): Readonly<Record<string, unknown>> | undefined {
  const body = error.error;
  if (typeof body === 'object' && body !== null && 'Code' in body) {
    const { Code, Message, Resource, RequestId, TraceId } = body as Record<string, unknown>;
    return {
      code: fieldText(Code),
      message: fieldText(Message),
      resource: fieldText(Resource),
      requestid: fieldText(RequestId),
      traceid: fieldText(TraceId),
    };
  }
  const code = textOf(error.code);
  // Some SDK builds keep only the code and message of the document. COS codes are CamelCase
  // (NoSuchKey); system codes (ECONNRESET) and the SDK's generic 'Error' are not taken for one.
  if (/^[A-Z][a-z][A-Za-z0-9]*$/.test(code) && code !== 'Error') {
    return { code, message: fieldText(error.message), resource: fieldText(undefined), requestid: fieldText(undefined), traceid: fieldText(undefined) };
  }
  return undefined;
}

/**
 * This package's error for an error of the COS Node.js SDK (`cos-nodejs-sdk-v5`) or the COS
 * JavaScript and Mini Program SDKs, from a callback or a promise, an `Error` or a plain object.
 *
 * An error with a status becomes the `CosServiceError` subclass for its code, by the rules of
 * {@link createServiceError} (a HEAD 404 is `NoSuchResourceError` with the ids from the headers,
 * a 304 is `NotModifiedError`). One without becomes a `CosClientError` of kind `network`,
 * `timeout`, `invalid-argument`, `invalid-credentials`, `cancelled` or `unknown`. The original is
 * the `cause`; a `CosError` passes through unchanged.
 *
 * @example
 * ```ts
 * try {
 *   await cos.getObject({ Bucket, Region, Key });
 * } catch (sdkError) {
 *   const error = fromSdkError(sdkError);
 *   if (error instanceof NoSuchKeyError) return undefined;
 *   throw error;
 * }
 * ```
 *
 * @group Factories
 */
export function fromSdkError(error: unknown): CosError {
  if (error instanceof CosError) return error;
  if (typeof error !== 'object' || error === null) {
    const text = typeof error === 'string' && error !== '' ? error : `The COS SDK failed with ${String(error)}`;
    return new CosClientError(text, { kind: 'unknown', cause: error });
  }
  const shape = error as SdkErrorShape;
  const statusCode = statusOf(shape);
  const digest = digestOf(shape);
  // A success status with no error document: the answer broke while it was being read.
  const brokenSuccess = statusCode !== undefined && statusCode < 300 && digest === undefined;
  if (statusCode !== undefined && !brokenSuccess) {
    const method = textOf(shape.method) || 'GET';
    const url = textOf(shape.url) || undefined;
    const headers = typeof shape.headers === 'object' && shape.headers !== null ? (shape.headers as HeadersInput) : undefined;
    return createServiceError({ method, url, statusCode, headers, cause: error }, new FactoryHandOver(undefined, { digest }));
  }
  const code = textOf(shape.code);
  const name = textOf(shape.name);
  const message = textOf(shape.message) || code || name || 'The COS SDK failed';
  const kind = clientErrorKindOf(code, name, message);
  return new CosClientError(message, { kind: brokenSuccess && kind === 'unknown' ? 'response-read' : kind, cause: error });
}
