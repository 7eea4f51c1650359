import { createServiceError, DEFAULT_MAX_BODY_BYTES, findServiceError, getErrorInfo, listErrorInfo, type CosErrorInfo } from '../index.js';
import { CliFailure, usageFailure } from './cli-failure.js';
import { decodedFacts, decodedText, sampleRow } from './describe-error.js';
import { adviceLines, descriptionIn, publicEntry, wrapIn } from './guidance.js';
import { labelsOf } from './labels.js';
import type { CliLanguage } from './language.js';
import { SAMPLE_RESPONSES } from './samples.js';
import { closestNames } from './suggest.js';
import { redactText } from '../redact/redact-text.js';
import { formatTable, printableJson } from './terminal.js';

/** The no-argument command: every built-in sample, one row each. */
export function samplesCommand(): string {
  const rows = SAMPLE_RESPONSES.map((sample) => sampleRow(createServiceError(sample)));
  return formatTable(['STATUS', 'CODE', 'CLASS', 'RETRYABLE', 'REQUEST ID'], rows);
}

/** Reads a status given on the command line. */
function parseStatus(text: string | undefined): number {
  if (text === undefined) throw usageFailure('--status is required');
  const status = /^\d{3}$/.test(text) ? Number(text) : Number.NaN;
  if (!(status >= 100 && status <= 599))
    throw usageFailure(`--status must be an HTTP status from 100 to 599, not ${JSON.stringify(text.slice(0, 40))}`);
  return status;
}

/** The --header lines as a map (any name, `__proto__` included, is only a name), values of repeated names joined. */
function parseHeaders(lines: readonly string[]): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of lines) {
    const colon = line.indexOf(':');
    const name = colon > 0 ? line.slice(0, colon).trim().toLowerCase() : '';
    if (name === '') throw usageFailure(`--header must look like 'Name: value', not ${JSON.stringify(redactText(line).slice(0, 60))}`);
    const value = line.slice(colon + 1).trim();
    const earlier = headers.get(name);
    headers.set(name, earlier === undefined ? value : `${earlier}, ${value}`);
  }
  return headers;
}

/** What `decode` was asked. */
interface DecodeRequest {
  file: string | undefined;
  status: string | undefined;
  method: string | undefined;
  headers: readonly string[];
  json: boolean;
  /** The language of the text output (JSON has both). */
  language: CliLanguage;
  /** Whether standard input is piped (a pipe or a file), so that no FILE means it. */
  stdinPiped: boolean;
}

/** Why a body could not be read, in a few words of this command's own. */
function readProblem(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

/** `decode`: one response, its body read from a file, standard input, or nowhere. */
export function decodeCommand(request: DecodeRequest, readBody: (source: string | number, maxBytes: number) => Uint8Array): string {
  const statusCode = parseStatus(request.status);
  const headers = parseHeaders(request.headers);
  const source = request.file === '-' || (request.file === undefined && request.stdinPiped) ? 0 : request.file;
  let body: Uint8Array | undefined;
  try {
    // One byte past the cap: enough for the error to know the body was cut, and no more.
    if (source !== undefined) body = readBody(source, DEFAULT_MAX_BODY_BYTES + 1);
  } catch (error) {
    const why = readProblem(error);
    throw new CliFailure(`cannot read ${source === 0 ? 'standard input' : String(source)}: ${why}`, 1);
  }
  const response = { method: request.method ?? 'GET', statusCode, headers, body };
  // A 2xx is an error only when its body is an error document (COS answers some copies so).
  const error = statusCode >= 200 && statusCode < 300 ? findServiceError(response) : createServiceError(response);
  if (error === undefined) throw new CliFailure(`status ${statusCode} and no error document: this response is not an error`, 3);
  if (request.json) return printableJson(decodedFacts(error));
  // After the facts, what the catalog says of the code, when it knows it.
  const info = getErrorInfo(error.getErrorCode());
  if (info === undefined) return decodedText(error, request.language);
  const meaning = wrapIn(request.language, `${labelsOf(request.language).meaning}${descriptionIn(request.language, info)}`);
  return [decodedText(error, request.language), '', meaning, ...adviceLines(request.language, info)].join('\n');
}

/** A catalog entry for a code as typed: exactly, then in any case, then by its class name. */
function findEntry(code: string): CosErrorInfo | undefined {
  const exact = getErrorInfo(code);
  if (exact !== undefined) return exact;
  const lower = code.toLowerCase();
  return listErrorInfo().find((info) => [info.code, ...info.aliases, info.className].some((spelling) => spelling.toLowerCase() === lower));
}

/** `explain CODE`: one catalog entry, in `language` (JSON has both languages). */
export function explainCommand(code: string | undefined, json: boolean, language: CliLanguage = 'en'): string {
  if (code === undefined) throw usageFailure('explain needs a CODE');
  const info = findEntry(code);
  if (info === undefined) {
    const spellings = listErrorInfo().flatMap((entry) => [entry.code, ...entry.aliases]);
    const near = closestNames(code, spellings);
    const status = /^\d{3}$/.test(code) ? `; cos-errors list --status ${code} shows the codes of a status` : undefined;
    const hint = status ?? (near.length > 0 ? `; did you mean ${near.join(', ')}?` : '; cos-errors list shows every code');
    throw new CliFailure(`${JSON.stringify(code.slice(0, 60))} is not a COS error code in the catalog${hint}`, 1);
  }
  if (json) return JSON.stringify(publicEntry(info), null, 2);
  const alias = info.aliases.find((spelling) => spelling.toLowerCase() === code.toLowerCase());
  const labels = labelsOf(language);
  return [
    `${info.code}: ${info.className}`,
    ...(alias === undefined ? [] : [labels.anotherSpelling(alias)]),
    wrapIn(language, descriptionIn(language, info)),
    `${labels.statuses}${info.statusCodes.join(', ')}`,
    `${labels.retryable}${info.retryable ? labels.yes : labels.no}`,
    `${labels.aliases}${info.aliases.length > 0 ? info.aliases.join(', ') : labels.none}`,
    ...adviceLines(language, info),
  ].join('\n');
}

/** `list`: the catalog, all of it or the codes of one status, in lines no wider than `width`. */
export function listCommand(status: string | undefined, json: boolean, width: number): string {
  const statusCode = status === undefined ? undefined : parseStatus(status);
  const entries = listErrorInfo().filter((info) => statusCode === undefined || info.statusCodes.includes(statusCode));
  if (json) return JSON.stringify(entries.map(publicEntry), null, 2);
  const rows = entries.map((info) => [info.code, info.statusCodes.join(','), info.retryable ? 'yes' : 'no', info.description]);
  return formatTable(['CODE', 'STATUS', 'RETRY', 'DESCRIPTION'], rows, width);
}
