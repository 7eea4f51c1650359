// Rewrites each build's entry, dist/esm/index.js and dist/cjs/index.js, as one file holding every
// module of the library (not the CLI), so that loading the package reads and compiles one file
// instead of about fifty (cold require is a target of the benchmark; cold import is measured
// beside it). Both are made from tsc's ES module output, each a copy of its own (neither loads the
// other); tsc's CommonJS output still gives the CommonJS types. The two dependencies stay outside;
// fast-xml-parser is loaded by lib/body/xml-digest.ts itself, on first use.
import { build } from 'esbuild';
import { writeFileSync } from 'node:fs';

const common = {
  entryPoints: ['dist/esm/index.js'],
  bundle: true,
  platform: 'node',
  target: 'node20',
  external: ['ts-custom-error', 'fast-xml-parser'],
  write: false,
  logLevel: 'warning',
};

// lib/body/load-package.cts is CommonJS: in the ES module file, its `require` is this one.
const REQUIRE_IN_ESM = "import { createRequire as createRequireForPackages } from 'node:module';\nconst require = createRequireForPackages(import.meta.url);";

async function bundle(format, outfile, banner) {
  const result = await build({ ...common, format, banner: banner === undefined ? undefined : { js: banner } });
  const [file] = result.outputFiles;
  writeFileSync(outfile, file.text);
}

export async function bundleEntries() {
  // The CommonJS one first: both read dist/esm/index.js, which the second overwrites.
  await bundle('cjs', 'dist/cjs/index.js');
  await bundle('esm', 'dist/esm/index.js', REQUIRE_IN_ESM);
}
