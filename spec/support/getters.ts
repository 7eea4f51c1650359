import type { CosServiceError } from 'qcloud-cos-errors';

/** What the eight Python-parity getters return, keyed as the corpus keys them. */
export function gettersOf(error: CosServiceError): Record<string, unknown> {
  return {
    originMsg: error.getOriginMsg(),
    digestMsg: error.getDigestMsg(),
    statusCode: error.getStatusCode(),
    errorCode: error.getErrorCode(),
    errorMsg: error.getErrorMsg(),
    resourceLocation: error.getResourceLocation(),
    requestId: error.getRequestId(),
    traceId: error.getTraceId(),
  };
}
