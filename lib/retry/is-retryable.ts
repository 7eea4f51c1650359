import { getErrorInfo } from '../catalog/get-error-info.js';
import { CosClientError } from '../errors/cos-client-error.js';
import { CosServiceError } from '../errors/cos-service-error.js';

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
  if (error instanceof CosServiceError) {
    if (getErrorInfo(error.getErrorCode())?.retryable === true) return true;
    const status = error.getStatusCode();
    return status >= 500 && status !== 501;
  }
  if (error instanceof CosClientError) return error.kind === 'network' || error.kind === 'timeout';
  return false;
}
