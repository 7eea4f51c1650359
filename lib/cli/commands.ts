import { getErrorInfo, listErrorInfo } from '../catalog/get-error-info.js';
import { createServiceError } from '../factories/create-service-error.js';
import { DEFAULT_MAX_BODY_BYTES } from '../response/body-text.js';
import { usageFailure, CliFailure } from './cli-failure.js';
import { decodedFacts, decodedText, sampleRow } from './describe-error.js';
import { SAMPLE_RESPONSES } from './samples.js';
import { formatTable } from './table.js';

/** The no-argument command: every built-in sample, one row each. */
export function samplesCommand(): string {
  const rows = SAMPLE_RESPONSES.map((sample) => sampleRow(createServiceError(sample)));
  return formatTable(['STATUS', 'CODE', 'CLASS', 'RETRYABLE', 'REQUEST ID'], rows);
}

/** Reads a status given on the command line. */
export function parseStatus(text: string | undefined): number {
  if (text === undefined) throw usageFailure('--status is required');
  const status = /^\d{3}$/.test(text) ? Number(text) : Number.NaN;
  if (!(status >= 100 && status <= 599)) throw usageFailure(`--status must be an HTTP status from 100 to 599, got ${JSON.stringify(text)}`);
  return status;
}

/** The --header lines as a map (any name, `__proto__` included, is only a name), values of repeated names joined. */
function parseHeaders(lines: readonly string[]): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of lines) {
    const colon = line.indexOf(':');
    const name = colon > 0 ? line.slice(0, colon).trim().toLowerCase() : '';
    if (name === '') throw usageFailure(`--header must look like 'Name: value', got ${JSON.stringify(line)}`);
    const value = line.slice(colon + 1).trim();
    const earlier = headers.get(name);
    headers.set(name, earlier === undefined ? value : `${earlier}, ${value}`);
  }
  return headers;
}

/** What `decode` was asked. */
export interface DecodeRequest {
  file: string | undefined;
  status: string | undefined;
  method: string | undefined;
  headers: readonly string[];
  json: boolean;
}

/** `decode`: one response, its body read from a file, standard input, or nowhere. */
export function decodeCommand(request: DecodeRequest, readBody: (source: string | number, maxBytes: number) => Uint8Array): string {
  const statusCode = parseStatus(request.status);
  const headers = parseHeaders(request.headers);
  let body: Uint8Array | undefined;
  try {
    // One byte past the cap: enough for the error to know the body was cut, and no more.
    if (request.file === '-') body = readBody(0, DEFAULT_MAX_BODY_BYTES + 1);
    else if (request.file !== undefined) body = readBody(request.file, DEFAULT_MAX_BODY_BYTES + 1);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new CliFailure(`cannot read ${request.file === '-' ? 'standard input' : request.file}: ${why}`, 1);
  }
  const error = createServiceError({ method: request.method ?? 'GET', statusCode, headers, body });
  return request.json ? JSON.stringify(decodedFacts(error), null, 2) : decodedText(error);
}

/** `explain CODE`: one catalog entry. */
export function explainCommand(code: string | undefined): string {
  if (code === undefined) throw usageFailure('explain needs a CODE');
  const info = getErrorInfo(code);
  if (info === undefined) throw new CliFailure(`${JSON.stringify(code)} is not a COS error code in the catalog`, 1);
  const aliasNote = code === info.code ? '' : ` (${code} is another spelling of it)`;
  return [
    `${info.code}: ${info.className}${aliasNote}`,
    info.description,
    `statuses: ${info.statusCodes.join(', ')}`,
    `retryable: ${info.retryable ? 'yes' : 'no'}`,
    `aliases: ${info.aliases.length > 0 ? info.aliases.join(', ') : 'none'}`,
    `sources: ${info.sources.join(', ')}`,
  ].join('\n');
}

/** `list`: the catalog, all of it or the codes of one status. */
export function listCommand(status: string | undefined, json: boolean): string {
  const statusCode = status === undefined ? undefined : parseStatus(status);
  const entries = listErrorInfo().filter((info) => statusCode === undefined || info.statusCodes.includes(statusCode));
  if (json) return JSON.stringify(entries, null, 2);
  const rows = entries.map((info) => [info.code, info.statusCodes.join(','), info.className, info.retryable ? 'yes' : 'no', info.description]);
  return formatTable(['CODE', 'STATUS', 'CLASS', 'RETRYABLE', 'DESCRIPTION'], rows);
}
