import { expect } from 'chai';
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { launchChromium } from '../support/chromium.js';
import { consumerProject } from '../support/consumer-project.js';
import type { CorpusServer } from '../support/corpus-server.js';
import { startCosStandIn } from '../support/cos-stand-in.js';
import { closedLoopbackPort } from '../support/loopback.js';
import { projectPath } from '../support/project.js';
import { startStaticServer } from '../support/static-server.js';

const load = createRequire(import.meta.url);

interface PageOutcome {
  failed?: string;
  found?: unknown;
  expected?: unknown;
  sdk?: Record<string, unknown>;
}

describe('in a real browser (headless Chromium): the browser build and the real cos-js-sdk-v5', function () {
  this.timeout(120_000);
  let standIn: CorpusServer;
  let outcome: PageOutcome;

  before(async () => {
    standIn = await startCosStandIn();
    const fixtures = ['checks.js', 'page.js'];
    const consumer = consumerProject(
      Object.fromEntries(fixtures.map((name) => [`src/${name}`, readFileSync(projectPath('spec/fixtures/browser', name), 'utf8')])),
      'cos-errors-page-',
    );
    // The page's script as a bundler makes it: the package's browser build, fast-xml-parser in a chunk.
    const bundle = await build({
      entryPoints: [join(consumer, 'src/page.js')],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      splitting: true,
      outdir: join(consumer, 'out'),
      write: false,
      logLevel: 'silent',
      absWorkingDir: consumer,
    });
    rmSync(consumer, { recursive: true, force: true });
    const files = new Map<string, string | Buffer>(bundle.outputFiles.map((file) => [`/${file.path.split('/').pop()!}`, file.text]));
    const parserChunk = [...files].find(([, text]) => String(text).includes('XMLValidator'))?.[0];
    files.set('/cos-js-sdk-v5.min.js', readFileSync(load.resolve('cos-js-sdk-v5/dist/cos-js-sdk-v5.min.js')));
    files.set(
      '/index.html',
      '<!doctype html><meta charset="utf-8"><title>qcloud-cos-errors</title><script src="/cos-js-sdk-v5.min.js"></script><script type="module" src="/page.js"></script>',
    );
    const site = await startStaticServer((path) => files.get(path));
    const chromium = await launchChromium();
    try {
      const page = await chromium.browser.newPage();
      const requested: string[] = [];
      const said: string[] = [];
      page.on('request', (request) => requested.push(new URL(request.url()).pathname));
      page.on('console', (message) => said.push(`${message.type()}: ${message.text()}`));
      page.on('pageerror', (error) => said.push(`page error: ${error.message}`));
      await page.goto(
        `${site.origin}/index.html?standIn=${encodeURIComponent(standIn.origin)}&closed=${encodeURIComponent(`http://127.0.0.1:${await closedLoopbackPort()}`)}`,
      );
      const timer = new Promise<PageOutcome>((resolve) =>
        setTimeout(() => resolve({ failed: `the page gave no answer in 60 s; it said:\n${said.join('\n')}` }), 60_000),
      );
      outcome = await Promise.race([page.evaluate('globalThis.cosErrorsChecks') as Promise<PageOutcome>, timer]);
      // fast-xml-parser's validator comes with the page's own script: no other script is sent for.
      outcome.sdk = {
        ...outcome.sdk,
        parserChunk,
        scriptsRequested: requested.filter((path) => path.endsWith('.js')),
      };
    } finally {
      await chromium.close();
      await site.close();
    }
  });
  after(() => standIn?.close());

  it('runs every factory of the browser build: createServiceError, findServiceError, fromResponse, fromSdkError, withTypedErrors', () => {
    expect(outcome.failed, outcome.failed).to.equal(undefined);
    expect(outcome.found).to.deep.equal(outcome.expected);
  });

  it("carries fast-xml-parser's validator in the page's own script, and sends for no other", () => {
    expect(outcome.sdk?.parserChunk).to.equal('/page.js');
    expect(outcome.sdk?.scriptsRequested).to.deep.equal(['/cos-js-sdk-v5.min.js', '/page.js']);
  });

  for (const name of ['getObject NoSuchKey', 'putObject SlowDown', 'getObject AccessDenied', 'getObject gateway page', 'headObject 404']) {
    it(`gives for cos-js-sdk-v5's ${name} the error fromResponse gives for the same fetch`, () => {
      const pair = outcome.sdk?.[name] as { fromSdk: unknown; direct: unknown } | undefined;
      expect(pair, name).to.not.equal(undefined);
      expect(pair!.fromSdk).to.deep.equal(pair!.direct);
    });
  }

  it('names the classes: NoSuchKeyError, SlowDownError, AccessDeniedError, CosServiceError, NoSuchResourceError', () => {
    const names = ['getObject NoSuchKey', 'putObject SlowDown', 'getObject AccessDenied', 'getObject gateway page', 'headObject 404'].map(
      (name) => (outcome.sdk?.[name] as { fromSdk: { name: string } }).fromSdk.name,
    );
    expect(names).to.deep.equal(['NoSuchKeyError', 'SlowDownError', 'AccessDeniedError', 'CosServiceError', 'NoSuchResourceError']);
  });

  it("gives client errors of the right kind: a refused connection, a timeout, fetch refused; and withTypedErrors the package's error", () => {
    expect(outcome.sdk?.['refused connection']).to.deep.equal({ name: 'CosClientError', kind: 'network' });
    expect(outcome.sdk?.timeout).to.deep.equal({ name: 'CosClientError', kind: 'timeout' });
    expect(outcome.sdk?.['fetch refused']).to.deep.equal({ name: 'CosClientError', kind: 'network' });
    expect((outcome.sdk?.withTypedErrors as { name: string }).name).to.equal('NoSuchKeyError');
  });
});
