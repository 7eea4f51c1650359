import { redactText } from '../redact/redact-text.js';
import { clip } from '../text/clip.js';

/** The key Node's `util.inspect` looks for, from the global registry so no Node import is needed. */
export const INSPECT = Symbol.for('nodejs.util.inspect.custom');

/** Node's `util.inspect`, as it passes itself to a custom inspect method. */
export type InspectFunction = (value: unknown, options?: object) => string;

/** What a log line carries of an error's cause: its name, message and code, never its fields. */
export interface CauseSummary {
  /** The cause's `name`, or its type when it is not an error. */
  readonly name: string;
  /** The cause's message (or text), credentials redacted, at most 300 characters. */
  readonly message: string;
  /** The cause's `code`, such as `ECONNREFUSED`, when it has one. */
  readonly code?: string;
}

function short(text: string): string {
  return clip(redactText(text));
}

/** A property of something from outside, or `undefined` when reading it throws. */
function readSafely(value: object, key: string): unknown {
  try {
    return (value as Record<string, unknown>)[key];
  } catch {
    return undefined;
  }
}

/** A cause reduced to what a log line needs. Never throws, whatever the cause's getters do. */
export function summarizeCause(cause: unknown): CauseSummary {
  if (typeof cause === 'object' && cause !== null) {
    const name = readSafely(cause, 'name');
    const message = readSafely(cause, 'message');
    const code = readSafely(cause, 'code');
    const summary: { name: string; message: string; code?: string } = {
      name: typeof name === 'string' ? short(name) : 'Object',
      message: typeof message === 'string' ? short(message) : '',
    };
    if (typeof code === 'string' || typeof code === 'number') summary.code = short(String(code));
    return summary;
  }
  let text: string;
  try {
    text = String(cause);
  } catch {
    text = typeof cause; // a symbol's description, say, or an object whose toString throws
  }
  return { name: typeof cause, message: short(text) };
}
