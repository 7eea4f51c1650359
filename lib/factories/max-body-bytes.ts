import { DEFAULT_MAX_BODY_BYTES } from '../body/body-text.js';

/**
 * The body cap a caller asked for, or the default.
 * @throws TypeError naming the option when it is not a whole number of bytes.
 */
export function maxBodyBytesOption(value: unknown): number {
  if (value === undefined) return DEFAULT_MAX_BODY_BYTES;
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return value;
  throw new TypeError(`maxBodyBytes must be a whole number of bytes, got ${String(value).slice(0, 40)}`);
}
