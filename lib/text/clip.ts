import { REDACTED } from '../redact/redacted.js';

// Messages and log lines quote text COS or a peer sent, which can be a whole body: each quoted
// part is cut to this many characters.
const MAX_QUOTED = 300;

/**
 * `text` cut to 300 characters, the last one `…` when it was cut. A `[REDACTED]` marker is kept
 * whole: a cut through it would leave `password=[RED…`, a value no longer marked as redacted.
 */
export function clip(text: string): string {
  if (text.length <= MAX_QUOTED) return text;
  let cut = MAX_QUOTED - 1;
  const marker = text.lastIndexOf(REDACTED, cut);
  if (marker !== -1 && marker + REDACTED.length > cut) cut = marker + REDACTED.length;
  return `${text.slice(0, cut)}…`;
}
