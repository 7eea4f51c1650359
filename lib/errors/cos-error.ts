import { CustomError } from 'ts-custom-error';
import { attempt, readForeign } from '../util/read-foreign.js';
import { defineOwn } from '../util/plain-copy.js';
import { redactText } from '../redact/redact-text.js';
import { carriesPackageBrand, isBrandedInstance, ownErrorName, PACKAGE_BRAND } from './class-identity.js';
import { INSPECT, type InspectFunction } from './log-view.js';

// Node's report of an uncaught error ignores custom inspect and prints `cause` with every own property (an axios error's
// `config.headers.Authorization`, a signed URL): so the cause is a redacted stand-in, the error itself `originalCause`.

/** The facts of a system or HTTP failure that a stand-in keeps. */
const KEPT_FACTS = ['code', 'errno', 'syscall', 'status', 'statusCode'] as const;
// fetch's TypeError holds the system error as its cause, which holds little more: three deep.
const DEEPEST = 3;
// A stack is a few tens of frames; a longer one is cut, not copied whole.
const LONGEST_FRAMES = 8192;

/** The frames of a foreign stack, without its first lines (which repeat the unredacted message). */
function framesOf(stack: unknown): string {
  if (typeof stack !== 'string') return '';
  // V8's and SpiderMonkey's frames open with `    at `; a plain search, as a pattern would try the message from every break.
  const first = stack.indexOf('\n    at ');
  return first === -1 ? '' : redactText(stack.slice(first, first + LONGEST_FRAMES));
}

/**
 * The stand-in for a cause: an error of ours as it is (it is safe already), a string redacted,
 * any other object an `Error` with the redacted name and message, the original's stack frames,
 * its `code`, `errno`, `syscall`, `status` and `statusCode`, and a stand-in for its own cause. Never throws.
 */
function causeStandIn(cause: unknown, depth = 0): unknown {
  if (typeof cause === 'string') return redactText(cause);
  if ((typeof cause !== 'object' && typeof cause !== 'function') || cause === null) return cause;
  if (carriesPackageBrand(cause)) return cause;
  const name = readForeign(cause, 'name');
  const message = readForeign(cause, 'message') ?? readForeign(cause, 'errMsg');
  const standIn = new Error(typeof message === 'string' ? redactText(message) : '');
  // Non-enumerable, as an Error's own properties are.
  if (typeof name === 'string' && name !== 'Error') defineOwn(standIn, 'name', redactText(name));
  defineOwn(standIn, 'stack', `${standIn.name}: ${standIn.message}${framesOf(readForeign(cause, 'stack'))}`);
  for (const key of KEPT_FACTS) {
    const value = readForeign(cause, key);
    if (typeof value === 'number') (standIn as unknown as Record<string, unknown>)[key] = value;
    else if (typeof value === 'string') (standIn as unknown as Record<string, unknown>)[key] = redactText(value);
  }
  const inner = readForeign(cause, 'cause');
  if (inner !== undefined && depth < DEEPEST) defineOwn(standIn, 'cause', causeStandIn(inner, depth + 1));
  return standIn;
}

// At run time CosError extends Error itself: CustomError's constructor would capture the stack twice and set the
// prototype afterwards (over twice the cost of a plain Error). CustomError's prototype is put into the chain instead
// (see the static block), so `instanceof CustomError` holds.
const ErrorBase = Error as unknown as typeof CustomError;

// Each error's cause as it was given, out of reach of anything that walks the error to print it.
const ORIGINAL_CAUSES = new WeakMap<object, unknown>();

/**
 * The common base of every error this package throws: the COS Python SDK's `CosException`.
 *
 * Catch it to handle anything that went wrong talking to COS; catch {@link CosServiceError} or
 * {@link CosClientError} to tell a COS answer from a failure to get one.
 * @group Base classes
 */
export abstract class CosError extends ErrorBase {
  /** The class name, such as `NoSuchKeyError`; it survives minification. */
  declare readonly name: string;
  /**
   * What caused this error, safe to print: a redacted stand-in for a foreign error (an `Error` with its name, redacted
   * message, stack frames, `code`, `errno`, `syscall`, `status`, `statusCode` and its own cause the same way), an error
   * of this package as it is, or a string redacted. The error as it was given is {@link CosError.originalCause}.
   */
  declare readonly cause?: unknown;
  /** @internal */
  static get errorName(): string {
    return 'CosError';
  }

  static {
    Object.setPrototypeOf(this.prototype, CustomError.prototype);
    Object.defineProperty(this.prototype, PACKAGE_BRAND, { value: true });
    // `name` comes from the class (its own `errorName`, or a user's subclass's function name), not from a property on
    // every instance; assigning one gives that instance its own.
    Object.defineProperty(this.prototype, 'name', {
      configurable: true,
      get(this: CosError): string {
        const constructor: unknown = this.constructor;
        return typeof constructor === 'function' ? (ownErrorName(constructor) ?? (constructor.name || 'CosError')) : 'CosError';
      },
      set(this: CosError, value: unknown): void {
        defineOwn(this, 'name', value);
      },
    });
  }
  /** @internal */
  constructor(message?: string, options?: { readonly cause?: unknown }) {
    // Options whose traps throw count as none.
    const given = attempt(
      () => (typeof options === 'object' && options !== null && 'cause' in options ? { cause: options.cause } : undefined),
      undefined,
    );
    // A subclass passes text; anything else (a symbol, an object whose toString throws) is no message.
    super(typeof message === 'string' ? message : undefined, given && { cause: causeStandIn(given.cause) });
    // Kept beside the error, not in it: most errors have no cause and carry no slot for one.
    if (given) ORIGINAL_CAUSES.set(this, given.cause);
  }
  /**
   * The cause exactly as it was given (an axios error with its request config, a COS SDK error with its signed URL),
   * not redacted, or `undefined`. Printing an error (`console.error`, `util.inspect`, `toJSON`, Node's report of an
   * uncaught error) never shows it, as it is not a property of the error. Log {@link CosError.cause} instead.
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
   * What `util.inspect` and `console.log` show: the stack, then {@link CosError.toJSON}'s facts
   * (not every field: a service error's headers are left out).
   * @hidden
   */
  [INSPECT](_depth: number, options: object, inspect: InspectFunction): string {
    return `${this.stack ?? `${this.name}: ${this.message}`} ${inspect(this.toJSON(), options)}`;
  }
}
