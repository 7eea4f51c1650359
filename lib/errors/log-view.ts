import { attempt, readForeign } from '../util/read-foreign.js';
import { clipRedacted } from '../redact/redact-text.js';

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

/** A cause (an error's own: a stand-in, redacted already, so only cut here) reduced to what a log line needs; never throws. */
export function summarizeCause(cause: unknown): CauseSummary {
  if (typeof cause === 'object' && cause !== null) {
    const name = readForeign(cause, 'name');
    const message = readForeign(cause, 'message');
    const code = readForeign(cause, 'code');
    return {
      name: typeof name === 'string' ? clipRedacted(name) : 'Object',
      message: typeof message === 'string' ? clipRedacted(message) : '',
      ...(typeof code === 'string' || typeof code === 'number' ? { code: clipRedacted(String(code)) } : {}),
    };
  }
  // As text a symbol too; its type where that throws (a function whose toString throws, say).
  return { name: typeof cause, message: clipRedacted(attempt(() => String(cause), typeof cause)) };
}
