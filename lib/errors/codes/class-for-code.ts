import { CosServiceError } from '../cos-service-error.js';
import { CLASS_OF_CODE } from './generated-class-map.js';

/** The class an error with this code gets: the catalog's for the code or one of its aliases, else `CosServiceError`; never by status. */
export function serviceErrorClassFor(code: string): typeof CosServiceError {
  return CLASS_OF_CODE.get(code) ?? CosServiceError;
}
