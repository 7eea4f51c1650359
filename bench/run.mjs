// npm run bench: the speed and memory targets, as ratios measured side by side in one process, and
// the browser size budgets. Subjects run in alternating rounds (the order rotates each round); each
// figure is the median of the rounds. Cold require is measured in fresh processes, retained heap in
// one with the collector exposed.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
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

// Error documents the one-match reader of COS's usual layout (lib/response/xml/cos-document.ts)
// turns down, so that the package's slower readers answer: realistic answers of 300 to 600 bytes,
// each in one of the forms a proxy, a gateway or an S3-compatible layer may send.
const host = 'examplebucket-1250000000.cos.ap-beijing.myqcloud.com';
const fieldsAfterMessage = (resource) =>
  `\t<Resource>${resource}</Resource>\n\t<RequestId>${headers['x-cos-request-id']}</RequestId>\n\t<TraceId>${headers['x-cos-trace-id']}</TraceId>\n</Error>`;
const slowDocuments = [
  {
    name: 'comment',
    code: 'NoSuchKey',
    body: `<?xml version='1.0' encoding='utf-8' ?>\n<!-- answered by the COS gateway, see https://cloud.tencent.com/document/product/436/7730 -->\n<Error>\n\t<Code>NoSuchKey</Code>\n\t<Message>The specified key does not exist.</Message>\n${fieldsAfterMessage(`${host}/photos/2026/11/cat.jpg`)}`,
  },
  {
    name: 'CDATA in Message',
    code: 'NoSuchBucket',
    body: `<?xml version='1.0' encoding='utf-8' ?>\n<Error>\n\t<Code>NoSuchBucket</Code>\n\t<Message><![CDATA[The specified bucket does not exist: <examplebucket-1250000000> in ap-beijing & nowhere else.]]></Message>\n\t<BucketName>examplebucket-1250000000</BucketName>\n${fieldsAfterMessage(host)}`,
  },
  {
    name: 'namespaces and attributes on the root',
    code: 'NoSuchUpload',
    body: `<?xml version="1.0" encoding="UTF-8"?>\n<Error xmlns="http://s3.amazonaws.com/doc/2006-03-01/" xmlns:cos="https://cloud.tencent.com/product/cos" cos:region="ap-beijing">\n\t<Code>NoSuchUpload</Code>\n\t<Message>The specified multipart upload does not exist.</Message>\n\t<UploadId>1585130821cbb7df1d11846c073ad648</UploadId>\n${fieldsAfterMessage(`${host}/videos/big.mp4`)}`,
  },
  {
    name: 'DOCTYPE with an internal subset',
    code: 'NoSuchLifecycleConfiguration',
    body: `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE Error [\n\t<!ELEMENT Error (Code, Message, Resource, RequestId, TraceId)>\n\t<!ATTLIST Error lang CDATA "en">\n]>\n<Error>\n\t<Code>NoSuchLifecycleConfiguration</Code>\n\t<Message>The lifecycle configuration does not exist.</Message>\n${fieldsAfterMessage(`${host}/?lifecycle`)}`,
  },
  {
    name: 'processing instruction',
    code: 'NoSuchCORSConfiguration',
    body: `<?xml version='1.0' encoding='utf-8' ?>\n<?xml-stylesheet type="text/xsl" href="/static/cos-error.xsl"?>\n<Error>\n\t<Code>NoSuchCORSConfiguration</Code>\n\t<Message>The CORS configuration does not exist.</Message>\n${fieldsAfterMessage(`${host}/?cors`)}`,
  },
];

// @aws-sdk/client-s3's own error path, without a client (whose constructor warns about the Node
// version) but with the protocol object it would make: the settings are the client's defaults
// (node_modules/@aws-sdk/client-s3/dist-cjs/index.js, getRuntimeConfig's protocolSettings).
const requireFromS3 = createRequire(require.resolve('@aws-sdk/client-s3'));
const s3 = requireFromS3('@aws-sdk/client-s3');
const { S3RestXmlProtocol } = requireFromS3('@aws-sdk/middleware-sdk-s3/s3');
const { loadRestXmlErrorCode } = requireFromS3('@aws-sdk/core/protocols');
const { HttpResponse } = requireFromS3('@smithy/core/protocols');
const { NormalizedSchema } = requireFromS3('@smithy/core/schema');
const { toUtf8 } = requireFromS3('@smithy/core/serde');
const S3_NAMESPACE = 'com.amazonaws.s3';
const DOCUMENT_SCHEMA = 15;
const s3Protocol = new S3RestXmlProtocol({
  defaultNamespace: S3_NAMESPACE,
  errorTypeRegistries: s3.errorTypeRegistries,
  xmlNamespace: 'http://s3.amazonaws.com/doc/2006-03-01/',
  version: '2006-03-01',
  serviceTarget: 'AmazonS3',
});
s3Protocol.setSerdeContext({ utf8Encoder: toUtf8 });

