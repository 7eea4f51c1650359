/**
 * One code of the catalog as the generated table holds it: a tuple rather than an object, so
 * that every bundle that keeps the catalog keeps no key names 154 times over. The code is not
 * in it: the row's code class (at the same index of CODE_CLASSES) has it, and a bundle keeps
 * each code once.
 * @internal
 */
export type CatalogRow = readonly [
  statusCodes: readonly number[],
  aliases: readonly string[],
  description: string,
  retryable: boolean,
  sources: readonly string[],
];
