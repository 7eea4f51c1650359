import { CosClientError } from '../errors/cos-client-error.js';
import { CosError } from '../errors/cos-error.js';
import { readServiceError } from '../factories/create-service-error.js';
import { readResponseInput } from '../factories/response-input.js';
import { failureKindOf } from './classify-failure.js';
import { foreignText, isForeignObject, readForeign } from '../util/read-foreign.js';
import type { HeadersInput } from '../response/headers.js';
import { redactedClip } from '../redact/redact-text.js';
import { awsSdkAnswer } from './aws-sdk-error.js';
import { axiosAnswer, axiosRequest, isAxiosError } from './axios-error.js';
import { cosSdkAnswer, cosSdkRequest } from './cos-sdk-error.js';
import type { ForeignAnswer } from './foreign-answer.js';

/** The COS answer inside a foreign error, by the shape of the client that made it. */
function answerOf(error: object): ForeignAnswer | undefined {
  if (isForeignObject(readForeign(error, '$metadata'))) return awsSdkAnswer(error);
  if (isAxiosError(error)) return axiosAnswer(error);
  return cosSdkAnswer(error);
}

/** What a failure says of itself: its message, with its cause's when that says more (fetch's "fetch failed"). */
export function failureMessage(error: unknown): string {
  if (typeof error === 'string') return error;
  const own =
    foreignText(readForeign(error, 'message')) ||
    foreignText(readForeign(error, 'errMsg')) ||
    foreignText(readForeign(error, 'error')) ||
    foreignText(readForeign(readForeign(error, 'error'), 'message'));
  const cause = foreignText(readForeign(readForeign(error, 'cause'), 'message'));
  const said = cause !== '' && cause !== own ? (own === '' ? cause : `${own}: ${cause}`) : own;
  if (said !== '') return redactedClip(said);
  const code = foreignText(readForeign(error, 'code')) || foreignText(readForeign(error, 'name'));
  return code === '' ? 'The request to COS failed with no answer' : `The request to COS failed: ${redactedClip(code)}`;
}

/**
 * This package's error for the error any COS client gave: the matching `CosServiceError`
 * subclass when COS answered, a `CosClientError` of the right kind when it did not. The original
 * is the `cause`; a `CosError` passes through unchanged; nothing makes it throw.
 *
 * It recognises:
 * - the COS SDKs: `cos-nodejs-sdk-v5`, `cos-js-sdk-v5` (browsers) and `cos-wx-sdk-v5` (Mini
 *   Programs), from a callback or a promise, an `Error` or a plain object (`statusCode`,
 *   `headers`, `error: { Code, … }`);
 * - the AWS SDK for JavaScript v3 pointed at COS (`@aws-sdk/client-s3`): `$metadata`,
 *   `$response`, `Code` or `name`, `$responseBodyText`;
 * - `AxiosError`, with a `response` (its `data` as text, bytes or parsed JSON) or without one;
 * - failures with no answer: fetch and undici (`TypeError` with a `cause`), `DOMException`
 *   `AbortError` and `TimeoutError`, Node system errors, the Mini Program's `request:fail …`.
 *
 * Client failures get the kind `timeout` for any timeout, `cancelled` for an abort, `network`
 * for a connection that failed, `invalid-argument` or `invalid-credentials` for what an SDK
 * refused before sending, else `unknown`. Every text taken from the error is redacted as a URL
 * or a header would be.
 *
 * @example
 * ```ts
 * try {
 *   await cos.getObject({ Bucket, Region, Key });
 * } catch (sdkError) {
 *   const error = fromSdkError(sdkError);
 *   if (error instanceof NoSuchKeyError) return undefined;
 *   throw error;
 * }
 * ```
 *
 * @group Factories and adapters
 */
export function fromSdkError(error: unknown): CosError {
  if (error instanceof CosError) return error;
  const answer = isForeignObject(error) ? answerOf(error) : undefined;
  if (answer === undefined) {
    // No answer: the request the failure names, where the client keeps it.
    const { method, url } = !isForeignObject(error)
      ? { method: undefined, url: undefined }
      : isAxiosError(error)
        ? axiosRequest(error)
        : cosSdkRequest(error);
    return new CosClientError(failureMessage(error), { kind: failureKindOf(error), cause: error, method, url });
  }
  const { statusCode, method, url, body } = answer;
  const headers = answer.headers as HeadersInput | undefined;
  const { parts, cause } = readResponseInput({
    method,
    url,
    statusCode,
    headers,
    body: body as string | Uint8Array | undefined,
    cause: error,
  });
  // A client that kept only its parse of the body (an SDK's `error` object) hands that parse on.
  const parsedElsewhere = answer.parsedOnly === true ? { digest: answer.digest, invalid: answer.invalid } : undefined;
  const { ErrorClass, read } = readServiceError(parsedElsewhere === undefined ? parts : { ...parts, parsedElsewhere }, cause);
  return new ErrorClass(read);
}
