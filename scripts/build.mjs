// Builds the package: tsc compiles lib/ twice into compiled/ (ES modules and CommonJS, for their
// declaration files and as the input of the bundles), then dist/ gets what the package ships:
// each entry as one bundled file (scripts/bundle.mjs), the command-line tool, and the
// declaration files of both builds.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { bundleEntries } from './bundle.mjs';
import { reachableDeclarations } from './declarations.mjs';

const require = createRequire(import.meta.url);
const tsc = require.resolve('typescript/bin/tsc');

rmSync('dist', { recursive: true, force: true });
rmSync('compiled', { recursive: true, force: true });
execFileSync(process.execPath, [tsc, '-p', 'tsconfig.json'], { stdio: 'inherit' });
execFileSync(process.execPath, [tsc, '-p', 'tsconfig.cjs.json'], { stdio: 'inherit' });
await bundleEntries();
// Of tsc's output, the declaration files the types load, and nothing else.
for (const build of ['esm', 'cjs']) {
  for (const file of reachableDeclarations(join('compiled', build))) cpSync(join('compiled', build, file), join('dist', build, file));
}
// The package is "type": "module"; this marker makes Node (and TypeScript) read dist/cjs as CommonJS.
mkdirSync('dist/cjs', { recursive: true });
writeFileSync('dist/cjs/package.json', '{ "type": "commonjs" }\n');
