import { attempt } from '../util/read-foreign.js';

export function isStatusCode(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 100 && value <= 599;
}

/** The first of `values` that is a status, as a number or as its three digits (`code: '404'`, as some COS SDK builds give it). */
export function firstStatus(...values: unknown[]): number | undefined {
  return values.map((value) => (typeof value === 'string' && /^\d{3}$/.test(value) ? Number(value) : value)).find(isStatusCode);
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
