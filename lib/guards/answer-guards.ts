import { fromSdkError } from '../adapters/from-sdk-error.js';
import { entryOfCode } from '../catalog/catalog-index.js';
import { CosError } from '../errors/cos-error.js';
import type { CosServiceError } from '../errors/cos-service-error.js';

/*
 * Guards that answer on any error: this package's, or what a COS SDK, the AWS S3 client, axios or
 * fetch threw, read as fromSdkError reads it. So `isRetryable(sdkError)` answers before anyone
 * converted anything. They never throw, whatever they are given.
 */

/** The error of this package `value` is, or the one fromSdkError makes of it (neither throws). */
function ours(value: unknown): CosError {
  return value instanceof CosError ? value : fromSdkError(value);
}

/** Whether `decide` holds for the service error `value` is or stands for; false on anything that throws. */
function serviceErrorWhere(value: unknown, decide: (error: CosServiceError) => boolean): boolean {
  try {
    // Reading a proxy of one of ours can throw: the caller gets false.
    const error = ours(value);
    return 'statusCode' in error && decide(error as CosServiceError);
  } catch {
    return false;
  }
}

// Codes that mean "slow down" whatever status they come with.
const THROTTLING_CODES: ReadonlySet<string> = new Set(['SlowDown', 'TooManyRequestsException', 'KmsFreqControl']);

/**
 * Whether sending the same request again can succeed: a catalog code marked retryable
 * (`SlowDown`, `InternalError`, …), a status of 429, or of 500 or more except 501 (Not
 * Implemented), or a network failure or a timeout. Takes this package's errors and what any COS
 * client threw alike.
 *
 * @example
 * ```ts
 * try {
 *   await cos.putObject({ Bucket, Region, Key, Body });
 * } catch (error) {
 *   if (!isRetryable(error)) throw error;
 *   await cos.putObject({ Bucket, Region, Key, Body });
 * }
 * ```
 *
 * @group Helpers
 */
export function isRetryable(error: unknown): boolean {
  try {
    return ours(error).retryable === true;
  } catch {
    return false;
  }
}

/**
 * Whether `value` says that what was asked for does not exist: status 404 (`NoSuchKey`,
 * `NoSuchBucket`, `NoSuchUpload`, the `NoSuchResource` of a HEAD request, a vector bucket's
 * `NotFoundException`, a bare 404), or a code the catalog gives status 404. One check in place of
 * three `instanceof`; it takes this package's errors and what any COS client threw alike, and
 * narrows this package's errors to `CosServiceError`.
 *
 * @example
 * ```ts
 * try {
 *   await cos.headObject({ Bucket, Region, Key });
 * } catch (error) {
 *   if (isNotFound(error)) return false;
 *   throw error;
 * }
 * ```
 *
 * @group Helpers
 */
export function isNotFound(value: CosError | null | undefined): value is CosServiceError;
export function isNotFound(value: unknown): boolean;
export function isNotFound(value: unknown): boolean {
  return serviceErrorWhere(value, (error) => error.statusCode === 404 || (entryOfCode(error.getErrorCode())?.row[0].includes(404) ?? false));
}

/**
 * Whether `value` says to slow down: status 429, or a throttling code whatever its status
 * (`SlowDown`, `TooManyRequestsException`, `KmsFreqControl`). Such a request can be sent again
 * after a pause (see {@link isRetryable}). It takes this package's errors and what any COS
 * client threw alike.
 *
 * @example
 * ```ts
 * try {
 *   await cos.putObject({ Bucket, Region, Key, Body });
 * } catch (error) {
 *   if (isThrottled(error)) await new Promise((resolve) => setTimeout(resolve, 1000));
 *   else throw error;
 * }
 * ```
 *
 * @group Helpers
 */
export function isThrottled(value: CosError | null | undefined): value is CosServiceError;
export function isThrottled(value: unknown): boolean;
export function isThrottled(value: unknown): boolean {
  return serviceErrorWhere(value, (error) => error.statusCode === 429 || THROTTLING_CODES.has(error.getErrorCode()));
}
