import { isRetryable, type CosServiceError } from '../index.js';
import { tableIn } from './labels.js';
import type { CliLanguage } from './language.js';
import { formatTable } from './terminal.js';

/**
 * The facts `decode` prints, in the order it prints them. Not the raw body (`getOriginMsg()`):
 * it is the one part of an error that is not redacted, and output like this is pasted into tickets.
 */
export function decodedFacts(error: CosServiceError): Record<string, unknown> {
  return {
    class: error.name,
    retryable: isRetryable(error),
    statusCode: error.getStatusCode(),
    errorCode: error.getErrorCode(),
    errorMsg: error.getErrorMsg(),
    resourceLocation: error.getResourceLocation(),
    requestId: error.getRequestId(),
    traceId: error.getTraceId(),
    digestMsg: error.getDigestMsg(),
  };
}

/** `decode`'s text output: one fact a line, labelled in `language`. */
export function decodedText(error: CosServiceError, language: CliLanguage = 'en'): string {
  const rows: Array<[string, string]> = [
    ['class', error.name],
    ['code', error.getErrorCode()],
    ['message', error.getErrorMsg()],
    ['status', String(error.getStatusCode())],
    ['retryable', isRetryable(error) ? 'yes' : 'no'],
    ['request id', error.getRequestId()],
    ['trace id', error.getTraceId()],
    ['resource', error.getResourceLocation()],
  ];
  return formatTable(...tableIn(language, ['field', 'value'], rows));
}

/** The row a sample gets in the no-argument table. */
export function sampleRow(error: CosServiceError): string[] {
  return [String(error.getStatusCode()), error.getErrorCode(), error.name, isRetryable(error) ? 'yes' : 'no', error.getRequestId()];
}
