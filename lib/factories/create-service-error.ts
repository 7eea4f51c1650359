import { CODE_CLASSES } from '../errors/codes/generated-class-map.js';
import { CosServiceError } from '../errors/cos-service-error.js';
import { readResponse, type ResponseParts } from '../response/response-facts.js';
import { readResponseInput, type ResponseInput } from './response-input.js';

/**
 * The error for a COS response, by the rules of
 * [How a response becomes an error](../../guides/response-rules.md): a HEAD 404, a 304, the `x-cos-error-code` header, an empty body, an XML error
 * document, a JSON object, or anything else. The error's class is the one for its code (aliases
 * included), else `CosServiceError`.
 *
 * Nothing about a response makes it throw, except a status that is not one: a body, headers or
 * options it cannot read are left out, and the error's message says so.
 *
 * @throws TypeError when `statusCode` is not an integer from 100 to 599.
 *
 * @example
 * ```ts
 * const error = createServiceError({
 *   method: 'GET',
 *   statusCode: 404,
 *   headers: { 'x-cos-request-id': 'NTk0...' },
 *   body: '<Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message></Error>',
 * });
 * error instanceof NoSuchKeyError; // true
 * error.getRequestId(); // 'NTk0...'
 * ```
 *
 * @group Factories and adapters
 */
export function createServiceError(input: ResponseInput): CosServiceError {
  const { parts, cause } = readResponseInput(input);
  const { ErrorClass, read } = readServiceError(parts, cause);
  return new ErrorClass(read);
}

/**
 * A response read once, and the class for its code. Each factory calls `new ErrorClass(read)`
 * itself, so that a stack shows the function the user called, then the user's code. @internal
 */
export function readServiceError(parts: ResponseParts, cause?: { readonly cause: unknown }) {
  const read = readResponse(parts, cause);
  // The catalog's class for the code or one of its aliases, else CosServiceError; never by status. Looked up from a map
  // built on first use: a program that never makes an error pays nothing for it.
  classOfCode ??= new Map(CODE_CLASSES);
  return { ErrorClass: classOfCode.get(read.facts.fields.code) ?? CosServiceError, read };
}

let classOfCode: ReadonlyMap<string, typeof CosServiceError> | undefined;
