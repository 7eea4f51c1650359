import { CosClientError } from '../errors/cos-client-error.js';
import { CosError } from '../errors/cos-error.js';
import { failureMessage, fromSdkError } from './from-sdk-error.js';
import type { TypedClient } from './typed-client.js';
import { isForeignObject, readForeign } from '../util/read-foreign.js';

// API methods the SDK runs synchronously: they return a value, not an error to convert.
const SYNCHRONOUS_METHODS: ReadonlySet<string> = new Set(['getAuth', 'getV4Auth', 'getObjectUrl']);

type AnyFunction = (...args: unknown[]) => unknown;

/** An error an SDK handed over, as this package's; `null` and `undefined` stay as they are. */
function typedError(error: unknown): unknown {
  return error === null || error === undefined ? error : fromSdkError(error);
}

/** A callback `(err, …rest)`: its error converted, and per-file errors in what follows. */
function typedCallback(callback: AnyFunction): AnyFunction {
  return (error: unknown, ...rest: unknown[]) => callback(typedError(error), ...rest.map(typedResult));
}

/** A result with per-file errors (`uploadFiles`: `{ files: [{ error, … }] }`), converted in place: it is the SDK's fresh object. */
function typedResult<T>(result: T): T {
  const files = readForeign(result, 'files');
  if (!Array.isArray(files)) return result;
  for (const file of files) {
    const error = isForeignObject(file) ? readForeign(file, 'error') : undefined;
    if (error === null || error === undefined) continue;
    try {
      (file as { error: unknown }).error = fromSdkError(error);
    } catch {
      // a frozen entry keeps the SDK's error
    }
  }
  return result;
}

function withTypedFileFinish(params: object): object {
  const onFileFinish = readForeign(params, 'onFileFinish');
  return typeof onFileFinish === 'function' ? { ...params, onFileFinish: typedCallback(onFileFinish as AnyFunction) } : params;
}

/** A copy of a method's params with each `onFileFinish` typed: their own (uploadFile, uploadFiles) and their `files`' (uploadFiles). */
function typedParams(params: unknown): unknown {
  if (!isForeignObject(params) || Array.isArray(params)) return params;
  const files = readForeign(params, 'files');
  const typed = withTypedFileFinish(params);
  if (!Array.isArray(files)) return typed;
  return { ...typed, files: files.map((file: unknown) => (isForeignObject(file) ? withTypedFileFinish(file) : file)) };
}

/** A stream whose `error` events carry this package's errors (getObjectStream). */
function typedStream<S>(stream: S): S {
  const emit = readForeign(stream, 'emit');
  if (typeof emit !== 'function') return stream;
  try {
    Object.defineProperty(stream, 'emit', {
      configurable: true,
      writable: true,
      value(this: unknown, event: unknown, ...args: unknown[]): unknown {
        if (event === 'error') args[0] = typedError(args[0]);
        return (emit as AnyFunction).call(this, event, ...args);
      },
    });
  } catch {
    // a stream that cannot be changed keeps its own errors
  }
  return stream;
}

/** The SDK's task list, each task's `error` as this package's (copies: the SDK's tasks stay its own). */
function typedTaskList(list: unknown): unknown {
  if (!Array.isArray(list)) return list;
  return list.map((task: unknown) => {
    const error = readForeign(task, 'error');
    return isForeignObject(task) && error !== null && error !== undefined && error !== '' ? { ...task, error: fromSdkError(error) } : task;
  });
}

/**
 * The client's API methods are the functions of its prototype (the SDK installs every API there);
 * its own functions (`on`, `off`, `emit`, the task methods) and the synchronous APIs are not.
 */
function isApiMethod(client: object, name: string | symbol): name is string {
  if (typeof name !== 'string' || name === 'constructor' || SYNCHRONOUS_METHODS.has(name)) return false;
  if (Object.hasOwn(client, name)) return false;
  let proto = Object.getPrototypeOf(client) as object | null;
  while (proto !== null && proto !== Object.prototype) {
    if (Object.hasOwn(proto, name)) return true;
    proto = Object.getPrototypeOf(proto) as object | null;
  }
  return false;
}

/** Whether a method's result is a promise; a result whose `then` cannot be read is none. */
function isThenable(result: unknown): result is Promise<unknown> {
  try {
    return typeof (result as Promise<unknown> | undefined)?.then === 'function';
  } catch {
    return false;
  }
}

function typedApi(client: object, name: string, method: AnyFunction): AnyFunction {
  return function typedApiMethod(this: unknown, ...args: unknown[]): unknown {
    if (args.length > 0) args[0] = typedParams(args[0]);
    const last = args.length - 1;
    if (last >= 0 && typeof args[last] === 'function') args[last] = typedCallback(args[last] as AnyFunction);
    let result: unknown;
    try {
      result = method.apply(client, args);
    } catch (error) {
      // The SDK checks its arguments before it sends anything, and some checks throw.
      throw error instanceof CosError ? error : new CosClientError(failureMessage(error), { kind: 'invalid-argument', cause: error });
    }
    if (name.endsWith('Stream')) return typedStream(result);
    if (!isThenable(result)) return result;
    return result.then(typedResult, (error: unknown) => {
      throw fromSdkError(error);
    });
  };
}

/**
 * The COS SDK client (`cos-nodejs-sdk-v5`, `cos-js-sdk-v5`, `cos-wx-sdk-v5`), wrapped so that it
 * hands out this package's errors everywhere it hands out an error, by {@link fromSdkError}:
 *
 * - every API method's promise rejects with a `CosError`, and its callback receives a `CosError`
 *   (or `null`); the returned type says so (see `TypedClient`), so `err.getErrorCode()` and
 *   `err instanceof NoSuchKeyError` need no guard first;
 * - what an API method throws at once (the SDK checks some arguments synchronously, as
 *   `getObject({ Key: 123 })` does) is thrown as a `CosClientError` of kind `invalid-argument`;
 * - `onFileFinish` (`uploadFile`, `uploadFiles` and each of its files) receives a `CosError`;
 * - `uploadFiles`' result has a `CosError` in `files[i].error`;
 * - `getObjectStream`'s stream emits `error` events with a `CosError`;
 * - `getTaskList()` gives tasks whose `error` is a `CosError`.
 *
 * Not covered: the payloads of the client's own events (`task-list-update`, `task-update`), whose
 * tasks carry the SDK's errors (read them through `getTaskList()`), and `cos-js-sdk-v5`'s
 * `putObjectCopy`, which resolves even when COS answered 200 with an error document (the SDK
 * keeps no body to tell). Results and every other member (`getObjectUrl`, `on`, `options`) are
 * the client's own.
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
 * @throws TypeError when `client` is not an object (there is nothing to wrap); nothing else: a
 * client's own getters run only when the wrapped client is used.
 * @group Factories and adapters
 */
export function withTypedErrors<Client extends object>(client: Client): TypedClient<Client> {
  const wrapped = new Map<string, AnyFunction>();
  return new Proxy(client, {
    get(target, name, receiver) {
      const value: unknown = Reflect.get(target, name, receiver);
      if (name === 'getTaskList' && typeof value === 'function')
        return (...args: unknown[]) => typedTaskList((value as AnyFunction).apply(target, args));
      if (typeof value !== 'function' || !isApiMethod(target, name)) return value;
      if (!wrapped.has(name)) wrapped.set(name, typedApi(target, name, value as AnyFunction));
      return wrapped.get(name);
    },
  }) as unknown as TypedClient<Client>;
}
