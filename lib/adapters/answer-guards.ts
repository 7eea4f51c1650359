import { fromSdkError } from './from-sdk-error.js';

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
    // fromSdkError passes this package's errors through, and reads any other as it would convert it.
    return fromSdkError(error).retryable === true;
  } catch {
    return false;
  }
}
