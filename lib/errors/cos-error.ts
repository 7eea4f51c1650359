import { CustomError } from 'ts-custom-error';
import { errorNameOf, isBrandedInstance, registerErrorClass } from './class-identity.js';
import { INSPECT, type InspectFunction } from './log-view.js';

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

  /** Whether sending the same request again can succeed. */
  abstract get retryable(): boolean;

  /** The facts a log line needs, as a plain object: short, and free of credentials. */
  abstract toJSON(): object;

  /**
   * What `util.inspect` and `console.log` show: the stack, then {@link CosError.toJSON}'s facts,
   * not every field (a service error's headers are left out).
   */
  [INSPECT](_depth: number, options: object, inspect: InspectFunction): string {
    return `${this.stack ?? `${this.name}: ${this.message}`} ${inspect(this.toJSON(), options)}`;
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
