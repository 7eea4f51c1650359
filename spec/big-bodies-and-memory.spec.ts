import { expect } from 'chai';
import { BUILDS } from './support/builds.js';
import { errorDocument } from './support/catalog.js';
import { corpusCases } from './support/corpus.js';
import { projectRoot } from './support/project.js';
import { runNode } from './support/run-node.js';

/** Runs `script` in a child process with the collector exposed, and returns what it printed as JSON. */
function measureInChild<K extends string>(script: string): Record<K, number> {
  const run = runNode(['--expose-gc', '-e', script], projectRoot, undefined, 60_000);
  expect(run.stderr).to.equal('');
  return JSON.parse(run.stdout) as Record<K, number>;
}

// The heap kept per object of \`make\`, over many of them kept alive at once. Run from a timer,
// so every error has the same shallow stack as a plain Error beside it.
const RETAINED = `
  function retained(make, count = 20000) {
    const kept = new Array(count);
    gc(); gc();
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < count; i++) kept[i] = make(i);
    gc(); gc();
    const bytes = (process.memoryUsage().heapUsed - before) / count;
    if (kept.length !== count) throw new Error('lost');
    return bytes;
  }`;

for (const { name: build, api } of BUILDS) {
  describe(`big bodies and the memory an error keeps, in ${build}`, function () {
    const { createServiceError, NoSuchKeyError, SlowDownError } = api;
    this.timeout(60_000);

    it('keeps the fields read before the cut of a body over the cap: a 70 KB SlowDown document stays a SlowDownError', () => {
      const body = errorDocument('SlowDown', `Please reduce your request rate.${' '.repeat(70 * 1024)}`);
      for (const given of [body, new TextEncoder().encode(body)]) {
        const error = createServiceError({ statusCode: 503, body: given });
        expect(error).to.be.instanceOf(SlowDownError);
        expect(error.retryable).to.equal(true);
        expect(error.getErrorMsg()).to.equal('Unknown');
      }
      const padded = errorDocument('NoSuchKey').replace('</Error>', `<Padding>${'x'.repeat(70 * 1024)}</Padding></Error>`);
      const whole = createServiceError({ statusCode: 404, body: padded });
      expect(whole).to.be.instanceOf(NoSuchKeyError);
      expect(whole.getErrorMsg()).to.equal('described');
      expect(whole.getRequestId()).to.equal('NjQ0ZmM0ZDhfOTk');
    });

    it('copies the part of a cut string body it keeps, so the rest of the string can be freed', () => {
      const { perError } = measureInChild<'perError'>(`
        const { createServiceError } = require('qcloud-cos-errors');
        ${RETAINED}
        const perError = retained((i) => createServiceError({ statusCode: 500, body: String(i).padEnd(1024 * 1024, 'x') }), 40);
        console.log(JSON.stringify({ perError }));`);
      // The 64 KiB kept, not the megabyte given.
      expect(perError).to.be.below(200 * 1024);
    });

    it('keeps at most 1.2 KB per error for the NoSuchKey document, body included', () => {
      const noSuchKey = corpusCases.find((c) => c.id === 'no-such-key')!.response.body!;
      const { factory, plain } = measureInChild<'factory' | 'plain'>(`
        const { createServiceError } = require('qcloud-cos-errors');
        const body = ${JSON.stringify(noSuchKey)};
        ${RETAINED}
        setImmediate(() => {
          // Each error gets a body of its own, as each response does.
          const factory = retained(() => createServiceError({ method: 'GET', statusCode: 404, body: Buffer.from(body).toString() }));
          const plain = retained(() => new Error('NoSuchKey: The specified key does not exist.'));
          console.log(JSON.stringify({ factory, plain }));
        });`);
      expect(factory, `an error keeps ${factory.toFixed(0)} bytes, a plain Error ${plain.toFixed(0)}`).to.be.at.most(1200);
    });
  });
}
