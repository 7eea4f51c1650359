import { readFileSync } from 'node:fs';
import { projectPath } from './project.js';

/** The eight getters' results and the class, as the corpus states them. */
export interface ExpectedGetters {
  originMsg: string;
  digestMsg: unknown;
  statusCode: number;
  errorCode: string;
  errorMsg: string;
  resourceLocation: string;
  requestId: string;
  traceId: string;
  class: string;
}

/** One COS error response of the shared corpus, with what this library must return for it. */
export interface CorpusCase {
  id: string;
  note: string;
  request: { method: string; url?: string };
  response: { statusCode: number; headers: Record<string, string>; body?: string };
  expect: ExpectedGetters;
  deviations: string[];
}

/** Every case of the corpus copy in spec/fixtures. */
export const corpusCases: readonly CorpusCase[] = (
  JSON.parse(readFileSync(projectPath('spec/fixtures/cos-responses.json'), 'utf8')) as { cases: CorpusCase[] }
).cases;

/**
 * Whether the body alone decides the case (response rules 5 to 7, guides/response-rules.md): not a HEAD 404, not a
 * 304, no error-code header, and a body to read.
 */
export function isBodyPathCase(c: CorpusCase): boolean {
  const { statusCode, headers, body } = c.response;
  const method = c.request.method.toUpperCase();
  if (method === 'HEAD' && statusCode === 404) return false;
  if (statusCode === 304) return false;
  if (statusCode >= 400 && Object.keys(headers).some((name) => name.toLowerCase() === 'x-cos-error-code')) return false;
  return body !== undefined && body !== '';
}
