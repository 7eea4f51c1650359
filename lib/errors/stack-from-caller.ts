/**
 * A function of the public API, named so that a stack can start at its caller.
 * @internal
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export type EntryPoint = Function;

/**
 * Builds an error whose stack starts at the code that called `entry`, so that a factory's own
 * frames are not in it.
 *
 * V8 walks every frame between the caller and `Error` when it captures a stack, at about 1 µs a
 * frame, and a factory-made error has four of them (the factory and three constructors). So the
 * error is built with capture switched off (`Error.stackTraceLimit = 0`, as Node's own internal
 * errors do), and the stack is captured once afterwards, from `entry` with the caller's limit.
 * Where that cannot be done (no `Error.captureStackTrace`, or `Error` frozen), `build`'s own
 * stack is kept.
 * @internal
 */
export function buildWithStackFromCaller<E extends object>(entry: EntryPoint, build: () => E): E {
  const limit = Error.stackTraceLimit;
  // A limit that is not a number means no stacks at all; V8 already honours that.
  if (typeof limit !== 'number' || typeof Error.captureStackTrace !== 'function') return build();
  try {
    Error.stackTraceLimit = 0;
  } catch {
    return build(); // Error is frozen (a hardened realm): assignment throws in strict code.
  }
  let error: E;
  try {
    error = build();
  } finally {
    Error.stackTraceLimit = limit;
  }
  Error.captureStackTrace(error, entry);
  return error;
}
