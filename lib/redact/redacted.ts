/** What a secret is replaced with wherever this package keeps or shows it. */
export const REDACTED = '[REDACTED]';
