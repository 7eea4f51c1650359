import { indexOf } from './catalog-index.js';
import type { CosErrorInfo } from './error-info.js';
import { CATALOG_CLASS_NAMES, CATALOG_CODES, CATALOG_ROWS, type CosErrorCode } from './generated-entries.js';
import { GUIDANCE_ROWS } from './generated-guidance.js';

// Each row's entry, made once, on first use.
const INFO_OF_ROW: Array<CosErrorInfo | undefined> = [];

function infoOfRow(index: number): CosErrorInfo {
  let info = INFO_OF_ROW[index];
  if (info === undefined) {
    const [statusCodes, aliases, description, retryable, sources] = CATALOG_ROWS[index]!;
    const [descriptionZh, docUrls, hint] = GUIDANCE_ROWS[index]!;
    const code = CATALOG_CODES[index]!;
    const descriptions = Object.freeze({ en: description, zh: descriptionZh });
    // The generated table holds plain literals (a bundler can drop them); what a caller gets is frozen.
    const guidance =
      hint === undefined ? { docUrls: Object.freeze(docUrls) } : { docUrls: Object.freeze(docUrls), hint: Object.freeze(hint) };
    // No `hint` key at all when there is none, so that `'hint' in info` says whether there is one.
    info = Object.freeze({
      code,
      className: CATALOG_CLASS_NAMES[index]!,
      statusCodes,
      aliases,
      description,
      descriptions,
      ...guidance,
      retryable,
      sources,
    });
    INFO_OF_ROW[index] = info;
  }
  return info;
}

/**
 * The catalog entry of a COS error code: its descriptions in English and Chinese, a link to COS's
 * error-code documentation, and for the common codes a hint of what to do. An alias
 * (`RequestTimeOut`) finds its canonical entry (`RequestTimeout`). Codes are matched exactly, as
 * COS sends them.
 *
 * @example
 * ```ts
 * getErrorInfo('SlowDown')?.retryable; // true
 * getErrorInfo('NoSuchKey').descriptions.zh; // '指定的对象键不存在'
 * getErrorInfo('NoSuchThing'); // undefined
 *
 * try {
 *   await cos.getObject({ Bucket, Region, Key });
 * } catch (error) {
 *   // From an error to what to do about it, in one line:
 *   if (isCosServiceError(error)) console.warn(getErrorInfo(error.getErrorCode())?.hint?.en ?? error.message);
 * }
 * ```
 *
 * @group Helpers
 */
export function getErrorInfo(code: CosErrorCode): CosErrorInfo;
export function getErrorInfo(code: string): CosErrorInfo | undefined;
export function getErrorInfo(code: string): CosErrorInfo | undefined {
  const index = indexOf(code);
  return index === undefined ? undefined : infoOfRow(index);
}

/**
 * Every entry of the catalog, in its order.
 *
 * @group Helpers
 */
export function listErrorInfo(): readonly CosErrorInfo[] {
  return CATALOG_ROWS.map((_, index) => infoOfRow(index));
}
