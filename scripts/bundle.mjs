// Bundles tsc's ES module output (compiled/esm/index.js and its modules) into the package's
// entries, each one file that loads no other file of the package:
//   dist/esm/index.js          Node, `import`: fast-xml-parser through `require` (createRequire),
//                              on first need
//   dist/cjs/index.js          Node, `require`
//   dist/browser/              browsers, through bundlers (the `browser` condition): tsc's ES
//                              modules as they are, one file a module, with the browser
//                              variants in place of the Node ones, so that a bundler keeps only
//                              the modules a page uses (the package has no side effects)
//   dist/miniprogram/index.js  WeChat Mini Programs (the `miniprogram` field): CommonJS, ES2017,
//                              its dependencies bundled in and lowered too
//   dist/cli/cos-errors.js     the command-line tool, which loads the package's ES module entry
// (cold require is a target of the benchmark; each Node entry is one file so it reads one file).
// fast-xml-parser and ts-custom-error stay outside, for the user's own install or bundler, but
// in the Mini Program build, which a Mini Program loads as its build tool copied it.
import { build } from 'esbuild';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Imports of the modules the browser build takes in place of the Node ones (each beside it, `.browser.js`).
const BROWSER_VARIANTS = /(?<=from ['"])([^'"]*\/(?:xml-validator|utf8))\.c?js(?=['"])/g;

const common = {
  entryPoints: ['compiled/esm/index.js'],
  bundle: true,
  external: ['ts-custom-error', 'fast-xml-parser'],
  write: false,
  logLevel: 'warning',
};

// The browser build: each module of tsc's ES module output, its imports of a module with a
// browser variant (`x.js` or `x.cjs` beside `x.browser.js`) pointed at the variant. fast-xml-
// parser's validator is imported like any module, so the first call answers as every later one.
function browserModules(from = 'compiled/esm', to = 'dist/browser') {
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'cli') browserModules(source, join(to, entry.name));
    } else if (entry.name.endsWith('.js') && !entry.name.endsWith('.browser.js')) {
      mkdirSync(to, { recursive: true });
      // A module with a browser variant is replaced by it, not shipped beside it.
      if (existsSync(source.replace(/\.js$/, '.browser.js'))) continue;
      writeFileSync(
        join(to, entry.name),
        readFileSync(source, 'utf8').replace(BROWSER_VARIANTS, (specifier, base) => `${base}.browser.js`),
      );
    }
  }
  for (const entry of readdirSync(from))
    if (entry.endsWith('.browser.js')) writeFileSync(join(to, entry), readFileSync(join(from, entry), 'utf8'));
}

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
  browserModules();
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
