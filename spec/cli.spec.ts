import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getErrorInfo } from 'qcloud-cos-errors';
import { catalogEntries, errorDocument } from './support/catalog.js';
import { projectPath, projectRoot } from './support/project.js';
import { runNode, type NodeRun } from './support/run-node.js';

const manifest = JSON.parse(readFileSync(projectPath('package.json'), 'utf8')) as { bin: Record<string, string> };
const command = projectPath(manifest.bin['cos-errors'] ?? 'missing');

/** This process's environment with `locale` as the only locale variables (English when none is given). */
function withLocale(locale: Record<string, string> = { LANG: 'C.UTF-8' }): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG', 'LANGUAGE']) delete env[name];
  return { ...env, ...locale };
}

// The command follows the locale: the specs give it one, whatever the machine running them has.
function cli(args: string[], input?: string, locale?: Record<string, string>): NodeRun {
  return runNode([command, ...args], projectRoot, input, undefined, withLocale(locale));
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
    const longest = (measure: (entry: (typeof catalogEntries)[number]) => number) =>
      [...catalogEntries].sort((a, b) => measure(b) - measure(a)).slice(0, 3);
    const asked = [
      ...longest((entry) => entry.description.length),
      ...longest((entry) => Math.max(0, ...entry.aliases.map((alias) => alias.length))),
    ];
    const outputs = [
      cli(['--help']),
      cli(['help', 'decode']),
      cli(['help', 'explain']),
      cli(['help', 'list']),
      ...asked.map((entry) => cli(['explain', entry.aliases[0] ?? entry.code])),
    ];
    for (const run of outputs) for (const line of run.stdout.split('\n')) expect([...line].length, line).to.be.at.most(80);
  });

  it('each command has its own help, by --help or by help COMMAND', () => {
    const words: Record<string, string[]> = {
      decode: ['--status', '--method', '--header', '--json', 'standard input'],
      explain: ['CODE', '--json'],
      list: ['--status', '--json'],
    };
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
    const run = cli([
      'decode',
      file,
      '--status',
      '404',
      '--method',
      'GET',
      '--header',
      'x-cos-request-id: from-header',
      '--header',
      'Server: tencent-cos',
    ]);
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
    const conflicts = JSON.parse(cli(['list', '--status', '409', '--json']).stdout) as Array<{
      code: string;
      statusCodes: number[];
      className: string;
    }>;
    expect(conflicts.map((e) => e.code).sort()).to.deep.equal(
      catalogEntries
        .filter((e) => e.statuses.includes(409))
        .map((e) => e.code)
        .sort(),
    );
    expect(conflicts.find((e) => e.code === 'BucketNotEmpty')?.className).to.equal('BucketNotEmptyError');
    const table = cli(['list', '--status', '409']);
    expect(table.stdout).to.match(/^BucketNotEmpty +409 +no +\S/m);
    expectUsageError(cli(['list', '--status', '1000']), /--status must be/);
  });

  it('list never cuts a line when its output is piped: another program reads it', () => {
    const lines = cli(['list']).stdout.trimEnd().split('\n');
    expect(lines[0]).to.match(/^CODE +STATUS +RETRY +DESCRIPTION$/);
    expect(lines.some((line) => line.endsWith('…'))).to.equal(false);
    for (const entry of catalogEntries)
      expect(
        lines.find((line) => line.startsWith(`${entry.code} `)),
        entry.code,
      ).to.include(entry.description);
  });

  it("list fits a terminal's width on a terminal (a pseudo-terminal 70 columns wide)", () => {
    const run = spawnSync(
      'script',
      ['-q', '-c', `stty cols 70; ${JSON.stringify(process.execPath)} ${JSON.stringify(command)} list`, '/dev/null'],
      { encoding: 'utf8', timeout: 30_000 },
    );
    expect(run.status, run.stderr).to.equal(0);
    const lines = run.stdout.replace(/\r/g, '').trimEnd().split('\n');
    expect(lines.length).to.be.above(100);
    expect(Math.max(...lines.map((line) => [...line].length))).to.equal(70);
    expect(lines.some((line) => line.endsWith('…'))).to.equal(true);
  });

  it('decode of a success says it is no error and exits 3; a 2xx with an error document is decoded', () => {
    const ok = cli(['decode', '-', '--status', '200'], '<CopyObjectResult><ETag>"abc"</ETag></CopyObjectResult>');
    expect(ok.status).to.equal(3);
    expect(ok.stdout).to.equal('');
    expect(ok.stderr).to.equal('cos-errors: status 200 and no error document: this response is not an error\n');
    const copyError = cli(['decode', '-', '--status', '200'], errorDocument('InternalError'));
    expect(copyError.status).to.equal(0);
    expect(copyError.stdout).to.match(/^class +InternalError$/m);
  });

  it('rejects an option given twice, an argument too many, and takes -V for the version', () => {
    expectUsageError(cli(['decode', '--status', '404', '--status', '500']), /--status is given more than once/);
    expectUsageError(cli(['--version', 'extra']), /--version takes no argument/);
    expectUsageError(cli(['list', '--json', '--json']), /--json is given more than once/);
    expectUsageError(cli(['help', 'decode', 'list']), /help takes one command/);
    const { version } = JSON.parse(readFileSync(projectPath('package.json'), 'utf8')) as { version: string };
    const run = cli(['-V']);
    expect([run.status, run.stdout]).to.deep.equal([0, `${version}\n`]);
    expect(cli(['decode', '--status', '404', '--header', 'a: 1', '--header', 'b: 2']).status).to.equal(0);
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

describe("the cos-errors command in the reader's language", () => {
  const HAN = /\p{Script=Han}/u;
  const zhInfo = (code: string) => getErrorInfo(code)!;
  // Text with its white space taken out: wrapping may turn a space into a line break or drop it.
  const squeezed = (text: string) => text.replace(/\s+/g, '');

  it('explain --lang zh prints the Chinese description, labels, hint and link', () => {
    const run = cli(['explain', 'SignatureDoesNotMatch', '--lang', 'zh']);
    expect(run.status).to.equal(0);
    expect(run.stderr).to.equal('');
    const info = zhInfo('SignatureDoesNotMatch');
    expect(run.stdout).to.match(/^SignatureDoesNotMatch: SignatureDoesNotMatchError$/m);
    expect(run.stdout).to.include(`${info.descriptions.zh}。`);
    expect(run.stdout).to.match(/^状态码：403$/m);
    expect(run.stdout).to.match(/^可重试：否$/m);
    expect(run.stdout).to.match(/^其他拼写：无$/m);
    expect(squeezed(run.stdout)).to.include(squeezed(`处理建议：${info.hint!.zh}`));
    expect(run.stdout).to.match(/^文档：https:\/\/cloud\.tencent\.com\/document\/product\/436\/7730$/m);
    expect(run.stdout).not.to.include(info.description);
  });

  it('explain speaks Chinese without the flag when LANG is a Chinese locale, and LC_ALL wins over LANG', () => {
    const chinese = /^处理建议：/m;
    expect(cli(['explain', 'NoSuchKey'], undefined, { LANG: 'zh_CN.UTF-8' }).stdout).to.match(chinese);
    expect(cli(['explain', 'NoSuchKey'], undefined, { LANG: 'zh_TW' }).stdout).to.match(chinese);
    expect(cli(['explain', 'NoSuchKey'], undefined, { LANG: 'en_US.UTF-8', LC_ALL: 'zh_CN.UTF-8' }).stdout).to.match(chinese);
    expect(cli(['explain', 'NoSuchKey'], undefined, { LANG: 'zh_CN.UTF-8', LC_ALL: 'en_US.UTF-8' }).stdout).to.match(/^what to do: /m);
    // An empty LC_ALL is not set: LANG decides.
    expect(cli(['explain', 'NoSuchKey'], undefined, { LANG: 'zh_CN.UTF-8', LC_ALL: '' }).stdout).to.match(chinese);
    // --lang wins over the locale, both ways.
    expect(cli(['explain', 'NoSuchKey', '--lang', 'en'], undefined, { LC_ALL: 'zh_CN.UTF-8' }).stdout).to.match(/^what to do: /m);
    expect(cli(['explain', 'NoSuchKey', '--lang', 'zh'], undefined, { LANG: 'en_US.UTF-8' }).stdout).to.match(chinese);
  });

  it('explain speaks English by default, with the hint and the English documentation', () => {
    for (const locale of [{ LANG: 'C' }, { LANG: 'en_GB.UTF-8' }, { LANG: 'zhx' }, {}] as Array<Record<string, string>>) {
      const run = cli(['explain', 'RequestTimeTooSkewed'], undefined, locale);
      expect(run.status).to.equal(0);
      expect(run.stdout, JSON.stringify(locale)).not.to.match(HAN);
      expect(run.stdout.replace(/\n/g, ' ')).to.match(/what to do: .*15 minutes/);
      expect(run.stdout).to.match(/^docs: https:\/\/intl\.cloud\.tencent\.com\/document\/product\/436\/7730$/m);
    }
  });

  it('explain shows no bookkeeping: no sources line, no sources in --json', () => {
    for (const lang of ['en', 'zh']) {
      const text = cli(['explain', 'SlowDown', '--lang', lang]).stdout;
      expect(text).not.to.match(/sources|seed/);
    }
    const entry = JSON.parse(cli(['explain', 'NoSuchKey', '--json', '--lang', 'zh']).stdout) as Record<string, unknown>;
    expect(entry).not.to.have.property('sources');
    expect(entry).to.deep.include({
      descriptions: zhInfo('NoSuchKey').descriptions,
      docUrls: zhInfo('NoSuchKey').docUrls,
      hint: zhInfo('NoSuchKey').hint,
    });
    const listed = JSON.parse(cli(['list', '--json']).stdout) as Array<Record<string, unknown>>;
    expect(listed.filter((e) => 'sources' in e)).to.deep.equal([]);
  });

  it('explain gives a code without a hint its description and documentation only', () => {
    const run = cli(['explain', 'BucketLocked', '--lang', 'zh']);
    expect(run.stdout).to.include(`${zhInfo('BucketLocked').descriptions.zh}。`);
    expect(run.stdout).not.to.match(/处理建议/);
    expect(run.stdout).to.match(/^文档：/m);
  });

  it('keeps every line of Chinese output within 80 terminal columns', () => {
    const columns = (line: string) =>
      [...line].reduce(
        (sum, c) =>
          sum + (/[\u1100-\u115f\u2e80-\u9fff\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(c) ? 2 : 1),
        0,
      );
    const hinted = catalogEntries.filter((entry) => entry.hint !== undefined).map((entry) => entry.code);
    for (const code of hinted) {
      const run = cli(['explain', code, '--lang', 'zh']);
      for (const line of run.stdout.split('\n')) expect(columns(line), `${code}: ${line}`).to.be.at.most(80);
      // Wrapping only breaks lines: the hint is all there.
      expect(squeezed(run.stdout), code).to.include(squeezed(zhInfo(code).hint!.zh));
    }
  });

  it('rejects --lang other than zh or en with exit 2, and on commands that take no --lang', () => {
    expectUsageError(
      cli(['explain', 'NoSuchKey', '--lang', 'xx']),
      /^cos-errors: --lang must be zh or en, not "xx" \(see cos-errors --help\)$/m,
    );
    expectUsageError(cli(['decode', '--status', '404', '--lang', 'zh-CN']), /--lang must be zh or en, not "zh-CN"/);
    expectUsageError(cli(['explain', 'NoSuchKey', '--lang']), /--lang needs a value/);
    expectUsageError(cli(['list', '--lang', 'zh']), /list takes no --lang/);
  });

  it('decode in Chinese: Chinese labels, the same values, then the description, the hint and the link', () => {
    const body = errorDocument('NoSuchKey', 'gone');
    const english = cli(['decode', '--status', '404'], body);
    for (const run of [
      cli(['decode', '--status', '404', '--lang', 'zh'], body),
      cli(['decode', '--status', '404'], body, { LANG: 'zh_CN.UTF-8' }),
    ]) {
      expect(run.status).to.equal(0);
      expect(run.stdout).to.match(/^字段名称 +值$/m);
      expect(run.stdout).to.match(/^错误类名 +NoSuchKeyError$/m);
      expect(run.stdout).to.match(/^错误信息 +gone$/m);
      expect(run.stdout).to.match(/^可否重试 +否$/m);
      expect(run.stdout).to.match(/^本次请求 ID +NjQ0ZmM0ZDhfOTk$/m);
      expect(run.stdout).to.include(`含义：${zhInfo('NoSuchKey').descriptions.zh}。`);
      expect(squeezed(run.stdout)).to.include(squeezed(`处理建议：${zhInfo('NoSuchKey').hint!.zh}`));
      expect(run.stdout).to.match(/^文档：https:\/\/cloud\.tencent\.com\//m);
      // The values are printed as in English: only the labels (and yes or no) change.
      const values = (text: string) =>
        text
          .split('\n\n')[0]!
          .split('\n')
          .slice(1)
          .map((line) => line.split(/ {2,}/)[1]);
      expect(values(run.stdout)).to.deep.equal(values(english.stdout).map((value) => (value === 'no' ? '否' : value)));
    }
    expect(english.stdout).to.match(/^what to do: /m);
    expect(english.stdout).not.to.match(HAN);
  });

  it('decode aligns its Chinese labels: every value starts in the same terminal column', () => {
    const run = cli(['decode', '--status', '503', '--lang', 'zh'], errorDocument('SlowDown'));
    const table = run.stdout.split('\n\n')[0]!.split('\n');
    const starts = table.map((line) => {
      const label = /^(.*?\S) {2,}/.exec(line)?.[0] ?? '';
      return [...label].reduce((sum, c) => sum + (HAN.test(c) ? 2 : 1), 0);
    });
    expect(new Set(starts).size, table.join('\n')).to.equal(1);
  });

  it('decode of a code the catalog lacks prints the facts only', () => {
    const run = cli(['decode', '--status', '400', '--lang', 'zh'], errorDocument('BrandNewFutureError'));
    expect(run.status).to.equal(0);
    expect(run.stdout).to.match(/^错误代码 +BrandNewFutureError$/m);
    expect(run.stdout).not.to.match(/含义|处理建议|文档/);
  });
});
