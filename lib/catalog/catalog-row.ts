/**
 * One code of the catalog as the generated table holds it: a tuple rather than an object, so
 * that every bundle that keeps the catalog keeps no key names 154 times over. The code is
 * CATALOG_CODES's at the same index.
 * @internal
 */
export type CatalogRow = readonly [
  statusCodes: readonly number[],
  aliases: readonly string[],
  description: string,
  retryable: boolean,
  sources: readonly string[],
];
