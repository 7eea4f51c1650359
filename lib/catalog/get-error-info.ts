import { entryOfCode } from './catalog-index.js';
import type { CatalogRow } from './catalog-row.js';
import { classNameOf } from './class-name.js';
import type { CosErrorInfo } from './error-info.js';
import { CATALOG_CODES, CATALOG_ROWS, type CosErrorCode } from './generated-entries.js';

// Each row's entry, made once, on first use.
const INFO_OF_ROW = new WeakMap<CatalogRow, CosErrorInfo>();

function infoOfRow(code: string, row: CatalogRow): CosErrorInfo {
  let info = INFO_OF_ROW.get(row);
  if (info === undefined) {
    const [statusCodes, aliases, description, retryable, sources] = row;
    info = Object.freeze({ code, className: classNameOf(code), statusCodes, aliases, description, retryable, sources });
    INFO_OF_ROW.set(row, info);
  }
  return info;
}

function infoOf(spelling: string): CosErrorInfo | undefined {
  const entry = entryOfCode(spelling);
  return entry === undefined ? undefined : infoOfRow(entry.code, entry.row);
}

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
  return infoOf(code);
}

/**
 * Every entry of the catalog, in its order.
 *
 * @group Helpers
 */
export function listErrorInfo(): readonly CosErrorInfo[] {
  return CATALOG_ROWS.map((row, index) => infoOfRow(CATALOG_CODES[index]!, row));
}
