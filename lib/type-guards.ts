import { CosClientError } from './errors/cos-client-error.js';
import { CosError } from './errors/cos-error.js';
import { CosServiceError } from './errors/cos-service-error.js';

/**
 * Whether `value` is any error of this package, from this copy or another loaded copy of it.
 *
 * @example
 * ```ts
 * try {
 *   await cos.getObject({ Bucket, Region, Key });
 * } catch (error) {
 *   if (isCosError(error)) console.error(error.name, error.message);
 *   else throw error;
 * }
 * ```
 *
 * @group Helpers
 */
export function isCosError(value: unknown): value is CosError {
  return value instanceof CosError;
}

/**
 * Whether `value` is an error COS answered with, from this copy or another loaded copy of this
 * package.
 *
 * @example
 * ```ts
 * try {
 *   await cos.headObject({ Bucket, Region, Key });
 * } catch (error) {
 *   if (isCosServiceError(error) && error.getStatusCode() === 404) return false;
 *   throw error;
 * }
 * ```
 *
 * @group Helpers
 */
export function isCosServiceError(value: unknown): value is CosServiceError {
  return value instanceof CosServiceError;
}

/**
 * Whether `value` is a failure to get a usable COS answer, from this copy or another loaded copy
 * of this package.
 *
 * @example
 * ```ts
 * try {
 *   await cos.putObject({ Bucket, Region, Key, Body });
 * } catch (error) {
 *   if (isCosClientError(error) && error.kind === 'timeout') return 'try again later';
 *   throw error;
 * }
 * ```
 *
 * @group Helpers
 */
export function isCosClientError(value: unknown): value is CosClientError {
  return value instanceof CosClientError;
}
