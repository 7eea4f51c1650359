import type { CatalogRow } from './catalog-row.js';
import { CODE_CLASSES } from './generated-class-map.js';
import { CATALOG_ROWS } from './generated-entries.js';
import type { KnownCodeError } from './known-code-error.js';

// Built on first use: a program that never looks a code up pays nothing for it.
let classOfSpelling: ReadonlyMap<string, typeof KnownCodeError> | undefined;
let rowOfSpelling: ReadonlyMap<string, CatalogRow> | undefined;

/** The code class of a code or one of its aliases, exactly as COS sends it. @internal */
export function classOfCode(code: string): typeof KnownCodeError | undefined {
  classOfSpelling ??= new Map(CATALOG_ROWS.flatMap((row, index) => [row[0], ...row[2]].map((spelling) => [spelling, CODE_CLASSES[index]!] as const)));
  return classOfSpelling.get(code);
}

/** The catalog row of a code or one of its aliases. @internal */
export function rowOfCode(code: string): CatalogRow | undefined {
  rowOfSpelling ??= new Map(CATALOG_ROWS.flatMap((row) => [row[0], ...row[2]].map((spelling) => [spelling, row] as const)));
  return rowOfSpelling.get(code);
}
