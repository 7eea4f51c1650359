// The declaration files the package's types load: from an index.d.ts, every file its imports
// and exports name, and theirs. Only these ship (tsc writes one for every module, the command's
// and the browser build's own included, which no type reaches).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

// `from './x.js'`, `import('./x.js')`, `import './x.js'`: the relative specifiers of a declaration file.
const SPECIFIER = /(?:from\s+|import\s*\(\s*|import\s+)['"](\.{1,2}\/[^'"]+)['"]/g;

function declarationOf(dir, specifier) {
  const base = join(dir, specifier).replace(/\.(c?)js$/, '');
  for (const candidate of [`${base}.d.ts`, `${base}.d.cts`]) if (existsSync(candidate)) return candidate;
  return undefined;
}

/** The declaration files reachable from `entry`, as paths relative to `root`. */
export function reachableDeclarations(root, entry = 'index.d.ts') {
  const seen = new Set();
  const pending = [join(root, entry)];
  while (pending.length > 0) {
    const file = pending.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(SPECIFIER)) {
      const next = declarationOf(dirname(file), specifier);
      if (next !== undefined) pending.push(next);
    }
  }
  return [...seen].map((file) => relative(root, file)).sort();
}
