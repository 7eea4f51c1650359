import { expect } from 'chai';
import { build as esbuild } from 'esbuild';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { build as vite } from 'vite';
import webpack from 'webpack';
import { consumerProject } from './support/consumer-project.js';
import { projectPath } from './support/project.js';

// The ES module build, bundled for the browser by the bundlers COS users use, then run where no
// Node global exists: only what a browser also has.

const FIXTURES = ['checks.js', 'entry.js'];

function browserLikeContext(): vm.Context {
  const context = vm.createContext({
    TextEncoder,
    TextDecoder,
    URL,
    Response,
    ReadableStream,
    Headers,
    AbortController,
    setTimeout,
    clearTimeout,
    queueMicrotask,
    console,
  });
  // A browser's global object is reachable as globalThis and self; nothing of Node is.
  vm.runInContext('globalThis.self = globalThis;', context);
  return context;
}

async function runInBrowserLikeContext(code: string): Promise<unknown> {
  const context = browserLikeContext();
  vm.runInContext(code, context);
  expect(vm.runInContext('typeof process + typeof require + typeof Buffer + typeof module + typeof global', context)).to.equal(
    'undefinedundefinedundefinedundefinedundefined',
  );
  return vm.runInContext('globalThis.cosErrorsChecks', context) as Promise<unknown>;
}

function expectBrowserClean(code: string): void {
  expect(code).not.to.match(/["']node:/);
  expect(code).not.to.match(/\brequire\(["'](?:fast-xml-parser|ts-custom-error|module)["']\)/);
}

async function expectChecksPass(code: string): Promise<void> {
  expectBrowserClean(code);
  const outcome = (await runInBrowserLikeContext(code)) as { found?: unknown; expected?: unknown; failed?: string };
  expect(outcome.failed, outcome.failed).to.equal(undefined);
  expect(outcome.found).to.deep.equal(outcome.expected);
}

describe('the ES module build, bundled for a browser and run with no Node global', function () {
  this.timeout(120_000);
  let consumer: string;

  before(() => {
    consumer = consumerProject(
      Object.fromEntries(FIXTURES.map((name) => [`src/${name}`, readFileSync(projectPath('spec/fixtures/browser', name), 'utf8')])),
      'cos-errors-bundlers-',
    );
  });
  after(() => rmSync(consumer, { recursive: true, force: true }));

  it('with esbuild (--platform=browser)', async () => {
    const result = await esbuild({
      entryPoints: [join(consumer, 'src/entry.js')],
      bundle: true,
      platform: 'browser',
      format: 'iife',
      write: false,
      logLevel: 'silent',
      absWorkingDir: consumer,
    });
    await expectChecksPass(result.outputFiles[0]!.text);
  });

  it("with esbuild, split: fast-xml-parser's validator comes with the entry, so a DOCTYPE document is read on the first call", async () => {
    const result = await esbuild({
      entryPoints: [join(consumer, 'src/entry.js')],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      splitting: true,
      outdir: join(consumer, 'split'),
      write: false,
      logLevel: 'silent',
      absWorkingDir: consumer,
    });
    // Nothing is left to a chunk that arrives later: the entry is the only file.
    expect(result.outputFiles.map((file) => file.path.slice(consumer.length + 7))).to.deep.equal(['entry.js']);
    const entry = result.outputFiles[0]!.text;
    expect(entry).to.include('XMLValidator');
    expect(entry).not.to.match(/\bimport\(/);
    expectBrowserClean(entry);
    const iife = await esbuild({
      stdin: {
        contents:
          "import { createServiceError } from 'qcloud-cos-errors'; globalThis.atOnce = createServiceError({ statusCode: 404, body: '<!DOCTYPE Error [<!ELEMENT Error ANY>]><Error><Code>NoSuchKey</Code></Error>' }).name;",
        resolveDir: consumer,
      },
      bundle: true,
      platform: 'browser',
      format: 'iife',
      write: false,
      logLevel: 'silent',
      absWorkingDir: consumer,
    });
    const context = browserLikeContext();
    vm.runInContext(iife.outputFiles[0]!.text, context);
    expect(vm.runInContext('globalThis.atOnce', context)).to.equal('NoSuchKeyError');
  });

  it('with webpack (target web)', async () => {
    const stats = await new Promise<webpack.Stats>((resolve, reject) => {
      webpack(
        {
          mode: 'production',
          target: 'web',
          context: consumer,
          entry: './src/entry.js',
          output: { path: join(consumer, 'webpack'), filename: 'bundle.js', asyncChunks: false, iife: true },
          optimization: { minimize: false },
          resolve: { symlinks: true },
        },
        (error, result) => (error ? reject(error) : resolve(result!)),
      );
    });
    expect(stats.hasErrors(), stats.toString('errors-only')).to.equal(false);
    await expectChecksPass(readFileSync(join(consumer, 'webpack/bundle.js'), 'utf8'));
  });

  it('with Vite', async () => {
    await vite({
      root: consumer,
      configFile: false,
      logLevel: 'silent',
      build: {
        outDir: join(consumer, 'vite'),
        minify: false,
        // An IIFE has no chunks: Vite inlines the dynamic import.
        lib: { entry: join(consumer, 'src/entry.js'), formats: ['iife'], name: 'cosErrorsBundle', fileName: () => 'bundle.js' },
      },
    });
    const [file] = readdirSync(join(consumer, 'vite')).filter((name) => name.endsWith('.js'));
    await expectChecksPass(readFileSync(join(consumer, 'vite', file!), 'utf8'));
  });
});
