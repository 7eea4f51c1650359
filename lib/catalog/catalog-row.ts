/**
 * One code of the catalog, its code CATALOG_CODES's at the same index: a tuple, so that a bundle that keeps the catalog
 * keeps no key names 154 times over. @internal
 */
export type CatalogRow = readonly [
  statusCodes: readonly number[],
  aliases: readonly string[],
  description: string,
  retryable: boolean,
  sources: readonly string[],
];
