/** A code's facts (the code is CATALOG_CODES's at the same index): a tuple, so that bundles keep no key names 154 times over. @internal */
export type CatalogRow = readonly [
  statusCodes: readonly number[],
  aliases: readonly string[],
  description: string,
  retryable: boolean,
  sources: readonly string[],
];
