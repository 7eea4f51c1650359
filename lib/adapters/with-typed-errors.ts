import { fromSdkError } from './from-sdk-error.js';

// API methods the SDK runs synchronously: they return a value, not an error to convert.
const SYNCHRONOUS_METHODS: ReadonlySet<string> = new Set(['getAuth', 'getV4Auth', 'getObjectUrl']);

type AnyFunction = (...args: unknown[]) => unknown;

/**
 * The client's API methods are the functions of its prototype (the SDK installs every API there);
 * its own functions (`on`, `off`, `emit`, the task methods) and the synchronous APIs are not.
 */
function isApiMethod(client: object, name: string | symbol): name is string {
  if (typeof name !== 'string' || name === 'constructor' || SYNCHRONOUS_METHODS.has(name) || name.endsWith('Stream')) return false;
  if (Object.hasOwn(client, name)) return false;
  for (let proto = Object.getPrototypeOf(client) as object | null; proto !== null && proto !== Object.prototype; proto = Object.getPrototypeOf(proto) as object | null) {
    if (Object.hasOwn(proto, name)) return true;
  }
  return false;
}

function typedApi(client: object, method: AnyFunction): AnyFunction {
  return function typedApiMethod(this: unknown, ...args: unknown[]): unknown {
    const last = args.length - 1;
    const callback = args[last];
    if (typeof callback === 'function') {
      args[last] = (error: unknown, ...rest: unknown[]) => (callback as AnyFunction)(error ? fromSdkError(error) : error, ...rest);
    }
    const result = method.apply(client, args);
    if (typeof (result as Promise<unknown> | undefined)?.then === 'function') {
      return (result as Promise<unknown>).then(undefined, (error: unknown) => {
        throw fromSdkError(error);
      });
    }
    return result;
  };
}

/**
 * The `cos-nodejs-sdk-v5` client, wrapped so that every API method's promise rejects with, and
 * every callback receives, this package's errors (by {@link fromSdkError}). Results and every
 * other member (`getObjectUrl`, `on`, `options`, the task methods) are the client's own.
 *
 * @example
 * ```ts
 * const typed = withTypedErrors(cos);
 * try {
 *   await typed.headObject({ Bucket, Region, Key });
 * } catch (error) {
 *   if (error instanceof NoSuchResourceError) return false;
 *   throw error;
 * }
 * ```
 *
 * @group Factories
 */
export function withTypedErrors<Client extends object>(client: Client): Client {
  const wrapped = new Map<string, AnyFunction>();
  return new Proxy(client, {
    get(target, name, receiver) {
      const value: unknown = Reflect.get(target, name, receiver);
      if (typeof value !== 'function' || !isApiMethod(target, name)) return value;
      let typed = wrapped.get(name);
      if (typed === undefined) {
        typed = typedApi(target, value as AnyFunction);
        wrapped.set(name, typed);
      }
      return typed;
    },
  });
}
