import { CosError } from '../errors/cos-error.js';

/**
 * Whether sending the same request again can succeed: a catalog code marked retryable
 * (`SlowDown`, `InternalError`, …), any status of 500 or more except 501 (Not Implemented), or a
 * client error of kind `network` or `timeout`. Anything else, including values that are not
 * errors of this package, is not.
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
  return error instanceof CosError && error.retryable === true;
}
