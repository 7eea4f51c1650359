import { clip } from '../text/clip.js';
import { redactText } from './redact-text.js';

/**
 * Outside text as a message or a log line quotes it: credentials redacted, then cut to 300
 * characters. Redacted before it is cut, since a cut could leave the start of a password that no
 * rule recognises.
 */
export function redactedClip(text: string): string {
  return clip(redactText(text));
}
