/**
 * `statusCode` itself when it is an HTTP status (an integer from 100 to 599).
 * @throws TypeError naming the field otherwise: a caller's mistake, not a COS answer.
 */
export function checkStatusCode(statusCode: unknown): number {
  if (typeof statusCode === 'number' && Number.isInteger(statusCode) && statusCode >= 100 && statusCode <= 599) {
    return statusCode;
  }
  const shown = typeof statusCode === 'string' ? JSON.stringify(statusCode.slice(0, 40)) : String(statusCode).slice(0, 40);
  throw new TypeError(`statusCode must be an integer from 100 to 599, got ${shown}`);
}
