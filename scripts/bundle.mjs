// Bundles tsc's ES module output (compiled/esm/index.js and its modules) into the package's
// entries, each one file that loads no other file of the package:
//   dist/esm/index.js          Node, `import`: fast-xml-parser through `require` (createRequire),
//                              on first need
//   dist/cjs/index.js          Node, `require`
//   dist/browser/index.js      browsers, through bundlers (the `browser` condition): no Node
//                              module, fast-xml-parser's validator imported like any module
//   dist/miniprogram/index.js  WeChat Mini Programs (the `miniprogram` field): CommonJS, ES2017,
//                              its dependencies bundled in and lowered too
//   dist/cli/cos-errors.js     the command-line tool, which loads the package's ES module entry
// (cold require is a target of the benchmark; each entry is one file so it reads one file).
// fast-xml-parser and ts-custom-error stay outside, for the user's own install or bundler, but
// in the Mini Program build, which a Mini Program loads as its build tool copied it.
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// Modules the browser build takes in place of the Node ones (each beside it, `.browser.js`).
const BROWSER_VARIANTS = /\/(?:xml-validator\.cjs|utf8\.js)$/;

const common = {
  entryPoints: ['compiled/esm/index.js'],
  bundle: true,
  external: ['ts-custom-error', 'fast-xml-parser'],
  write: false,
  logLevel: 'warning',
};

// The browser build: fast-xml-parser's validator imported statically, so the first call answers
// as every later one does; UTF-8 by the platform alone.
const browserVariants = {
  name: 'browser-variants',
  setup(buildApi) {
    buildApi.onResolve({ filter: BROWSER_VARIANTS }, (args) => ({
      path: fileURLToPath(new URL(args.path.replace(/\.c?js$/, '.browser.js'), new URL(`file://${args.resolveDir}/`))),
    }));
  },
};

// The Node loader is CommonJS: in the ES module file, its `require` is this one.
const REQUIRE_IN_ESM =
  "import { createRequire as createRequireForPackages } from 'node:module';\nconst require = createRequireForPackages(import.meta.url);";

async function bundle(outfile, options) {
  const result = await build({ ...common, ...options });
  const [file] = result.outputFiles;
  mkdirSync(fileURLToPath(new URL('.', new URL(`../${outfile}`, import.meta.url))), { recursive: true });
  writeFileSync(outfile, file.text);
}

// The command-line tool: its own modules bundled, the package taken from its ES module entry.
const packageEntry = {
  name: 'package-entry',
  setup(buildApi) {
    buildApi.onResolve({ filter: /^\.\.\/index\.js$/ }, () => ({ path: '../esm/index.js', external: true }));
  },
};

export async function bundleEntries() {
  await bundle('dist/cjs/index.js', { format: 'cjs', platform: 'node', target: 'node20' });
  // A Mini Program loads what its build tool copied, untranspiled: the dependencies go in, lowered to ES2017 too.
  await bundle('dist/miniprogram/index.js', { format: 'cjs', platform: 'neutral', target: 'es2017', mainFields: ['main'], external: [] });
  await bundle('dist/browser/index.js', { format: 'esm', platform: 'browser', target: 'es2022', plugins: [browserVariants] });
  await bundle('dist/esm/index.js', { format: 'esm', platform: 'node', target: 'node20', banner: { js: REQUIRE_IN_ESM } });
  await bundle('dist/cli/cos-errors.js', {
    entryPoints: ['compiled/esm/cli/main.js'],
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: [],
    plugins: [packageEntry],
  });
}
