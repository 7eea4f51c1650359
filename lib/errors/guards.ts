import { NOT_FOUND_CODES } from '../catalog/generated-entries.js';
import { saidAnswer } from '../response/said-status.js';
import { carriesPackageBrand, hasClassNamed } from './class-identity.js';
import type { CosClientError } from './cos-client-error.js';
import type { CosError } from './cos-error.js';
import type { CosServiceError } from './cos-service-error.js';

// The guards ask the brand and the class names, not the classes: importing a guard brings no class into a bundle.
// Codes that mean "slow down" whatever status they come with.
const THROTTLING_CODES: readonly string[] = ['SlowDown', 'TooManyRequestsException', 'KmsFreqControl'];

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
 * @group Helpers
 */
export function isCosError(value: unknown): value is CosError {
  return carriesPackageBrand(value);
}

/**
 * Whether `value` is an error COS answered with, from this copy or another loaded copy of this package.
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
 * @group Helpers
 */
export function isCosServiceError(value: unknown): value is CosServiceError {
  return hasClassNamed('CosServiceError', value);
}

/**
 * Whether `value` is a failure to get a usable COS answer, from this copy or another loaded copy of this package.
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
 * @group Helpers
 */
export function isCosClientError(value: unknown): value is CosClientError {
  return hasClassNamed('CosClientError', value);
}

/**
 * Whether `value` says that what was asked for does not exist: status 404 (`NoSuchKey`, `NoSuchBucket`, `NoSuchUpload`,
 * the `NoSuchResource` of a HEAD request, a vector bucket's `NotFoundException`, a bare 404), or a code the catalog
 * gives status 404. One check in place of three `instanceof`; it takes this package's errors and what any COS client
 * threw alike, and narrows this package's errors to `CosServiceError`.
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
 * @group Helpers
 */
export function isNotFound(value: CosError | null | undefined): value is CosServiceError;
export function isNotFound(value: unknown): boolean;
export function isNotFound(value: unknown): boolean {
  const { status, code } = saidAnswer(value);
  return status === 404 || (code !== undefined && NOT_FOUND_CODES.includes(code));
}

/**
 * Whether `value` says to slow down: status 429, or a throttling code whatever its status (`SlowDown`,
 * `TooManyRequestsException`, `KmsFreqControl`). Such a request can be sent again after a pause (see
 * {@link isRetryable}). It takes this package's errors and what any COS client threw alike.
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
 * @group Helpers
 */
export function isThrottled(value: CosError | null | undefined): value is CosServiceError;
export function isThrottled(value: unknown): boolean;
export function isThrottled(value: unknown): boolean {
  const { status, code } = saidAnswer(value);
  return status === 429 || (code !== undefined && THROTTLING_CODES.includes(code));
}
