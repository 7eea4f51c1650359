import type { LocalizedText } from './error-info.js';

/** A code's guidance, apart from CatalogRow: a bundle that never calls getErrorInfo keeps none of its (mostly Chinese) text. @internal */
export type GuidanceRow = readonly [descriptionZh: string, docUrls: LocalizedText, hint?: LocalizedText];
