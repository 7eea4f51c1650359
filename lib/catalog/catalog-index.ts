import { CATALOG_CODES, CATALOG_ROWS } from './generated-entries.js';

// Built on first use: a program that never looks a code up pays nothing for it.
let indexOfSpelling: ReadonlyMap<string, number> | undefined;

/** The catalog index (of CATALOG_ROWS, CATALOG_CODES and GUIDANCE_ROWS) of a code or one of its aliases, exactly as COS sends it. @internal */
export function indexOf(spelling: string): number | undefined {
  indexOfSpelling ??= new Map(
    CATALOG_ROWS.flatMap((row, index) => [CATALOG_CODES[index]!, ...row[1]].map((name) => [name, index] as const)),
  );
  return indexOfSpelling.get(spelling);
}