/*
 * What @aws-sdk/client-s3 3.1175 does with an error answer, made synchronous so measure() can time
 * it. Its path is async because it collects the body stream first; past that, what it awaits
 * does its work synchronously:
 *   - @smithy/core/dist-cjs/submodules/protocols/index.js, HttpBindingProtocol.deserializeResponse:
 *     for a status >= 300, `this.deserializer.read(15, bytes)` (schema 15: a document), which is
 *     XmlShapeDeserializer.read in @aws-sdk/core/dist-cjs/submodules/protocols/index.js, over
 *     parseXML of @aws-sdk/xml-builder (this version parses with its own AwsXmlParser, not
 *     fast-xml-parser). Called here as is.
 *   - @aws-sdk/core/dist-cjs/submodules/protocols/index.js, AwsRestXmlProtocol.handleError:
 *     loadRestXmlErrorCode (called as is), then the error class from the S3 error registry, or
 *     S3ServiceException for a code S3 does not model (ProtocolLib.getErrorSchemaOrThrowBaseException),
 *     then decorateServiceException. Mirrored step by step below, minus deserializeHttpMessage,
 *     which binds headers to error members: no S3 error shape has a header-bound member.
 * Both sides are handed the body as the same string: the SDK would decode bytes first (toUtf8
 * passes a string through), and so would this package when given bytes.
 * checkAwsMirror() holds the result to what the SDK's own async deserializeResponse throws.
 */
function awsErrorPath(response) {
  const data = { ...s3Protocol.deserializer.read(DOCUMENT_SCHEMA, response.body) };
  const code = loadRestXmlErrorCode(response, data) ?? 'Unknown';
  const registry = s3Protocol.compositeErrorRegistry;
  s3Protocol.mixin.compose(registry, code, S3_NAMESPACE);
  if (data.Error && typeof data.Error === 'object') {
    for (const key of Object.keys(data.Error)) {
      data[key] = data.Error[key];
      if (key.toLowerCase() === 'message') data.message = data.Error[key];
    }
  }
  const $metadata = s3Protocol.deserializeMetadata(response);
  if (data.RequestId && !$metadata.requestId) $metadata.requestId = data.RequestId;
  const errorMetadata = { $metadata, $fault: response.statusCode < 500 ? 'client' : 'server' };
  let schema;
  try {
    schema = registry.getSchema(code);
  } catch {
    data.message = data.message ?? data.Message ?? 'UnknownError';
    const Base = registry.getErrorCtor(registry.getBaseException()) ?? Error;
    return s3Protocol.mixin.decorateServiceException(Object.assign(new Base({ name: code }), errorMetadata), data);
  }
  const shape = NormalizedSchema.of(schema);
  const Modeled = registry.getErrorCtor(schema) ?? Error;
  const message = data.Error?.message ?? data.Error?.Message ?? data.message ?? data.Message ?? 'UnknownError';
  const members = {};
  const memberReader = s3Protocol.codec.createDeserializer();
  for (const [name, member] of shape.structIterator()) {
    const xmlName = member.getMergedTraits().xmlName ?? name;
    members[name] = memberReader.readSchema(member, data.Error?.[xmlName] ?? data[xmlName]);
  }
  const exception = Object.assign(new Modeled({}), errorMetadata, { $fault: shape.getMergedTraits().error, message }, members);
  return s3Protocol.mixin.decorateServiceException(exception, data);
}

const awsResponse = (text) => new HttpResponse({ statusCode: 404, headers, body: text });
for (const document of slowDocuments) document.response = awsResponse(document.body);

