import { CustomError } from 'ts-custom-error';
import { causeStandIn } from './cause-stand-in.js';
import { isBrandedInstance, ownErrorName, PACKAGE_BRAND } from './class-identity.js';
import { INSPECT, type InspectFunction } from './log-view.js';

/** What a class's `name` is: its own static `errorName`, or (for a user's subclass) its function name. */
function classNameOf(instance: object): string {
  const constructor: unknown = (instance as { constructor?: unknown }).constructor;
  if (typeof constructor !== 'function') return 'CosError';
  return ownErrorName(constructor) ?? (constructor.name || 'CosError');
}

// At run time CosError extends Error itself, so that `super()` from a subclass builds the Error in
// one step: CustomError's constructor would capture the stack twice and set the prototype
// afterwards (over twice the cost of a plain Error). CustomError.prototype is put into the chain
// instead (see the static block), so `instanceof CustomError` holds all the same.
const ErrorBase = Error as unknown as typeof CustomError;

// Each error's cause as it was given, out of reach of anything that walks the error to print it.
const ORIGINAL_CAUSES = new WeakMap<object, unknown>();

/**
 * The common base of every error this package throws: the COS Python SDK's `CosException`.
 *
 * Catch it to handle anything that went wrong talking to COS; catch {@link CosServiceError} or
 * {@link CosClientError} to tell a COS answer from a failure to get one.
 *
 * @group Base classes
 */
export abstract class CosError extends ErrorBase {
  /** The class name, such as `NoSuchKeyError`; it survives minification. */
  declare readonly name: string;

  /**
   * What caused this error, safe to print: a redacted stand-in for the network error, the SDK's
   * own error or the failed stream (an `Error` with its name, redacted message, stack frames,
   * `code`, `errno`, `syscall`, `status` and `statusCode`, and its own cause the same way), an
   * error of this package as it is, or a string redacted. The error as it was given is
   * {@link CosError.originalCause}.
   */
  declare readonly cause?: unknown;

  /** @internal */
  static get errorName(): string {
    return 'CosError';
  }

  static {
    Object.setPrototypeOf(this.prototype, CustomError.prototype);
    Object.defineProperty(this.prototype, PACKAGE_BRAND, { value: true });
    // `name` comes from the class, not from a property every instance would carry. Assigning
    // one still works, and gives that instance its own.
    Object.defineProperty(this.prototype, 'name', {
      configurable: true,
      get(this: CosError): string {
        return classNameOf(this);
      },
      set(this: CosError, value: unknown): void {
        Object.defineProperty(this, 'name', { value, writable: true, configurable: true, enumerable: false });
      },
    });
  }

  /** @internal */
  constructor(message?: string, options?: { readonly cause?: unknown }) {
    // A subclass passes text; anything else (a symbol, an object whose toString throws) is no message.
    const text = typeof message === 'string' ? message : undefined;
    let hasCause = false;
    let cause: unknown;
    try {
      hasCause = typeof options === 'object' && options !== null && 'cause' in options;
      cause = hasCause ? (options as { readonly cause?: unknown }).cause : undefined;
    } catch {
      hasCause = false; // options whose traps throw count as none
    }
    super(text, hasCause ? { cause: causeStandIn(cause) } : undefined);
    // Kept beside the error, not in it: most errors have no cause and carry no slot for one.
    if (hasCause) ORIGINAL_CAUSES.set(this, cause);
  }

  /**
   * The cause exactly as it was given (an axios error with its request config, a COS SDK error
   * with its signed URL), not redacted; `undefined` when there is none. Printing an error
   * (`console.error`, `util.inspect`, `toJSON`, Node's report of an uncaught error) never shows
   * it: it is read from the class, not kept as a property of the error. Log
   * {@link CosError.cause} instead.
   *
   * @example
   * ```ts
   * try {
   *   await cos.getObject({ Bucket, Region, Key });
   * } catch (sdkError) {
   *   const error = fromSdkError(sdkError);
   *   console.error(error); // its cause is the redacted stand-in
   *   return error.originalCause === sdkError; // true: the SDK's own error, for code, not for logs
   * }
   * ```
   */
  get originalCause(): unknown {
    return ORIGINAL_CAUSES.get(this);
  }

  /**
   * `instanceof` that also recognises errors made by another loaded copy of this package (its
   * ESM and CommonJS builds, or two installed versions), and nothing else.
   * @hidden
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
   * @hidden
   */
  [INSPECT](_depth: number, options: object, inspect: InspectFunction): string {
    return `${this.stack ?? `${this.name}: ${this.message}`} ${inspect(this.toJSON(), options)}`;
  }
}
