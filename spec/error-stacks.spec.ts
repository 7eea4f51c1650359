import { expect } from 'chai';
import { createServiceError, findServiceError, fromResponse, fromSdkError, NoSuchKeyError, type CosError } from 'qcloud-cos-errors';
import { projectPath, projectRoot } from './support/project.js';
import { runNode } from './support/run-node.js';

const body = '<Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message></Error>';

function frames(error: Error): string[] {
  return (error.stack ?? '').split('\n').filter((line) => line.startsWith('    at '));
}

// The public functions whose frames may stand above the caller's: the one called, and the
// factory it hands over to. Nothing else of the package (constructors, readers, helpers).
const PUBLIC_FRAMES = /^ {4}at (?:async )?(?:createServiceError|findServiceError|fromSdkError|fromResponse) \(/;

function expectStackFromUserCode(error: CosError, firstFrame: RegExp): void {
  const lines = frames(error);
  const inside = lines.filter((line) => line.includes(projectPath('dist')) || line.includes('node_modules/qcloud-cos-errors'));
  expect(inside.length, error.stack).to.be.at.most(2);
  for (const line of inside) expect(line, error.stack).to.match(PUBLIC_FRAMES);
  expect(lines.slice(0, inside.length), error.stack).to.deep.equal(inside);
  expect(lines[inside.length], error.stack).to.match(firstFrame);
  expect(error.stack?.split('\n')[0]).to.equal(`${error.name}: ${error.message}`);
}

describe('stacks show the public function called, then the code that called it', () => {
  let savedLimit: unknown;
  beforeEach(() => {
    savedLimit = Error.stackTraceLimit;
  });
  afterEach(() => {
    (Error as { stackTraceLimit: unknown }).stackTraceLimit = savedLimit;
  });

  it('createServiceError', () => {
    function readsAnAnswer() {
      return createServiceError({ statusCode: 404, body });
    }
    expectStackFromUserCode(readsAnAnswer(), /^ {4}at readsAnAnswer /);
  });

  it('findServiceError, on an error status and on a 200 that carries an error', () => {
    function checksACopy(statusCode: number) {
      const error = findServiceError({ statusCode, body });
      if (error === undefined) throw new Error('findServiceError found no error');
      return error;
    }
    expectStackFromUserCode(checksACopy(404), /^ {4}at checksACopy /);
    expectStackFromUserCode(checksACopy(200), /^ {4}at checksACopy /);
  });

  it('fromSdkError', () => {
    function handlesTheSdk() {
      return fromSdkError({
        statusCode: 404,
        code: 'NoSuchKey',
        message: 'The specified key does not exist.',
        error: { Code: 'NoSuchKey' },
      });
    }
    expectStackFromUserCode(handlesTheSdk(), /^ {4}at handlesTheSdk /);
  });

  it('fromResponse, after its awaits', async () => {
    async function fetchesAnObject() {
      const error = await fromResponse(new Response(body, { status: 404 }));
      return error;
    }
    expectStackFromUserCode(await fetchesAnObject(), /^ {4}at async fetchesAnObject /);
  });

  it('a constructor', () => {
    function buildsOne() {
      return new NoSuchKeyError('GET', body, 404);
    }
    expectStackFromUserCode(buildsOne(), /^ {4}at buildsOne /);
  });

  it("keeps the caller's Error.stackTraceLimit, and honours it", () => {
    Error.stackTraceLimit = 2;
    const error = createServiceError({ statusCode: 404, body });
    expect(Error.stackTraceLimit).to.equal(2);
    expect(frames(error)).to.have.length(2);
    Error.stackTraceLimit = 0;
    expect(frames(createServiceError({ statusCode: 404, body }))).to.deep.equal([]);
    expect(Error.stackTraceLimit).to.equal(0);
  });

  it('captures no stack when Error.stackTraceLimit is not a number, as V8 does for any error', () => {
    (Error as { stackTraceLimit: unknown }).stackTraceLimit = undefined;
    const error = createServiceError({ statusCode: 404, body });
    expect(error.stack).to.equal(new Error('x').stack);
    expect(error).to.be.instanceOf(NoSuchKeyError);
    expect(Error.stackTraceLimit).to.equal(undefined);
  });

  it('never changes Error.stackTraceLimit, not even for a moment', () => {
    const writes: unknown[] = [];
    let limit: unknown = 10;
    const descriptor = Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit');
    Object.defineProperty(Error, 'stackTraceLimit', {
      configurable: true,
      get: () => limit,
      set: (value: unknown) => {
        writes.push(value);
        limit = value;
      },
    });
    try {
      createServiceError({ statusCode: 404, body });
      fromSdkError({ statusCode: 503, code: 'SlowDown', error: { Code: 'SlowDown' } });
      findServiceError({ statusCode: 200, body });
    } finally {
      Object.defineProperty(Error, 'stackTraceLimit', descriptor!);
    }
    expect(writes).to.deep.equal([]);
  });

  it('still builds the error, with its stack, where Error is frozen', () => {
    const script = `
      'use strict';
      Object.freeze(Error);
      const { createServiceError, NoSuchKeyError } = require('qcloud-cos-errors');
      function frozenWorld() { return createServiceError({ statusCode: 404, body: ${JSON.stringify(body)} }); }
      const error = frozenWorld();
      const lines = error.stack.split('\\n');
      console.log(JSON.stringify({ cls: error instanceof NoSuchKeyError, first: lines[0], caller: lines[2].trim().split(' ')[1], limit: Error.stackTraceLimit }));
    `;
    const run = runNode(['-e', script], projectRoot);
    expect(run.stderr).to.equal('');
    expect(JSON.parse(run.stdout)).to.deep.equal({
      cls: true,
      first: 'NoSuchKeyError: NoSuchKey: The specified key does not exist. (status 404)',
      caller: 'frozenWorld',
      limit: 10,
    });
  });
});
