import type { CosError } from '../errors/cos-error.js';

/** Whether a callback's first parameter is an error the SDK reports (its type admits `null`, or is an `Error`). */
type IsErrorParameter<E> = [null] extends [E] ? true : [E] extends [Error] ? true : false;

/** A callback with its error parameter typed as this package's errors. */
type TypedCallback<F> = F extends (error: infer E, ...rest: infer Rest) => infer R
  ? IsErrorParameter<E> extends true
    ? (error: CosError | null, ...rest: { [K in keyof Rest]: TypedData<Rest[K]> }) => R
    : F
  : F;

/** Data that carries per-file errors (`{ files: [{ error, data, options }] }`), with those errors typed. */
type TypedData<D> = 'files' extends keyof D
  ? D extends { files: ReadonlyArray<infer Item> }
    ? Omit<D, 'files'> & {
        /** Each file's result, its error this package's. */
        files: Array<
          Item extends { error: unknown } ? Omit<Item, 'error'> & { /** Why the file failed, or `null`. */ error: CosError | null } : Item
        >;
      }
    : D
  : D;

/** `Omit` for each member of a union on its own (the SDK's params are unions: `PutObjectParams | SliceUploadFileParams`). */
type OmitEach<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** Params whose `onFileFinish` (when they name one: `object` does not) is typed. */
type WithTypedFileFinish<P> = 'onFileFinish' extends keyof P
  ? P extends { onFileFinish?: infer F }
    ? OmitEach<P, 'onFileFinish'> & { onFileFinish?: TypedCallback<NonNullable<F>> }
    : P
  : P;

/** Method parameters (`params` with `onFileFinish`, in itself or its `files`; a trailing callback) with their error callbacks typed. */
type TypedParameter<P> = P extends (...args: never[]) => unknown
  ? TypedCallback<P>
  : 'files' extends keyof P
    ? P extends { files: ReadonlyArray<infer Item> }
      ? OmitEach<WithTypedFileFinish<P>, 'files'> & { files: Array<WithTypedFileFinish<Item>> }
      : WithTypedFileFinish<P>
    : WithTypedFileFinish<P>;

/** A client method as `withTypedErrors` types it: each of its overloads (up to three) with its error callbacks and per-file errors typed. */
export type TypedMethod<F> = F extends {
  (...args: infer A1): infer R1;
  (...args: infer A2): infer R2;
  (...args: infer A3): infer R3;
}
  ? ((...args: { [K in keyof A1]: TypedParameter<A1[K]> }) => R1 extends Promise<infer V1> ? Promise<TypedData<V1>> : R1) &
      ((...args: { [K in keyof A2]: TypedParameter<A2[K]> }) => R2 extends Promise<infer V2> ? Promise<TypedData<V2>> : R2) &
      ((...args: { [K in keyof A3]: TypedParameter<A3[K]> }) => R3 extends Promise<infer V3> ? Promise<TypedData<V3>> : R3)
  : F extends (...args: infer A) => infer R
    ? (...args: { [K in keyof A]: TypedParameter<A[K]> }) => R extends Promise<infer V> ? Promise<TypedData<V>> : R
    : F;

/** A client as `withTypedErrors` gives it: its methods typed (each a `TypedMethod`), everything else its own. */
export type TypedClient<C> = { [K in keyof C]: C[K] extends (...args: never[]) => unknown ? TypedMethod<C[K]> : C[K] };
