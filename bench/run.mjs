// npm run bench: the speed and memory targets, as ratios measured side by side in one process.
// Subjects run in alternating rounds (the order rotates each round); each figure is the median of
// the rounds. Cold require is measured in fresh processes, retained heap in one with the
// collector exposed.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const require = createRequire(import.meta.url);
const { CosServiceError, createServiceError } = require('qcloud-cos-errors');
const sdkUtil = require('cos-nodejs-sdk-v5/sdk/util.js');

const corpus = JSON.parse(readFileSync(new URL('../spec/fixtures/cos-responses.json', import.meta.url), 'utf8'));
const canonical = corpus.cases.find((c) => c.id === 'no-such-key');
const body = canonical.response.body;
const headers = canonical.response.headers;
const digest = canonical.expect.digestMsg;

let sink = 0;
const keep = (value) => {
  sink ^= typeof value === 'object' && value !== null ? 1 : 0;
};

function sdkErrorPath(text) {
  // What cos-nodejs-sdk-v5 does with an error answer (sdk/base.js, submitRequest's endHandler).
  const json = sdkUtil.parseResBody(text);
  const errorBody = json && json.Error;
  return sdkUtil.error(new Error(errorBody.Message), { code: errorBody.Code, error: errorBody });
}

function errorDocumentOfSize(bytes) {
  const filler = 'x'.repeat(Math.max(0, bytes - body.length));
  return body.replace('The specified key does not exist.', `The specified key does not exist.${filler}`);
}
const body100k = errorDocumentOfSize(100 * 1024);
const body1m = errorDocumentOfSize(1024 * 1024);
const bigCap = 2 * 1024 * 1024;

const subjects = {
  'a: new Error(msg)': () => new Error('NoSuchKey: The specified key does not exist.'),
  'b: new CosServiceError(digest)': () => new CosServiceError('GET', digest, 404),
  'c: createServiceError(NoSuchKey)': () => createServiceError({ method: 'GET', statusCode: 404, headers, body }),
  'd: cos-nodejs-sdk-v5 error path': () => sdkErrorPath(body),
};
const bodySubjects = {
  'createServiceError, 100 KB body': () => createServiceError({ statusCode: 404, body: body100k, maxBodyBytes: bigCap }),
  'createServiceError, 1 MB body': () => createServiceError({ statusCode: 404, body: body1m, maxBodyBytes: bigCap }),
};

function nsPerOp(work, iterations) {
  const start = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) keep(work());
  return Number(process.hrtime.bigint() - start) / iterations;
}

