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
    expect(manifest.bin['cos-errors']).to.equal('./dist/cli/cos-errors.js');
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
    for (const word of ['decode', 'explain', 'list', '--help', '--version']) expect(run.stdout).to.include(word);
  });

  it('--version prints the version of the package', () => {
    const { version } = JSON.parse(readFileSync(projectPath('package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-v']) {
      const run = cli([flag]);
      expect(run.status).to.equal(0);
      expect(run.stdout).to.equal(`${version}\n`);
    }
  });

  it('keeps every line of its help and of explain within 80 columns', () => {
    // The entries with the longest description or the longest alias, asked by the alias when there is one.
    const longest = (measure: (entry: (typeof catalogEntries)[number]) => number) => [...catalogEntries].sort((a, b) => measure(b) - measure(a)).slice(0, 3);
    const asked = [...longest((entry) => entry.description.length), ...longest((entry) => Math.max(0, ...entry.aliases.map((alias) => alias.length)))];
    const outputs = [cli(['--help']), cli(['help', 'decode']), cli(['help', 'explain']), cli(['help', 'list']), ...asked.map((entry) => cli(['explain', entry.aliases[0] ?? entry.code]))];
    for (const run of outputs) for (const line of run.stdout.split('\n')) expect([...line].length, line).to.be.at.most(80);
  });

  it('each command has its own help, by --help or by help COMMAND', () => {
    const words: Record<string, string[]> = { decode: ['--status', '--method', '--header', '--json', 'standard input'], explain: ['CODE', '--json'], list: ['--status', '--json'] };
    for (const [name, expected] of Object.entries(words)) {
      const byOption = cli([name, '--help']);
      expect(byOption.status).to.equal(0);
      expect(byOption.stdout).to.match(new RegExp(`^Usage: cos-errors ${name}`));
      for (const word of expected) expect(byOption.stdout).to.include(word);
      expect(cli(['help', name]).stdout).to.equal(byOption.stdout);
    }
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
    // The raw body is the one part of an error that is not redacted: the command never prints it.
    expect(facts).not.to.have.property('originMsg');
  });

  it('decode prints no credential the body or the headers held', () => {
    const body = errorDocument('AccessDenied', 'signed https://h/k?q-signature=SEKRET1 and token: SEKRET2');
    for (const json of [[], ['--json']]) {
      const run = cli(['decode', '--status', '403', '--header', 'Authorization: q-sign-algorithm=sha1&q-signature=SEKRET3', ...json], body);
      expect(run.status).to.equal(0);
      expect(run.stdout).not.to.match(/SEKRET/);
    }
  });

  it('decode reads piped standard input without -', () => {
    const run = cli(['decode', '--status', '404', '--json'], errorDocument('NoSuchKey', 'gone'));
    expect(run.status).to.equal(0);
    expect(JSON.parse(run.stdout)).to.include({ class: 'NoSuchKeyError', errorMsg: 'gone' });
  });

  it('decode with no body and --method HEAD gives NoSuchResource with the header ids', () => {
    const run = cli(['decode', '--status', '404', '--method', 'HEAD', '--header', 'x-cos-request-id: r-9', '--json']);
    expect(JSON.parse(run.stdout)).to.include({ class: 'NoSuchResourceError', requestId: 'r-9' });
  });

  it('decode exits 1 with one stderr line, in its own words, when the file cannot be read', () => {
    const run = cli(['decode', join(dir, 'missing.xml'), '--status', '404']);
    expect(run.status).to.equal(1);
    expect(run.stdout).to.equal('');
    expect(run.stderr).to.match(/^cos-errors: cannot read .*missing\.xml: no such file$/m);
    expect(run.stderr.trimEnd().split('\n')).to.have.length(1);
    expect(cli(['decode', dir, '--status', '404']).stderr).to.match(/^cos-errors: cannot read .*: it is a directory$/m);
  });

  it('decode exits 2 without --status, with a bad status, or with a bad header', () => {
    expectUsageError(cli(['decode', '-']), /--status is required/);
    expectUsageError(cli(['decode', '--status', '99']), /--status must be/);
    expectUsageError(cli(['decode', '--status', 'abc']), /--status must be/);
    expectUsageError(cli(['decode', '--status', '404', '--header', 'no colon']), /--header must look like/);
    expectUsageError(cli(['decode', 'a', 'b', '--status', '404']), /decode takes one argument, not "b"/);
  });

  it('explain prints a catalog entry, and an alias finds its code', () => {
    const run = cli(['explain', 'SlowDown']);
    expect(run.status).to.equal(0);
    expect(run.stdout).to.match(/^SlowDown: SlowDownError$/m);
    expect(run.stdout).to.match(/^retryable: yes$/m);
    const alias = cli(['explain', 'InternalErrror']);
    expect(alias.status).to.equal(0);
    expect(alias.stdout).to.match(/^InternalError: InternalError\n\(InternalErrror is another spelling of it\)$/m);
  });

  it('explain finds a code in any case, and --json prints the entry', () => {
    expect(cli(['explain', 'nosuchkey']).stdout).to.match(/^NoSuchKey: NoSuchKeyError$/m);
    const run = cli(['explain', 'SLOWDOWN', '--json']);
    expect(run.status).to.equal(0);
    expect(JSON.parse(run.stdout)).to.include({ code: 'SlowDown', className: 'SlowDownError', retryable: true });
  });

  it('explain finds a code by its class name, and points a status to list --status', () => {
    expect(cli(['explain', 'NoSuchKeyError']).stdout).to.match(/^NoSuchKey: NoSuchKeyError$/m);
    const status = cli(['explain', '404']);
    expect(status.status).to.equal(1);
    expect(status.stderr).to.match(/cos-errors list --status 404/);
  });

  it('explain suggests the nearest codes for a misspelling', () => {
    const run = cli(['explain', 'NoSuchKye']);
    expect(run.status).to.equal(1);
    expect(run.stderr).to.match(/did you mean NoSuchKey\b/);
    expect(cli(['explain', 'Zzzzzzzzzzzzzzzzzz']).stderr).to.match(/cos-errors list shows every code/);
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
    expect(table.stdout).to.match(/^BucketNotEmpty +409 +no +\S/m);
    expectUsageError(cli(['list', '--status', '1000']), /--status must be/);
  });

  it('list fits its lines in 80 columns when the output is not a terminal', () => {
    const lines = cli(['list']).stdout.trimEnd().split('\n');
    expect(lines[0]).to.match(/^CODE +STATUS +RETRY +DESCRIPTION$/);
    expect(Math.max(...lines.map((line) => [...line].length))).to.be.at.most(80);
    expect(lines.some((line) => line.endsWith('…'))).to.equal(true);
  });

  it('exits 2 for an unknown command, an unknown option, or an option the command does not take', () => {
    expectUsageError(cli(['frob']), /unknown command "frob"/);
    expectUsageError(cli(['--bogus']), /^cos-errors: unknown option --bogus \(see cos-errors --help\)$/m);
    expectUsageError(cli(['decode', '--status']), /--status needs a value/);
    expectUsageError(cli(['explain', 'SlowDown', '--status', '404']), /explain takes no --status/);
    expectUsageError(cli(['list', 'extra']), /list takes no argument/);
    expectUsageError(cli(['help', 'nope']), /no help for "nope": the commands are decode, explain, list/);
  });
});
