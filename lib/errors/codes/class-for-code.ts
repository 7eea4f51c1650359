import { CosServiceError } from '../cos-service-error.js';
import { CLASS_OF_CODE } from './generated-class-map.js';

/**
 * The class an error with this code gets: the catalog's class for the code or one of its aliases,
 * else `CosServiceError` itself. The code decides, never the status.
 */
export function serviceErrorClassFor(code: string): typeof CosServiceError {
  return CLASS_OF_CODE.get(code) ?? CosServiceError;
}
