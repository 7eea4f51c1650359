import { CosServiceError } from '../errors/cos-service-error.js';
import { rowOfCode } from './catalog-index.js';
import type { CatalogRow } from './catalog-row.js';

function rowOf(errorClass: { readonly code: string }): CatalogRow | undefined {
  return rowOfCode(errorClass.code);
}

/**
 * COS answered with a code the catalog knows: the base of every code class (`NoSuchKeyError`,
 * `SlowDownError`, …), whose static facts (`code`, `aliases`, `statusCodes`, `description`,
 * `retryable`) come from the catalog. `instanceof KnownCodeError` tells a known code from one
 * the catalog does not have (then the error is a `CosServiceError` itself).
 *
 * @example
 * ```ts
 * try {
 *   await cos.getObject({ Bucket, Region, Key });
 * } catch (error) {
 *   if (error instanceof KnownCodeError) console.warn(error.code, (error.constructor as typeof KnownCodeError).description);
 *   throw error;
 * }
 * ```
 *
 * @group Base classes
 */
export class KnownCodeError extends CosServiceError {
  /** @internal */
  static override get errorName(): string {
    return 'KnownCodeError';
  }

  // Each static fact is read from the catalog row of the code of the class asked (the subclass,
  // `this`, whose own getter gives its code).

  /** The COS error code the class stands for (`''` for KnownCodeError itself). */
  static get code(): string {
    return '';
  }

  /** Other spellings COS sends the code with. */
  static get aliases(): readonly string[] {
    return Object.freeze([...(rowOf(this)?.[2] ?? [])]);
  }

  /** The HTTP statuses COS sends the code with. */
  static get statusCodes(): readonly number[] {
    return Object.freeze([...(rowOf(this)?.[1] ?? [])]);
  }

  /** What the code means. */
  static get description(): string {
    return rowOf(this)?.[3] ?? '';
  }

  /** Whether retrying the same request can succeed. */
  static get retryable(): boolean {
    return rowOf(this)?.[4] ?? false;
  }
}
