import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { createServiceError, DEFAULT_MAX_BODY_BYTES, findServiceError, getErrorInfo, isRetryable, listErrorInfo } from '../index.js';
import type { CosErrorInfo, CosServiceError } from '../index.js';
import { redactText } from '../redact/redact-text.js';
import { adviceLines, descriptionIn, WORDS, wrapIn, type CliLanguage } from './language.js';
import { SAMPLE_RESPONSES } from './samples.js';
import { formatTable, printableJson } from './terminal.js';

/** A failure the command reports on one stderr line, and the exit code it ends with. */
export class CliFailure extends Error {
  /** 1: the input cannot be read or found; 2: the command line is wrong; 3: the response decoded is no error. */
  readonly exitCode: 1 | 2 | 3;
  constructor(message: string, exitCode: 1 | 2 | 3) {
    super(message);
    this.exitCode = exitCode;
  }
}

/** The command line is wrong: exit 2. */
export function usageFailure(message: string): CliFailure {
  return new CliFailure(`${message} (see cos-errors --help)`, 2);
}

/** The no-argument command: every built-in sample, one row each. */
export function samplesCommand(): string {
  const rows = SAMPLE_RESPONSES.map((sample) => {
    const error = createServiceError(sample);
    return [String(error.getStatusCode()), error.getErrorCode(), error.name, isRetryable(error) ? 'yes' : 'no', error.getRequestId()];
  });
  return formatTable(['STATUS', 'CODE', 'CLASS', 'RETRYABLE', 'REQUEST ID'], rows);
}

