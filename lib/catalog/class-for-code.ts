import { CosServiceError } from '../errors/cos-service-error.js';
import { classOfCode } from './catalog-index.js';

/**
 * The class an error with this code gets: the catalog's class for the code or one of its aliases,
 * else `CosServiceError` itself. The code decides, never the status.
 */
export function serviceErrorClassFor(code: string): typeof CosServiceError {
  return classOfCode(code) ?? CosServiceError;
}
