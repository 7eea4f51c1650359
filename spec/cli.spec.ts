import { expect } from 'chai';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { catalogEntries, errorDocument } from './support/catalog.js';
import { projectPath, projectRoot } from './support/project.js';
import { runNode, type NodeRun } from './support/run-node.js';

const manifest = JSON.parse(readFileSync(projectPath('package.json'), 'utf8')) as { bin: Record<string, string> };
const command = projectPath(manifest.bin['cos-errors'] ?? 'missing');

function cli(args: string[], input?: string): NodeRun {
  return runNode([command, ...args], projectRoot, input);
}

function expectUsageError(run: NodeRun, pattern: RegExp): void {
  expect(run.status).to.equal(2);
  expect(run.stdout).to.equal('');
  expect(run.stderr).to.match(pattern);
  expect(run.stderr.trimEnd().split('\n')).to.have.length(1);
}

describe('the cos-errors command', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'cos-errors-cli-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('is the package bin, a Node script', () => {
    expect(manifest.bin['cos-errors']).to.equal('./dist/esm/cli/main.js');
    expect(readFileSync(command, 'utf8').split('\n')[0]).to.equal('#!/usr/bin/env node');
  });

  it('with no arguments prints the table of built-in samples', () => {
    const run = cli([]);
    expect(run.status).to.equal(0);
    expect(run.stderr).to.equal('');
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).to.match(/^STATUS +CODE +CLASS +RETRYABLE +REQUEST ID$/);
    const rows = lines.slice(1).map((line) => line.split(/ {2,}/));
    expect(rows).to.deep.include(['404', 'NoSuchKey', 'NoSuchKeyError', 'no', 'NjQ0ZmM0ZDhfNTk4YzNiMGJf']);
    expect(rows).to.deep.include(['404', 'NoSuchResource', 'NoSuchResourceError', 'no', 'NjQ0ZmM0ZDhfYTNhZjE0MGJf']);
    expect(rows).to.deep.include(['503', 'SlowDown', 'SlowDownError', 'yes', 'NjQ0ZmM0ZDhfZDk0ZmJjMGJf']);
    expect(rows).to.deep.include(['400', 'RequestTimeOut', 'RequestTimeoutError', 'yes', 'NjQ0ZmM0ZDhfY2E0ZDVjMGJf']);
    expect(rows).to.deep.include(['502', 'Unknown', 'CosServiceError', 'yes', 'Unknown']);
    expect(rows).to.have.length(9);
  });

  it('--help prints the usage and exits 0', () => {
    const run = cli(['--help']);
    expect(run.status).to.equal(0);
    for (const word of ['decode', 'explain', 'list', '--status', '--method', '--header', '--json']) expect(run.stdout).to.include(word);
  });

  it('decode FILE prints the facts of one response, with --method and repeated --header', () => {
    const file = join(dir, 'body.xml');
    writeFileSync(file, errorDocument('NoSuchKey', 'gone'));
    const run = cli(['decode', file, '--status', '404', '--method', 'GET', '--header', 'x-cos-request-id: from-header', '--header', 'Server: tencent-cos']);
    expect(run.status).to.equal(0);
    expect(run.stdout).to.match(/^class +NoSuchKeyError$/m);
    expect(run.stdout).to.match(/^message +gone$/m);
    expect(run.stdout).to.match(/^request id +NjQ0ZmM0ZDhfOTk$/m);
  });

  it('decode - reads standard input; --json prints the getters', () => {
    const run = cli(['decode', '-', '--status', '503', '--json'], errorDocument('SlowDown'));
    expect(run.status).to.equal(0);
    const facts = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(facts).to.include({ class: 'SlowDownError', retryable: true, statusCode: 503, errorCode: 'SlowDown', errorMsg: 'described' });
    expect(facts.originMsg).to.equal(errorDocument('SlowDown'));
  });

  it('decode with no body and --method HEAD gives NoSuchResource with the header ids', () => {
    const run = cli(['decode', '--status', '404', '--method', 'HEAD', '--header', 'x-cos-request-id: r-9', '--json']);
    expect(JSON.parse(run.stdout)).to.include({ class: 'NoSuchResourceError', requestId: 'r-9' });
  });

  it('decode exits 1 with one stderr line when the file cannot be read', () => {
    const run = cli(['decode', join(dir, 'missing.xml'), '--status', '404']);
    expect(run.status).to.equal(1);
    expect(run.stdout).to.equal('');
    expect(run.stderr).to.match(/^cos-errors: cannot read .*missing\.xml/);
    expect(run.stderr.trimEnd().split('\n')).to.have.length(1);
  });

  it('decode exits 2 without --status, with a bad status, or with a bad header', () => {
    expectUsageError(cli(['decode', '-']), /--status is required/);
    expectUsageError(cli(['decode', '--status', '99']), /--status must be/);
    expectUsageError(cli(['decode', '--status', 'abc']), /--status must be/);
    expectUsageError(cli(['decode', '--status', '404', '--header', 'no colon']), /--header must look like/);
    expectUsageError(cli(['decode', 'a', 'b', '--status', '404']), /unexpected argument "b"/);
  });

  it('explain prints a catalog entry, and an alias finds its code', () => {
    const run = cli(['explain', 'SlowDown']);
    expect(run.status).to.equal(0);
    expect(run.stdout).to.match(/^SlowDown: SlowDownError$/m);
    expect(run.stdout).to.match(/^retryable: yes$/m);
    const alias = cli(['explain', 'InternalErrror']);
    expect(alias.status).to.equal(0);
    expect(alias.stdout).to.match(/^InternalError: InternalError \(InternalErrror is another spelling of it\)$/m);
  });

  it('explain exits 1 for a code the catalog lacks and 2 without a code', () => {
    const run = cli(['explain', 'NoSuchThing']);
    expect(run.status).to.equal(1);
    expect(run.stderr).to.match(/"NoSuchThing" is not a COS error code/);
    expectUsageError(cli(['explain']), /explain needs a CODE/);
  });

  it('list prints every code; --status filters; --json gives the entries', () => {
    const all = cli(['list']);
    expect(all.status).to.equal(0);
    expect(all.stdout.trimEnd().split('\n')).to.have.length(catalogEntries.length + 1);
    const conflicts = JSON.parse(cli(['list', '--status', '409', '--json']).stdout) as Array<{ code: string; statusCodes: number[]; className: string }>;
    expect(conflicts.map((e) => e.code).sort()).to.deep.equal(catalogEntries.filter((e) => e.statuses.includes(409)).map((e) => e.code).sort());
    expect(conflicts.find((e) => e.code === 'BucketNotEmpty')?.className).to.equal('BucketNotEmptyError');
    const table = cli(['list', '--status', '409']);
    expect(table.stdout).to.match(/^BucketNotEmpty +409 +BucketNotEmptyError +no +/m);
    expectUsageError(cli(['list', '--status', '1000']), /--status must be/);
  });

  it('exits 2 for an unknown command, an unknown option, or an option the command does not take', () => {
    expectUsageError(cli(['frob']), /unknown command "frob"/);
    expectUsageError(cli(['--bogus']), /Unknown option '--bogus'/);
    expectUsageError(cli(['explain', 'SlowDown', '--json']), /explain takes no --json/);
  });
});
