import { clip } from '../text/clip.js';
import { UNKNOWN, type ErrorFields } from './digest.js';

// A message is one log line: COS text can be a whole body (rule 3), so parts are cut and the
// line is folded.
const FOLDABLE = /[\t\n\v\f\r]| {2}/;

/**
 * The `message` of a service error: what COS said, then where, e.g.
 * `NoSuchKey: The specified key does not exist. (status 404, request id NWQ0…, resource b/k)`.
 * Unknown facts are left out; the result is never empty and never spans lines.
 */
export function describeServiceError(fields: ErrorFields, statusCode: number): string {
  const { code, message, requestId, resource } = fields;
  let head: string;
  if (code !== UNKNOWN) head = message !== UNKNOWN ? `${clip(code)}: ${clip(message)}` : clip(code);
  else head = message !== UNKNOWN ? clip(message) : 'COS answered with an error and no error code';
  let where = `status ${statusCode}`;
  if (requestId !== UNKNOWN) where += `, request id ${clip(requestId)}`;
  if (resource !== UNKNOWN) where += `, resource ${clip(resource)}`;
  const line = `${head} (${where})`;
  return FOLDABLE.test(line) ? line.replace(/\s+/g, ' ') : line;
}