/** Throws unless the mirror makes the error the SDK's own (async) path throws, for each document. */
async function checkAwsMirror() {
  for (const document of slowDocuments) {
    const mirrored = awsErrorPath(document.response);
    let thrown;
    try {
      // collectBody takes a Uint8Array as the collected body; a string would be read as a stream.
      await s3Protocol.deserializeResponse(s3.GetObject$, { utf8Encoder: toUtf8 }, awsResponse(Buffer.from(document.body)));
    } catch (error) {
      thrown = error;
    }
    const view = (error) =>
      JSON.stringify([error?.constructor?.name, error?.name, error?.message, error?.$fault, error?.Code, error?.$metadata]);
    if (view(mirrored) !== view(thrown))
      throw new Error(`the AWS mirror parts from the SDK on "${document.name}": ${view(mirrored)} vs ${view(thrown)}`);
  }
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
// One operation reads every slow document once, so the ratio is of the totals.
const slowXmlSubjects = {
  [`e: createServiceError, ${slowDocuments.length} slow-path XML documents`]: () => {
    for (const document of slowDocuments) keep(createServiceError({ method: 'GET', statusCode: 404, headers, body: document.body }));
  },
  [`f: @aws-sdk/client-s3's error deserializer, same ${slowDocuments.length} documents`]: () => {
    for (const document of slowDocuments) keep(awsErrorPath(document.response));
  },
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

// What a page loads of a bundle of some of the package's exports, as esbuild makes it for the
// browser (minified, split into chunks), in bytes minified and gzipped together: `first` is the
// entry and every chunk it imports statically, however deep (what loads before any of it runs);
// `all` is every chunk, those behind import() too (all that the page may fetch).
async function browserBundle(imports) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const source = `import { ${imports.join(', ')} } from 'qcloud-cos-errors';\nglobalThis.keep = [${imports.join(', ')}];\n`;
  // write: false, so the output directory is only where the chunks' names point.
  const outdir = join(os.tmpdir(), 'cos-errors-size');
  const result = await build({
    stdin: { contents: source, resolveDir: root, sourcefile: 'entry.js' },
    absWorkingDir: root,
    bundle: true,
    platform: 'browser',
    format: 'esm',
    minify: true,
    splitting: true,
    outdir,
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const contents = new Map(result.outputFiles.map((file) => [file.path, file.contents]));
  const outputs = result.metafile.outputs;
  const chunks = Object.keys(outputs).filter((name) => name.endsWith('.js'));
  const entry = chunks.find((name) => outputs[name].entryPoint !== undefined);
  const first = new Set([entry]);
  for (const name of first) for (const item of outputs[name].imports) if (item.kind === 'import-statement') first.add(item.path);
  const weigh = (names) => {
    const bytes = Buffer.concat(names.map((name) => contents.get(resolve(root, name))));
    return { minified: bytes.length, gzip: gzipSync(bytes).length };
  };
  return { first: weigh([...first]), all: weigh([entry, ...chunks.filter((name) => name !== entry)]) };
}

const quick = process.argv.includes('--quick');
await checkAwsMirror();
const perOp = measure(subjects, quick ? 2_000 : 20_000, quick ? 5 : 15);
const perSlowXml = measure(slowXmlSubjects, quick ? 200 : 1_000, quick ? 5 : 15);
const perBody = measure(bodySubjects, quick ? 5 : 20, quick ? 5 : 11);
const ours = coldLoadMs('qcloud-cos-errors', quick ? 5 : 11, 'require');
const sdk = coldLoadMs('cos-nodejs-sdk-v5', quick ? 5 : 11, 'require');
// Not a target of its own; shown so that the ES module build's cost is in sight too.
const oursImported = coldLoadMs('qcloud-cos-errors', quick ? 5 : 11, 'import');
const heap = retainedBytes();
const bundles = [
  { name: 'factory path', imports: ['createServiceError', 'fromResponse', 'fromSdkError', 'NoSuchKeyError'], counted: 'all', targetKb: 40 },
  { name: 'base classes', imports: ['CosServiceError', 'CosClientError', 'CosError', 'isCosError'], counted: 'first', targetKb: 10 },
  { name: 'guards alone', imports: ['isCosError', 'isNotFound'], counted: 'first', targetKb: 4 },
  { name: 'one code class alone', imports: ['NoSuchKeyError'], counted: 'first', targetKb: 12 },
];
for (const bundle of bundles) Object.assign(bundle, await browserBundle(bundle.imports));
const cosJsSdk = readFileSync(require.resolve('cos-js-sdk-v5/dist/cos-js-sdk-v5.min.js'));

// What each side made of the slow documents, so that neither is timed on a wrong answer unseen.
const slowReads = slowDocuments.map((document) => {
  const ourError = createServiceError({ method: 'GET', statusCode: 404, headers, body: document.body });
  const awsError = awsErrorPath(document.response);
  return {
    document,
    ours: `${ourError.constructor.name} (${ourError.code})`,
    aws: `${awsError.constructor.name} (${awsError.name})`,
    oursRight: ourError.code === document.code,
  };
});

const a = perOp['a: new Error(msg)'];
const b = perOp['b: new CosServiceError(digest)'];
const c = perOp['c: createServiceError(NoSuchKey)'];
const d = perOp['d: cos-nodejs-sdk-v5 error path'];
const [e, f] = Object.values(perSlowXml);
const bodyRatio = perBody['createServiceError, 1 MB body'] / perBody['createServiceError, 100 KB body'];
const countedName = { first: 'loaded first', all: 'all chunks' };

const rows = [
  ['(b)/(a) bare error vs new Error', b / a, 2.0],
  ['(c)/(b) createServiceError vs bare error', c / b, 1.5],
  ['(c)/(d) createServiceError vs the SDK', c / d, 0.5],
  [`(e)/(f) (slow XML) ours vs AWS deserializer, total over ${slowDocuments.length} documents`, e / f, 1.0],
  ['cold require: this package vs the SDK', ours / sdk, 0.2],
  ['1 MB body vs 100 KB body', bodyRatio, 15],
  ['retained heap per error, KB', heap.ours / 1000, 1.2],
  ...bundles.map((bundle) => [
    `browser, ${bundle.name}, ${countedName[bundle.counted]}, KB gzip`,
    bundle[bundle.counted].gzip / 1000,
    bundle.targetKb,
  ]),
];

const fmt = (ns) => (ns >= 1e6 ? `${(ns / 1e6).toFixed(2)} ms` : `${(ns / 1e3).toFixed(2)} µs`);
console.log(`machine: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, Node ${process.version}`);
console.log('');
console.log('| subject | time per operation |');
console.log('| --- | --- |');
for (const [name, ns] of Object.entries({ ...perOp, ...perSlowXml, ...perBody })) console.log(`| ${name} | ${fmt(ns)} |`);
console.log(`| cold require qcloud-cos-errors | ${ours.toFixed(2)} ms |`);
console.log(`| cold require cos-nodejs-sdk-v5 | ${sdk.toFixed(2)} ms |`);
console.log(`| cold import qcloud-cos-errors (ES module) | ${oursImported.toFixed(2)} ms |`);
console.log('');
console.log('| slow-path XML document (e, f) | bytes | this package made | @aws-sdk/client-s3 made |');
console.log('| --- | --- | --- | --- |');
for (const read of slowReads)
  console.log(
    `| ${read.document.name} | ${read.document.body.length} | ${read.ours}${read.oursRight ? '' : `, NOT ${read.document.code}`} | ${read.aws} |`,
  );
console.log('');
console.log('| retained heap per error (NoSuchKey document, body included) | bytes |');
console.log('| --- | --- |');
console.log(`| createServiceError | ${heap.ours.toFixed(0)} |`);
console.log(`| cos-nodejs-sdk-v5's error | ${heap.sdk.toFixed(0)} |`);
console.log(`| new Error(msg) | ${heap.plain.toFixed(0)} |`);
console.log('');
const kb = (bytes) => `${(bytes / 1000).toFixed(2)} KB`;
console.log(
  '| browser bundle (esbuild, minified, split) | imports | loaded first, minified | loaded first, gzip | all chunks, minified | all chunks, gzip |',
);
console.log('| --- | --- | --- | --- | --- | --- |');
for (const { name, imports, first, all } of bundles)
  console.log(`| ${name} | ${imports.join(', ')} | ${kb(first.minified)} | ${kb(first.gzip)} | ${kb(all.minified)} | ${kb(all.gzip)} |`);
console.log(`| cos-js-sdk-v5 itself (its .min.js) | | ${kb(cosJsSdk.length)} | ${kb(gzipSync(cosJsSdk).length)} | | |`);
console.log('');
console.log('| ratio | measured | target | met |');
console.log('| --- | --- | --- | --- |');
let allMet = slowReads.every((read) => read.oursRight);
for (const [name, value, target] of rows) {
  const met = value <= target;
  allMet &&= met;
  console.log(`| ${name} | ${value.toFixed(2)} | <= ${target} | ${met ? 'yes' : 'NO'} |`);
}
if (sink === -1) console.log(sink);
process.exitCode = allMet ? 0 : 1;
