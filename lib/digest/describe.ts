import { UNKNOWN, type ErrorFields } from './digest.js';

// A message is one log line: COS text can be a whole body (rule 3), so it is cut and folded.
const MAX_TEXT = 300;

const FOLDABLE = /[\t\n\v\f\r]| {2}/;

function oneLine(text: string): string {
  // Folding only the start keeps a huge text from being copied whole.
  const head = text.length > MAX_TEXT * 2 ? text.slice(0, MAX_TEXT * 2) : text;
  const folded = FOLDABLE.test(head) ? head.replace(/\s+/g, ' ') : head;
  return folded.length > MAX_TEXT ? `${folded.slice(0, MAX_TEXT - 1)}…` : folded;
}

/**
 * The `message` of a service error: what COS said, then where, e.g.
 * `NoSuchKey: The specified key does not exist. (status 404, request id NWQ0…, resource b/k)`.
 * Unknown facts are left out; the result is never empty.
 */
export function describeServiceError(fields: ErrorFields, statusCode: number): string {
  const { code, message, requestId, resource } = fields;
  let head: string;
  if (code !== UNKNOWN) head = message !== UNKNOWN ? `${oneLine(code)}: ${oneLine(message)}` : oneLine(code);
  else head = message !== UNKNOWN ? oneLine(message) : 'COS answered with an error and no error code';
  let where = `status ${statusCode}`;
  if (requestId !== UNKNOWN) where += `, request id ${oneLine(requestId)}`;
  if (resource !== UNKNOWN) where += `, resource ${oneLine(resource)}`;
  return `${head} (${where})`;
}
