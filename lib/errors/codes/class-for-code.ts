import { CosServiceError } from '../cos-service-error.js';
import { CODE_CLASSES } from './generated-class-map.js';

// Built on first use: a program that never looks a code up pays nothing for it.
let classOfCode: ReadonlyMap<string, typeof CosServiceError> | undefined;

/** The class an error with this code gets: the catalog's for the code or one of its aliases, else `CosServiceError`; never by status. */
export function serviceErrorClassFor(code: string): typeof CosServiceError {
  classOfCode ??= new Map(CODE_CLASSES);
  return classOfCode.get(code) ?? CosServiceError;
}
