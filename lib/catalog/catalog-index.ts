import type { CatalogRow } from './catalog-row.js';
import { CODE_CLASSES } from './generated-class-map.js';
import { CATALOG_ROWS } from './generated-entries.js';
import type { KnownCodeError } from './known-code-error.js';

// Built on first use: a program that never looks a code up pays nothing for it.
let indexOfSpelling: ReadonlyMap<string, number> | undefined;

/** The catalog index (of CATALOG_ROWS and CODE_CLASSES) of a code or one of its aliases, exactly as COS sends it. */
function indexOf(spelling: string): number | undefined {
  indexOfSpelling ??= new Map(CATALOG_ROWS.flatMap((row, index) => [CODE_CLASSES[index]!.code, ...row[1]].map((name) => [name, index] as const)));
  return indexOfSpelling.get(spelling);
}

/** The code class of a code or one of its aliases. @internal */
export function classOfCode(code: string): typeof KnownCodeError | undefined {
  const index = indexOf(code);
  return index === undefined ? undefined : CODE_CLASSES[index];
}

/** The canonical code and the catalog row of a code or one of its aliases. @internal */
export function entryOfCode(code: string): { readonly code: string; readonly row: CatalogRow } | undefined {
  const index = indexOf(code);
  return index === undefined ? undefined : { code: CODE_CLASSES[index]!.code, row: CATALOG_ROWS[index]! };
}
