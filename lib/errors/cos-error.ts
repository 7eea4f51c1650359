import { CustomError } from 'ts-custom-error';
import { hasRegisteredName, isBrandedInstance, registerErrorClass } from './class-identity.js';
import { INSPECT, type InspectFunction } from './log-view.js';

// Always true: the branch only keeps CustomError's constructor in place for the type checker,
// which requires a derived class to call super().
const BUILD_ERROR_DIRECTLY = true;

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
    // CustomError's constructor captures the stack twice (Error() and captureStackTrace) and sets
    // the prototype afterwards: measured at over twice a plain Error before any work of ours. The
    // same object, an Error whose prototype is the subclass's, is made here directly, with one
    // capture that starts at the caller (V8 skips the frames of new.target's constructors).
    if (BUILD_ERROR_DIRECTLY) {
      const error = Reflect.construct(Error, options === undefined ? [message] : [message, options], new.target) as CosError;
      // Registered classes carry their name on the prototype; a user's own subclass gets its own.
      if (!hasRegisteredName(new.target)) {
        Object.defineProperty(error, 'name', { value: new.target.name, enumerable: false, configurable: true, writable: true });
      }
      return error;
    }
    super(message, options);
  }
}
