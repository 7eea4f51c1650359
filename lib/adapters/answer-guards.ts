import { fromSdkError } from './from-sdk-error.js';
import { CosError } from '../errors/cos-error.js';

/*
 * A guard that answers on any error: this package's, or what a COS SDK, the AWS S3 client, axios
 * or fetch threw, read as fromSdkError reads it (a failure with no answer is classified too). So
 * `isRetryable(sdkError)` answers before anyone converted anything. It never throws.
 */

/** The error of this package `value` is, or the one fromSdkError makes of it (neither throws). */
function ours(value: unknown): CosError {
  return value instanceof CosError ? value : fromSdkError(value);
}

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
