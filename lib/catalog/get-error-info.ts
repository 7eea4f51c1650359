import type { CosErrorInfo } from './error-info.js';
import { CATALOG_CLASS_NAMES, CATALOG_CODES, CATALOG_ROWS, type CosErrorCode } from './generated-entries.js';
import { GUIDANCE_ROWS } from './generated-guidance.js';

// The row of each spelling and each row's entry, made on first use: a program that never looks a code up pays nothing.
let indexOfSpelling: ReadonlyMap<string, number> | undefined;
const INFO_OF_ROW: Array<CosErrorInfo | undefined> = [];

function infoOfRow(index: number): CosErrorInfo {
  const made = INFO_OF_ROW[index];
  if (made !== undefined) return made;
  const [statusCodes, aliases, description, retryable, sources] = CATALOG_ROWS[index]!;
  const [descriptionZh, docUrls, hint] = GUIDANCE_ROWS[index]!;
  // Frozen here, as the generated tables hold plain literals (a bundler can drop them); no `hint` key when there is none.
  const info: CosErrorInfo = Object.freeze({
    code: CATALOG_CODES[index]!,
    className: CATALOG_CLASS_NAMES[index]!,
    statusCodes: Object.freeze(statusCodes),
    aliases: Object.freeze(aliases),
    description,
    descriptions: Object.freeze({ en: description, zh: descriptionZh }),
    docUrls: Object.freeze(docUrls),
    ...(hint === undefined ? {} : { hint: Object.freeze(hint) }),
    retryable,
    sources: Object.freeze(sources),
  });
  INFO_OF_ROW[index] = info;
  return info;
}

/**
 * The catalog entry of a COS error code: its descriptions in English and Chinese, a link to COS's error-code
 * documentation, and for the common codes a hint of what to do. An alias (`RequestTimeOut`) finds its canonical entry
 * (`RequestTimeout`). Codes are matched exactly, as COS sends them.
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
 * @group Helpers
 */
export function getErrorInfo(code: CosErrorCode): CosErrorInfo;
export function getErrorInfo(code: string): CosErrorInfo | undefined;
export function getErrorInfo(code: string): CosErrorInfo | undefined {
  indexOfSpelling ??= new Map(CATALOG_ROWS.flatMap((row, index) => [CATALOG_CODES[index]!, ...row[1]].map((name) => [name, index] as const)));
  const index = indexOfSpelling.get(code);
  return index === undefined ? undefined : infoOfRow(index);
}

/**
 * Every entry of the catalog, in its order.
 * @group Helpers
 */
export function listErrorInfo(): readonly CosErrorInfo[] {
  return CATALOG_ROWS.map((_, index) => infoOfRow(index));
}
