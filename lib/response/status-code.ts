import { attempt } from '../util/read-foreign.js';

export function isStatusCode(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 100 && value <= 599;
}

/** `statusCode` when it is an HTTP status. @throws TypeError naming the field otherwise: a caller's mistake, not a COS answer. */
export function checkStatusCode(statusCode: unknown): number {
  if (isStatusCode(statusCode)) return statusCode;
  const shown = attempt(
    () => (typeof statusCode === 'string' ? JSON.stringify(statusCode.slice(0, 40)) : String(statusCode).slice(0, 40)),
    `a ${typeof statusCode} that cannot be shown`,
  );
  throw new TypeError(`statusCode must be an integer from 100 to 599, got ${shown}`);
}
