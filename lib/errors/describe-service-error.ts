import { UNKNOWN } from '../response/digest.js';
import { clipRedacted, redactText } from '../redact/redact-text.js';

/** The facts a service error's message names. */
interface DescribedFacts {
  readonly code: string;
  readonly errorMsg: string;
  readonly requestId: string;
  readonly resource: string;
  readonly statusCode: number;
}

// A message is one log line: COS text can be a whole body (rule 3), so parts are cut and the
// line is folded.
const FOLDABLE = /[\t\n\v\f\r]| {2}/;

/**
 * The `message` of a service error: what COS said, then where, e.g.
 * `NoSuchKey: The specified key does not exist. (status 404, request id NWQ0…, resource b/k)`,
 * and what was wrong with the input, when anything was. Unknown facts are left out; the result
 * is never empty and never spans lines.
 */
export function describeServiceError(facts: DescribedFacts, note: string | undefined): string {
  const { code, errorMsg, requestId, resource } = facts;
  let head: string;
  if (code !== UNKNOWN) head = errorMsg !== UNKNOWN ? `${clipRedacted(code)}: ${clipRedacted(errorMsg)}` : clipRedacted(code);
  else head = errorMsg !== UNKNOWN ? clipRedacted(errorMsg) : 'COS answered with an error and no error code';
  let where = `status ${facts.statusCode}`;
  if (requestId !== UNKNOWN) where += `, request id ${clipRedacted(requestId)}`;
  if (resource !== UNKNOWN) where += `, resource ${clipRedacted(resource)}`;
  if (note !== undefined) where += `; ${clipRedacted(note)}`;
  const line = `${head} (${where})`;
  // Its parts are redacted already; folding lines and cutting parts can make a structure they
  // did not show apart (`Authorization:` and a value on the next line), so the line is redacted
  // as a whole, and is then what redacting it again gives back.
  return redactText(FOLDABLE.test(line) ? line.replace(/\s+/g, ' ') : line);
}
