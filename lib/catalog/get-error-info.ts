import type { CosErrorInfo } from './error-info.js';
import { CATALOG_ENTRIES, type CosErrorCode } from './generated-entries.js';

const INFO_OF_SPELLING: ReadonlyMap<string, CosErrorInfo> = new Map(
  CATALOG_ENTRIES.flatMap((entry) => [entry.code, ...entry.aliases].map((spelling) => [spelling, entry] as const)),
);

/**
 * The catalog entry of a COS error code; an alias (`RequestTimeOut`) finds its canonical entry
 * (`RequestTimeout`). Codes are matched exactly, as COS sends them.
 *
 * @example
 * ```ts
 * getErrorInfo('SlowDown')?.retryable; // true
 * getErrorInfo('NoSuchThing'); // undefined
 * ```
 *
 * @group Helpers
 */
export function getErrorInfo(code: CosErrorCode): CosErrorInfo;
export function getErrorInfo(code: string): CosErrorInfo | undefined;
export function getErrorInfo(code: string): CosErrorInfo | undefined {
  return INFO_OF_SPELLING.get(code);
}

/**
 * Every entry of the catalog, in its order.
 *
 * @group Helpers
 */
export function listErrorInfo(): readonly CosErrorInfo[] {
  return CATALOG_ENTRIES;
}