function median(values) {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Median ns per operation of each subject over `rounds` alternating rounds. */
function measure(group, iterations, rounds) {
  const names = Object.keys(group);
  for (const name of names) nsPerOp(group[name], Math.max(10, iterations / 10)); // warm up
  const samples = Object.fromEntries(names.map((name) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < names.length; k++) {
      const name = names[(round + k) % names.length];
      samples[name].push(nsPerOp(group[name], iterations));
    }
  }
  return Object.fromEntries(names.map((name) => [name, median(samples[name])]));
}

function coldLoadMs(specifier, runs, how) {
  const load = how === 'import' ? `await import(${JSON.stringify(specifier)})` : `require(${JSON.stringify(specifier)})`;
  const script = `const t = process.hrtime.bigint(); ${load}; process.stdout.write(String(Number(process.hrtime.bigint() - t) / 1e6));`;
  const args = how === 'import' ? ['--input-type=module', '-e', script] : ['-e', script];
  const times = [];
  for (let i = 0; i < runs; i++) times.push(Number(execFileSync(process.execPath, args, { cwd: new URL('..', import.meta.url) })));
  return median(times);
}

// The heap each error keeps, many of them kept alive at once, measured in a fresh process with
// the collector exposed; each is made from a timer, so all have the same shallow stack.
function retainedBytes() {
  const script = `
    const { createServiceError } = require('qcloud-cos-errors');
    const sdkUtil = require('cos-nodejs-sdk-v5/sdk/util.js');
    const body = ${JSON.stringify(body)};
    const fresh = () => Buffer.from(body).toString();
    function retained(make, count = 20000) {
      const kept = new Array(count);
      gc(); gc();
      const before = process.memoryUsage().heapUsed;
      for (let i = 0; i < count; i++) kept[i] = make();
      gc(); gc();
      const bytes = (process.memoryUsage().heapUsed - before) / count;
      if (kept.length !== count) throw new Error('lost');
      return bytes;
    }
    setImmediate(() => {
      const ours = retained(() => createServiceError({ method: 'GET', statusCode: 404, body: fresh() }));
      const sdk = retained(() => {
        const errorBody = sdkUtil.parseResBody(fresh()).Error;
        return sdkUtil.error(new Error(errorBody.Message), { code: errorBody.Code, error: errorBody });
      });
      const plain = retained(() => new Error('NoSuchKey: The specified key does not exist.'));
      process.stdout.write(JSON.stringify({ ours, sdk, plain }));
    });`;
  return JSON.parse(execFileSync(process.execPath, ['--expose-gc', '-e', script], { cwd: new URL('..', import.meta.url) }).toString());
}

// What a browser bundle of some of the package's exports weighs, minified, as esbuild makes it for
// a page: what the page loads at first (the entry and the chunks it imports statically), and the
// chunk with fast-xml-parser apart, which comes only when a document needs it.
async function browserBundleSize(imports) {
  const dir = mkdtempSync(join(os.tmpdir(), 'cos-errors-size-'));
  try {
    const source = `import { ${imports.join(', ')} } from 'qcloud-cos-errors';\nglobalThis.keep = [${imports.join(', ')}];\n`;
    const result = await build({ stdin: { contents: source, resolveDir: new URL('..', import.meta.url).pathname, sourcefile: 'entry.js' }, bundle: true, platform: 'browser', format: 'esm', minify: true, splitting: true, outdir: dir, write: false, metafile: true, logLevel: 'silent' });
    const outputs = result.metafile.outputs;
    const entry = Object.keys(outputs).find((name) => outputs[name].entryPoint !== undefined);
    const loadedFirst = [entry, ...outputs[entry].imports.filter((item) => item.kind === 'import-statement').map((item) => item.path)];
    const textOf = (name) => result.outputFiles.find((file) => file.path.endsWith(name.split('/').pop())).contents;
    const first = loadedFirst.reduce((bytes, name) => bytes + textOf(name).length, 0);
    const firstGzip = gzipSync(Buffer.concat(loadedFirst.map((name) => Buffer.from(textOf(name))))).length;
    const lazy = Object.keys(outputs).filter((name) => !loadedFirst.includes(name) && name.endsWith('.js')).reduce((bytes, name) => bytes + textOf(name).length, 0);
    return { first, firstGzip, lazy };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const quick = process.argv.includes('--quick');
const perOp = measure(subjects, quick ? 2_000 : 20_000, quick ? 5 : 15);
const perBody = measure(bodySubjects, quick ? 5 : 20, quick ? 5 : 11);
const ours = coldLoadMs('qcloud-cos-errors', quick ? 5 : 11, 'require');
const sdk = coldLoadMs('cos-nodejs-sdk-v5', quick ? 5 : 11, 'require');
// Not a target of its own; shown so that the ES module build's cost is in sight too.
const oursImported = coldLoadMs('qcloud-cos-errors', quick ? 5 : 11, 'import');
const heap = retainedBytes();
const factoryBundle = await browserBundleSize(['createServiceError', 'NoSuchKeyError']);
const baseBundle = await browserBundleSize(['CosServiceError', 'isCosError']);
const cosJsSdkBytes = statSync(require.resolve('cos-js-sdk-v5/dist/cos-js-sdk-v5.min.js')).size;

const a = perOp['a: new Error(msg)'];
const b = perOp['b: new CosServiceError(digest)'];
const c = perOp['c: createServiceError(NoSuchKey)'];
const d = perOp['d: cos-nodejs-sdk-v5 error path'];
const bodyRatio = perBody['createServiceError, 1 MB body'] / perBody['createServiceError, 100 KB body'];

const rows = [
  ['(b)/(a) bare error vs new Error', b / a, 2.0],
  ['(c)/(b) createServiceError vs bare error', c / b, 1.5],
  ['(c)/(d) createServiceError vs the SDK', c / d, 0.5],
  ['cold require: this package vs the SDK', ours / sdk, 0.2],
  ['1 MB body vs 100 KB body', bodyRatio, 15],
  ['retained heap per error, KB', heap.ours / 1000, 1.2],
  ['browser bundle, factory path, KB', factoryBundle.first / 1000, 50],
  ['browser bundle, base classes alone, KB', baseBundle.first / 1000, 10],
];

const fmt = (ns) => (ns >= 1e6 ? `${(ns / 1e6).toFixed(2)} ms` : `${(ns / 1e3).toFixed(2)} µs`);
console.log(`machine: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, Node ${process.version}`);
console.log('');
console.log('| subject | time per operation |');
console.log('| --- | --- |');
for (const [name, ns] of Object.entries({ ...perOp, ...perBody })) console.log(`| ${name} | ${fmt(ns)} |`);
console.log(`| cold require qcloud-cos-errors | ${ours.toFixed(2)} ms |`);
console.log(`| cold require cos-nodejs-sdk-v5 | ${sdk.toFixed(2)} ms |`);
console.log(`| cold import qcloud-cos-errors (ES module) | ${oursImported.toFixed(2)} ms |`);
console.log('');
console.log('| retained heap per error (NoSuchKey document, body included) | bytes |');
console.log('| --- | --- |');
console.log(`| createServiceError | ${heap.ours.toFixed(0)} |`);
console.log(`| cos-nodejs-sdk-v5's error | ${heap.sdk.toFixed(0)} |`);
console.log(`| new Error(msg) | ${heap.plain.toFixed(0)} |`);
console.log('');
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;
console.log('| browser bundle (esbuild, minified) | loaded first | gzipped | fast-xml-parser chunk, loaded when needed |');
console.log('| --- | --- | --- | --- |');
console.log(`| createServiceError + NoSuchKeyError | ${kb(factoryBundle.first)} | ${kb(factoryBundle.firstGzip)} | ${kb(factoryBundle.lazy)} |`);
console.log(`| CosServiceError + isCosError | ${kb(baseBundle.first)} | ${kb(baseBundle.firstGzip)} | ${kb(baseBundle.lazy)} |`);
console.log(`| cos-js-sdk-v5 itself (its .min.js) | ${kb(cosJsSdkBytes)} | | |`);
console.log('');
console.log('| ratio | measured | target | met |');
console.log('| --- | --- | --- | --- |');
let allMet = true;
for (const [name, value, target] of rows) {
  const met = value <= target;
  allMet &&= met;
  console.log(`| ${name} | ${value.toFixed(2)} | <= ${target} | ${met ? 'yes' : 'NO'} |`);
}
if (sink === -1) console.log(sink);
process.exitCode = allMet ? 0 : 1;
