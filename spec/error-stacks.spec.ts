import { expect } from 'chai';
import { createRequire } from 'node:module';
import { createServiceError, findServiceError, fromResponse, fromSdkError, NoSuchKeyError, type CosError } from 'qcloud-cos-errors';
import { projectPath, projectRoot } from './support/project.js';
import { runNode } from './support/run-node.js';

const body = '<Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message></Error>';

type Build = <E extends object>(entry: () => unknown, build: () => E) => E;
const load = createRequire(import.meta.url);
const { buildWithStackFromCaller } = load(projectPath('dist/cjs/errors/stack-from-caller.js')) as { buildWithStackFromCaller: Build };

function frames(error: Error): string[] {
  return (error.stack ?? '').split('\n').filter((line) => line.startsWith('    at '));
}

function expectStackFromUserCode(error: CosError, firstFrame: RegExp): void {
  const lines = frames(error);
  expect(lines[0], error.stack).to.match(firstFrame);
  const inside = lines.filter((line) => line.includes(projectPath('dist')) || line.includes('node_modules/qcloud-cos-errors'));
  expect(inside, error.stack).to.deep.equal([]);
  expect(error.stack?.split('\n')[0]).to.equal(`${error.name}: ${error.message}`);
}

describe('stacks start at the code that called the package', () => {
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
      return fromSdkError({ statusCode: 404, code: 'NoSuchKey', message: 'The specified key does not exist.', error: { Code: 'NoSuchKey' } });
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

  it('puts the limit back when building the error throws', () => {
    Error.stackTraceLimit = 7;
    const failure = new TypeError('build failed');
    expect(() =>
      buildWithStackFromCaller(
        () => undefined,
        () => {
          throw failure;
        },
      ),
    ).to.throw(failure);
    expect(Error.stackTraceLimit).to.equal(7);
  });

  it('still builds the error, with a stack, where Error is frozen', () => {
    const script = `
      'use strict';
      Object.freeze(Error);
      const { createServiceError, NoSuchKeyError } = require('qcloud-cos-errors');
      const error = createServiceError({ statusCode: 404, body: ${JSON.stringify(body)} });
      console.log(JSON.stringify({ cls: error instanceof NoSuchKeyError, first: error.stack.split('\\n')[0], frames: error.stack.split('\\n').length - 1, limit: Error.stackTraceLimit }));
    `;
    const run = runNode(['-e', script], projectRoot);
    expect(run.stderr).to.equal('');
    expect(JSON.parse(run.stdout)).to.deep.equal({ cls: true, first: 'NoSuchKeyError: NoSuchKey: The specified key does not exist. (status 404)', frames: 10, limit: 10 });
  });
});
