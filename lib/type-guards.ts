import { entryOfCode } from './catalog/catalog-index.js';
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

// Codes that mean "slow down" whatever status they come with.
const THROTTLING_CODES: ReadonlySet<string> = new Set(['SlowDown', 'TooManyRequestsException', 'KmsFreqControl']);

/**
 * Whether `value` says that what was asked for does not exist: any COS error with status 404
 * (`NoSuchKey`, `NoSuchBucket`, `NoSuchUpload`, a HEAD's `NoSuchResource`, a vector bucket's
 * `NotFoundException`, a bare 404), or with a code the catalog gives status 404. One check in
 * place of three `instanceof`.
 *
 * @example
 * ```ts
 * try {
 *   await cos.headObject({ Bucket, Region, Key });
 * } catch (error) {
 *   if (isNotFound(fromSdkError(error))) return false;
 *   throw error;
 * }
 * ```
 *
 * @group Helpers
 */
export function isNotFound(value: unknown): value is CosServiceError {
  if (!(value instanceof CosServiceError)) return false;
  return value.statusCode === 404 || (entryOfCode(value.code)?.row[0].includes(404) ?? false);
}

/**
 * Whether `value` says to slow down: status 429, or a throttling code whatever its status
 * (`SlowDown`, `TooManyRequestsException`, `KmsFreqControl`). Such a request can be sent again
 * after a pause (see {@link isRetryable}).
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
export function isThrottled(value: unknown): value is CosServiceError {
  return value instanceof CosServiceError && (value.statusCode === 429 || THROTTLING_CODES.has(value.code));
}
