import { UNKNOWN, type ErrorFields } from './digest.js';

// A message is one log line: COS text can be a whole body (rule 3), so it is cut and folded.
const MAX_TEXT = 300;

function oneLine(text: string): string {
  const folded = text.replace(/\s+/g, ' ');
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
