import { DEFAULT_MAX_BODY_BYTES } from '../response/body-text.js';

/**
 * The body cap a caller asked for, or the default (64 KiB) when none was, or when what was asked
 * is not a whole number of bytes (then `problem` says so, for the error's message).
 */
export function maxBodyBytesOption(value: unknown): { bytes: number; problem?: string } {
  if (value === undefined) return { bytes: DEFAULT_MAX_BODY_BYTES };
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return { bytes: value };
  let shown: string;
  try {
    shown = typeof value === 'string' ? JSON.stringify(value.slice(0, 40)) : String(value).slice(0, 40);
  } catch {
    shown = typeof value;
  }
  return { bytes: DEFAULT_MAX_BODY_BYTES, problem: `maxBodyBytes ${shown} is not a whole number of bytes, so 64 KiB were read` };
}
