import { fromSdkError } from './from-sdk-error.js';
import { isForeignObject, readForeign } from '../util/read-foreign.js';

// The runtime side of withTypedErrors: every place a COS SDK hands a user an error.

type AnyFunction = (...args: unknown[]) => unknown;

/** An error an SDK handed over, as this package's; `null` and `undefined` stay as they are. */
function typedError(error: unknown): unknown {
  return error === null || error === undefined ? error : fromSdkError(error);
}

/** A callback `(err, …rest)`: its error converted, and per-file errors in what follows. */
export function typedCallback(callback: AnyFunction): AnyFunction {
  return (error: unknown, ...rest: unknown[]) => callback(typedError(error), ...rest.map(typedResult));
}

/**
 * A result that carries per-file errors (`uploadFiles`: `{ files: [{ error, data, options }] }`),
 * with those errors converted (in place: the object is the SDK's fresh result).
 */
export function typedResult<T>(result: T): T {
  const files = readForeign(result, 'files');
  if (!Array.isArray(files)) return result;
  for (const file of files) {
    if (!isForeignObject(file)) continue;
    const error = readForeign(file, 'error');
    if (error !== null && error !== undefined) {
      try {
        (file as { error: unknown }).error = fromSdkError(error);
      } catch {
        // a frozen entry keeps the SDK's error
      }
    }
  }
  return result;
}

function withTypedFileFinish(params: object): object {
  const onFileFinish = readForeign(params, 'onFileFinish');
  return typeof onFileFinish === 'function' ? { ...params, onFileFinish: typedCallback(onFileFinish as AnyFunction) } : params;
}

/**
 * A method's params with their error callbacks typed: `onFileFinish` (uploadFile, uploadFiles),
 * and each file's own (uploadFiles' `files`). A copy: the caller's object is left as it was.
 */
export function typedParams(params: unknown): unknown {
  if (!isForeignObject(params) || Array.isArray(params)) return params;
  const files = readForeign(params, 'files');
  const typed = withTypedFileFinish(params);
  if (!Array.isArray(files)) return typed;
  return { ...typed, files: files.map((file: unknown) => (isForeignObject(file) ? withTypedFileFinish(file) : file)) };
}

/** A stream whose `error` events carry this package's errors (getObjectStream). */
export function typedStream<S>(stream: S): S {
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
export function typedTaskList(list: unknown): unknown {
  if (!Array.isArray(list)) return list;
  return list.map((task: unknown) => {
    const error = readForeign(task, 'error');
    return isForeignObject(task) && error !== null && error !== undefined && error !== '' ? { ...task, error: fromSdkError(error) } : task;
  });
}
