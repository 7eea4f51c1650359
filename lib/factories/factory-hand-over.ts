import type { EntryPoint } from '../errors/stack-from-caller.js';

/**
 * A body the COS SDKs parsed and did not keep: their digest of it (if they found an error
 * document), and their error, which becomes the cause.
 * @internal
 */
export interface ParsedElsewhere {
  readonly digest: Readonly<Record<string, unknown>> | undefined;
  readonly cause: unknown;
}

/**
 * What another factory passes to `createServiceError` beside the response: the function the user
 * called (the error's stack starts at its caller), the body as text when it was decoded already,
 * and the SDKs' parse when there is no body to read. A class, so that a stray argument
 * (`Array#map` passes an index) is never taken for one.
 * @internal
 */
export class FactoryHandOver {
  constructor(
    readonly entry: EntryPoint,
    readonly text?: string,
    readonly parsedElsewhere?: ParsedElsewhere,
  ) {}
}
