import type { CatalogRow } from './catalog-row.js';
import { CODE_CLASSES } from './generated-class-map.js';
import { CATALOG_CODES, CATALOG_ROWS } from './generated-entries.js';
import type { KnownCodeError } from './known-code-error.js';

// Built on first use: a program that never looks a code up pays nothing for it.
let indexOfSpelling: ReadonlyMap<string, number> | undefined;

/** The catalog index (of CATALOG_ROWS, CODE_CLASSES and GUIDANCE_ROWS) of a code or one of its aliases, exactly as COS sends it. @internal */
export function indexOf(spelling: string): number | undefined {
  indexOfSpelling ??= new Map(CATALOG_ROWS.flatMap((row, index) => [CATALOG_CODES[index]!, ...row[1]].map((name) => [name, index] as const)));
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
  return index === undefined ? undefined : { code: CATALOG_CODES[index]!, row: CATALOG_ROWS[index]! };
}

// Built on first use, like the index of spellings.
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
let indexOfClass: ReadonlyMap<Function, number> | undefined;

/** The code of a code class itself (not of a user's subclass of one), or `undefined`. @internal */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export function codeOfClass(errorClass: Function): string | undefined {
  indexOfClass ??= new Map(CODE_CLASSES.map((codeClass, index) => [codeClass, index] as const));
  const index = indexOfClass.get(errorClass);
  return index === undefined ? undefined : CATALOG_CODES[index];
}