function parseStatus(text: string | undefined): number {
  if (text === undefined) throw usageFailure('--status is required');
  if (!/^[1-5]\d\d$/.test(text))
    throw usageFailure(`--status must be an HTTP status from 100 to 599, not ${JSON.stringify(text.slice(0, 40))}`);
  return Number(text);
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

/** Whether standard input is a pipe or a file (so a missing FILE means it), not a terminal or nothing. */
function stdinPiped(): boolean {
  try {
    const stat = fstatSync(0);
    return stat.isFIFO() || stat.isFile() || stat.isSocket();
  } catch {
    return false;
  }
}

/**
 * At most `maxBytes` bytes of a file or a descriptor (standard input is 0), so that `/dev/zero` or a
 * 20 GB file ends promptly. A FIFO waits for its writer, as `cat` would.
 */
function readCapped(source: string | number, maxBytes: number): Uint8Array {
  const fd = typeof source === 'number' ? source : openSync(source, 'r');
  try {
    const buffer = new Uint8Array(maxBytes);
    let filled = 0;
    while (filled < maxBytes) {
      let read: number;
      try {
        read = readSync(fd, buffer, filled, maxBytes - filled, null);
      } catch (error) {
        if ((error as { code?: unknown }).code !== 'EAGAIN') throw error;
        // A non-blocking descriptor has nothing yet: wait 10 ms, then read again.
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
        continue;
      }
      if (read === 0) break;
      filled += read;
    }
    return buffer.subarray(0, filled);
  } finally {
    if (typeof source !== 'number') closeSync(fd);
  }
}

function readProblem(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

/** The facts `decode --json` prints. Never the raw body (`getOriginMsg()`): it is not redacted, and such output is pasted into tickets. */
function decodedFacts(error: CosServiceError): Record<string, unknown> {
  return {
    class: error.name,
    retryable: isRetryable(error),
    statusCode: error.getStatusCode(),
    errorCode: error.getErrorCode(),
    errorMsg: error.getErrorMsg(),
    resourceLocation: error.getResourceLocation(),
    requestId: error.getRequestId(),
    traceId: error.getTraceId(),
    digestMsg: error.getDigestMsg(),
  };
}

/** `decode`'s text output: one fact a line, labelled in `language`. */
function decodedText(error: CosServiceError, language: CliLanguage): string {
  // The table pads by characters, not columns: every Chinese label has four wide characters (Latin
  // letters take one column either way), so that the values still line up.
  const label = (english: string, chinese: string): string => (language === 'zh' ? chinese : english);
  const rows = [
    [label('class', '错误类名'), error.name],
    [label('code', '错误代码'), error.getErrorCode()],
    [label('message', '错误信息'), error.getErrorMsg()],
    [label('status', '状态代码'), String(error.getStatusCode())],
    [label('retryable', '可否重试'), (isRetryable(error) ? WORDS.yes : WORDS.no)[language]],
    [label('request id', '本次请求 ID'), error.getRequestId()],
    [label('trace id', '错误追踪 ID'), error.getTraceId()],
    [label('resource', '相关资源'), error.getResourceLocation()],
  ];
  return formatTable([label('field', '字段名称'), label('value', '值')], rows);
}

type DecodeOptions = { status?: string; method?: string; header?: readonly string[]; json?: boolean };

/** `decode`: one response, its body read from FILE, standard input, or nowhere; the text in `language` (JSON has both). */
export function decodeCommand(file: string | undefined, options: DecodeOptions, language: CliLanguage): string {
  const statusCode = parseStatus(options.status);
  const headers = parseHeaders(options.header ?? []);
  const source = file === '-' || (file === undefined && stdinPiped()) ? 0 : file;
  let body: Uint8Array | undefined;
  try {
    // One byte past the cap: enough for the error to know the body was cut, and no more.
    if (source !== undefined) body = readCapped(source, DEFAULT_MAX_BODY_BYTES + 1);
  } catch (error) {
    throw new CliFailure(`cannot read ${source === 0 ? 'standard input' : String(source)}: ${readProblem(error)}`, 1);
  }
  const response = { method: options.method ?? 'GET', statusCode, headers, body };
  // A 2xx is an error only when its body is an error document (COS answers some copies so).
  const error = statusCode >= 200 && statusCode < 300 ? findServiceError(response) : createServiceError(response);
  if (error === undefined) throw new CliFailure(`status ${statusCode} and no error document: this response is not an error`, 3);
  if (options.json === true) return printableJson(decodedFacts(error));
  // After the facts, what the catalog says of the code, when it knows it.
  const info = getErrorInfo(error.getErrorCode());
  if (info === undefined) return decodedText(error, language);
  const meaning = wrapIn(language, `${WORDS.meaning[language]}${descriptionIn(language, info)}`);
  return [decodedText(error, language), '', meaning, ...adviceLines(language, info)].join('\n');
}

/** A catalog entry for a code as typed: exactly, then in any case, then by its class name. */
function findEntry(code: string): CosErrorInfo | undefined {
  const exact = getErrorInfo(code);
  if (exact !== undefined) return exact;
  const lower = code.toLowerCase();
  return listErrorInfo().find((info) => [info.code, ...info.aliases, info.className].some((spelling) => spelling.toLowerCase() === lower));
}

/** The edit distance of two short names (rows of a bounded table). */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The names closest to `wanted`, case ignored (at most three, within a third of its length), for "did you mean". */
function closestNames(wanted: string, names: readonly string[]): string[] {
  // Only the first 64 characters are compared: a typo of a code is short, and the table stays bounded.
  const lower = wanted.toLowerCase().slice(0, 64);
  const limit = Math.max(2, Math.floor(lower.length / 3));
  return names
    .map((name) => ({ name, by: distance(lower, name.toLowerCase().slice(0, 64)) }))
    .filter((candidate) => candidate.by <= limit)
    .sort((x, y) => x.by - y.by || x.name.localeCompare(y.name))
    .slice(0, 3)
    .map((candidate) => candidate.name);
}

/** An entry as JSON shows it: without `sources`, the catalog's bookkeeping, which tells a user nothing about the error. */
function publicEntry(info: CosErrorInfo): Omit<CosErrorInfo, 'sources'> {
  const { sources: _bookkeeping, ...shown } = info;
  return shown;
}

/** `explain CODE`: one catalog entry, in `language` (JSON has both languages). */
export function explainCommand(code: string | undefined, json: boolean, language: CliLanguage): string {
  if (code === undefined) throw usageFailure('explain needs a CODE');
  const info = findEntry(code);
  if (info === undefined) {
    const near = closestNames(
      code,
      listErrorInfo().flatMap((entry) => [entry.code, ...entry.aliases]),
    );
    const status = /^\d{3}$/.test(code) ? `; cos-errors list --status ${code} shows the codes of a status` : undefined;
    const hint = status ?? (near.length > 0 ? `; did you mean ${near.join(', ')}?` : '; cos-errors list shows every code');
    throw new CliFailure(`${JSON.stringify(code.slice(0, 60))} is not a COS error code in the catalog${hint}`, 1);
  }
  if (json) return JSON.stringify(publicEntry(info), null, 2);
  const alias = info.aliases.find((spelling) => spelling.toLowerCase() === code.toLowerCase());
  return [
    `${info.code}: ${info.className}`,
    ...(alias === undefined ? [] : [WORDS.anotherSpelling[language](alias)]),
    wrapIn(language, descriptionIn(language, info)),
    `${WORDS.statuses[language]}${info.statusCodes.join(', ')}`,
    `${WORDS.retryable[language]}${(info.retryable ? WORDS.yes : WORDS.no)[language]}`,
    `${WORDS.aliases[language]}${info.aliases.length > 0 ? info.aliases.join(', ') : WORDS.none[language]}`,
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
