import { CustomError } from 'ts-custom-error';
import { errorNameOf, isBrandedInstance, registerErrorClass } from './class-identity.js';

/**
 * The common base of every error this package throws: the COS Python SDK's `CosException`.
 *
 * Catch it to handle anything that went wrong talking to COS; catch {@link CosServiceError} or
 * {@link CosClientError} to tell a COS answer from a failure to get one.
 *
 * @group Base classes
 */
export abstract class CosError extends CustomError {
  /** The class name, set explicitly so that it survives minification. */
  declare readonly name: string;

  static {
    registerErrorClass(this, 'CosError');
  }

  /**
   * `instanceof` that also recognises errors made by another loaded copy of this package (its
   * ESM and CommonJS builds, or two installed versions), and nothing else.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return isBrandedInstance(this, value);
  }

  /** @param message the text `message` carries; never empty. */
  protected constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    // CustomError names the error after the constructor's JavaScript name, which a minifier
    // renames; the registered name is the one users match on.
    Object.defineProperty(this, 'name', {
      value: errorNameOf(new.target),
      enumerable: false,
      configurable: true,
      writable: true,
    });
  }
}
