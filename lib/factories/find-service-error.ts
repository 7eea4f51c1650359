import type { CosServiceError } from '../errors/cos-service-error.js';
import { bodyText } from '../response/body-text.js';
import { xmlRootName } from '../response/xml/xml-digest.js';
import { readServiceError } from './create-service-error.js';
import { readResponseInput, type ResponseInput } from './response-input.js';

/**
 * The error a successful-looking COS answer carries, or `undefined` when it carries none.
 *
 * PUT Object - Copy and Complete Multipart Upload answer 200 and may still fail: the body is then
 * an error document. A 2xx answer is an error only when its body's root element is `Error`; any
 * other status is an error whatever the body.
 *
 * @throws TypeError when `statusCode` is not an integer from 100 to 599.
 *
 * @example
 * ```ts
 * const error = findServiceError({ method: 'PUT', statusCode: 200, headers, body });
 * if (error !== undefined) throw error;
 * ```
 *
 * @group Factories and adapters
 */
export function findServiceError(input: ResponseInput): CosServiceError | undefined {
  const { parts, cause } = readResponseInput(input);
  const isSuccess = parts.statusCode >= 200 && parts.statusCode < 300;
  // A success's body is read as text once: for its root element here, and for the error's facts.
  const text = isSuccess ? bodyText(parts.body, parts.maxBodyBytes) : undefined;
  if (text !== undefined && xmlRootName(text.text) !== 'Error') return undefined;
  const { ErrorClass, read } = readServiceError(text === undefined ? parts : { ...parts, text }, cause);
  return new ErrorClass(read);
}
