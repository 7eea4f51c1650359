import type { CosServiceError } from '../errors/cos-service-error.js';
import { readForeign } from '../foreign/read-foreign.js';
import { bodyText } from '../response/body-text.js';
import { rootElementName } from '../response/xml/read-error-document.js';
import { createServiceError } from './create-service-error.js';
import { FactoryHandOver } from './factory-hand-over.js';
import { maxBodyBytesOption } from './max-body-bytes.js';
import type { ResponseInput } from './response-input.js';

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
  const statusCode = readForeign(input, 'statusCode');
  const isSuccess = typeof statusCode === 'number' && statusCode >= 200 && statusCode < 300;
  if (!isSuccess) return createServiceError(input, new FactoryHandOver());
  const text = bodyText(readForeign(input, 'body'), maxBodyBytesOption(readForeign(input, 'maxBodyBytes')).bytes);
  return rootElementName(text.text) === 'Error' ? createServiceError(input, new FactoryHandOver(text)) : undefined;
}
