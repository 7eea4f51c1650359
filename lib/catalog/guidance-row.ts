import type { LocalizedText } from './error-info.js';

/**
 * What the catalog tells a reader of one code beyond its facts: apart from CatalogRow, so that a bundle that never calls
 * getErrorInfo keeps none of this text (most of it Chinese, three bytes a character). @internal
 */
export type GuidanceRow = readonly [descriptionZh: string, docUrls: LocalizedText, hint?: LocalizedText];
