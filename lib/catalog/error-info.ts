/** A text in English (`en`) and in Chinese (`zh`). */
export interface LocalizedText {
  /** The text in English. */
  readonly en: string;
  /** The text in Chinese (简体中文). */
  readonly zh: string;
}

/**
 * One entry of the COS error-code catalog.
 *
 * @example
 * ```ts
 * const info = getErrorInfo('NoSuchKey');
 * console.log(info.descriptions.zh, info.docUrls.zh);
 * console.log(info.hint?.en ?? info.description);
 * ```
 */
export interface CosErrorInfo {
  /** The code as COS sends it. */
  readonly code: string;
  /** The name of the class errors with this code get, such as `NoSuchKeyError`. */
  readonly className: string;
  /** The HTTP statuses COS sends it with. */
  readonly statusCodes: readonly number[];
  /** Other spellings COS has been seen to send for it. */
  readonly aliases: readonly string[];
  /** What the code means, in English (the same text as `descriptions.en`). */
  readonly description: string;
  /** What the code means, in English and in Chinese. */
  readonly descriptions: LocalizedText;
  /** COS's error-code documentation: the English page and the Chinese page. */
  readonly docUrls: LocalizedText;
  /** For the codes users meet most: the usual causes and what to do, in English and in Chinese; absent for the others. */
  readonly hint?: LocalizedText;
  /** Whether retrying the same request can succeed. */
  readonly retryable: boolean;
  /** Where the catalog's facts of the code come from (`docs`, `seed`, `sdk`, `python-sdk`, `nodejs-sdk`, `vector-docs`). */
  readonly sources: readonly string[];
}
