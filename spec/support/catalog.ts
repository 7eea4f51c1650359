import { readFileSync } from 'node:fs';
import { projectPath } from './project.js';

/** One entry of the project's catalog copy, as the JSON has it. */
export interface CatalogEntry {
  code: string;
  statuses: number[];
  aliases: string[];
  description: string;
  descriptionZh: string;
  docs: { en: string; zh: string };
  hint?: { en: string; zh: string };
  retryable: boolean;
  sources: string[];
}

/** The project's copy of the COS error-code catalog. */
export const catalogEntries: readonly CatalogEntry[] = (
  JSON.parse(readFileSync(projectPath('catalog/cos-error-codes.json'), 'utf8')) as { codes: CatalogEntry[] }
).codes;

/** The class name the catalog's naming rule gives a code. */
export function expectedClassName(code: string): string {
  const bare = code.replace(/[^A-Za-z0-9]/g, '');
  const upper = bare.charAt(0).toUpperCase() + bare.slice(1);
  return upper.endsWith('Error') ? upper : `${upper}Error`;
}

/** A canonical COS error document for `code`. */
export function errorDocument(code: string, message = 'described'): string {
  return `<?xml version='1.0' encoding='utf-8' ?>\n<Error>\n\t<Code>${code}</Code>\n\t<Message>${message}</Message>\n\t<Resource>examplebucket-1250000000.cos.ap-guangzhou.myqcloud.com/key</Resource>\n\t<RequestId>NjQ0ZmM0ZDhfOTk</RequestId>\n\t<TraceId>OGVmYzZiMmQ3</TraceId>\n</Error>`;
}
