import { serviceErrorClassFor } from '../catalog/class-for-code.js';
import { ReadResponse, CosServiceError, type ServiceErrorDetails } from '../errors/cos-service-error.js';
import { responseFacts } from '../response/response-facts.js';
import { isInstanceOf } from '../foreign/read-foreign.js';
import { FactoryHandOver } from './factory-hand-over.js';
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
export function createServiceError(input: ResponseInput): CosServiceError;
/**
 * The same, called by another factory, with what it knows already.
 * @internal
 */
export function createServiceError(input: ResponseInput, handOver: FactoryHandOver): CosServiceError;
export function createServiceError(input: ResponseInput, internal?: unknown): CosServiceError {
  // Only a factory of this package passes a second argument; a caller's hostile one is ignored.
  const handOver = isInstanceOf(internal, FactoryHandOver) ? internal : undefined;
  const { parts, cause, hasCause } = readResponseInput(input);
  const facts = responseFacts(handOver === undefined ? parts : { ...parts, text: handOver.text, parsedElsewhere: handOver.parsedElsewhere });
  const ErrorClass = serviceErrorClassFor(facts.fields.code);
  const details: ServiceErrorDetails = hasCause ? { cause } : {};
  // Built as a CosServiceError and then given its code class's prototype: the same object a
  // `new ErrorClass()` makes (`instanceof`, `constructor` and `name` all hold), without the code
  // class's own constructor frame, which costs V8 a stack frame more to walk on every error.
  const error = new CosServiceError(parts.method, facts.origin, parts.statusCode, details, new ReadResponse(facts));
  if (ErrorClass !== CosServiceError) Object.setPrototypeOf(error, ErrorClass.prototype);
  return error;
}
