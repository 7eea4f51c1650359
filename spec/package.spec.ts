import { expect } from 'chai';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { parse } from 'acorn';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { join, posix } from 'node:path';
import { projectPath, projectRoot } from './support/project.js';
import { runNode } from './support/run-node.js';

describe('the package', () => {
  let consumer: string;

  before(() => {
    // A separate project that has this package installed, as a user's would.
    consumer = mkdtempSync(join(tmpdir(), 'cos-errors-consumer-'));
    mkdirSync(join(consumer, 'node_modules'));
    symlinkSync(projectRoot, join(consumer, 'node_modules', 'qcloud-cos-errors'), 'dir');
    writeFileSync(join(consumer, 'package.json'), '{ "private": true }\n');
  });

  after(() => rmSync(consumer, { recursive: true, force: true }));

  const probe = `
    const e = new m.CosServiceError('GET', '<Error><Code>NoSuchKey</Code></Error>', 404);
    console.log([e.name, e.getErrorCode(), e instanceof m.CosError, e instanceof Error].join(' '));`;

  it('loads with require() from another project, as CommonJS', () => {
    const run = runNode(
      ['-e', `const m = require('qcloud-cos-errors');${probe}\nconsole.log(require.resolve('qcloud-cos-errors'));`],
      consumer,
    );
    expect(run.stderr).to.equal('');
    const [facts, resolved] = run.stdout.trim().split('\n');
    expect(facts).to.equal('CosServiceError NoSuchKey true true');
    expect(resolved).to.match(/[/\\]dist[/\\]cjs[/\\]index\.js$/);
  });

  it('loads with import from another project, as an ES module', () => {
    const run = runNode(
      [
        '--input-type=module',
        '-e',
        `import * as m from 'qcloud-cos-errors';${probe}\nconsole.log(import.meta.resolve('qcloud-cos-errors'));`,
      ],
      consumer,
    );
    expect(run.stderr).to.equal('');
    const [facts, resolved] = run.stdout.trim().split('\n');
    expect(facts).to.equal('CosServiceError NoSuchKey true true');
    expect(resolved).to.match(/\/dist\/esm\/index\.js$/);
  });

  it('ships the bundles, the command, their declarations, the catalog, the licence, and nothing else', () => {
    const npm = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: projectRoot,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(npm.status, npm.stderr).to.equal(0);
    const [packed] = JSON.parse(npm.stdout) as Array<{ files: Array<{ path: string }> }>;
    const files = (packed?.files ?? []).map((file) => file.path);
    const allowed =
      /^(package\.json|README\.md|README\.zh-CN\.md|LICENSE|CHANGELOG\.md|guides\/[\w-]+\.md|catalog\/cos-error-codes\.json|dist\/(esm|cjs)\/.*\.d\.ts|dist\/(esm|cjs)\/index\.js|dist\/cjs\/package\.json|dist\/browser\/([\w-]+\/)*[\w.-]+\.js|dist\/miniprogram\/index\.js|dist\/cli\/cos-errors\.js)$/;
    expect(files.filter((file) => !allowed.test(file))).to.deep.equal([]);
    // The README links its guides: they ship, so the links work in the package as in the repository.
    const guides = readdirSync(projectPath('guides'))
      .filter((name) => name.endsWith('.md'))
      .map((name) => `guides/${name}`);
    expect(guides.length).to.be.at.least(3);
    for (const needed of [
      ...guides,
      'LICENSE',
      'README.md',
      'README.zh-CN.md',
      'CHANGELOG.md',
      'dist/cli/cos-errors.js',
      'dist/esm/index.d.ts',
      'dist/cjs/index.d.ts',
      'dist/browser/index.js',
      'dist/miniprogram/index.js',
    ]) {
      expect(files).to.include(needed);
    }
    // Every declaration file a shipped one names ships too.
    for (const file of files.filter((path) => path.endsWith('.d.ts'))) {
      const text = readFileSync(projectPath(file), 'utf8');
      for (const [, specifier] of text.matchAll(/from\s+['"](\.{1,2}\/[^'"]+)\.js['"]/g)) {
        expect(files, `${file} names ${specifier ?? ''}`).to.include(posix.join(posix.dirname(file), `${specifier ?? ''}.d.ts`));
      }
    }
  });

  it('exports the catalog as qcloud-cos-errors/catalog.json, to require and to import', () => {
    const probe = `console.log(JSON.stringify(c.codes.find((entry) => entry.code === 'NoSuchKey')))`;
    const required = runNode(['-e', `const c = require('qcloud-cos-errors/catalog.json'); ${probe}`], consumer);
    expect(required.stderr).to.equal('');
    expect(JSON.parse(required.stdout)).to.include({ code: 'NoSuchKey' });
    const imported = runNode(
      ['--input-type=module', '-e', `import c from 'qcloud-cos-errors/catalog.json' with { type: 'json' }; ${probe}`],
      consumer,
    );
    expect(imported.stdout).to.equal(required.stdout);
  });

  it('has a command that loads the package only through its public entry', () => {
    const command = readFileSync(projectPath('dist/cli/cos-errors.js'), 'utf8');
    const specifiers = [...command.matchAll(/\b(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((match) => match[1]);
    expect([...new Set(specifiers.filter((specifier) => !specifier?.startsWith('node:')))]).to.deep.equal(['../esm/index.js']);
  });

  it('depends at run time on exactly fast-xml-parser and ts-custom-error', () => {
    const manifest = JSON.parse(readFileSync(projectPath('package.json'), 'utf8')) as { dependencies: Record<string, string> };
    expect(Object.keys(manifest.dependencies).sort()).to.deep.equal(['fast-xml-parser', 'ts-custom-error']);
  });

  const lazyProbe = `
    const loaded = () => Object.keys(cache).some((file) => file.includes('fast-xml-parser'));
    const flat = m.createServiceError({ statusCode: 404, body: '<Error><Code>NoSuchKey</Code><Message>m</Message><Resource>r</Resource><RequestId>q</RequestId><TraceId>t</TraceId></Error>' });
    const before = loaded();
    const commented = m.createServiceError({ statusCode: 404, body: '<Error><!-- c --><Code><![CDATA[NoSuchKey]]></Code></Error>' });
    const validated = loaded();
    const full = m.createServiceError({ statusCode: 404, body: '<!DOCTYPE Error [<!ENTITY e "x">]><Error><Code>NoSuchKey</Code></Error>' });
    console.log([before, validated, loaded(), flat.name, commented.name, full.name].join(' '));`;

  it('loads fast-xml-parser only for a document other than the one COS writes, through require()', () => {
    const run = runNode(['-e', `const m = require('qcloud-cos-errors'); const cache = require.cache;${lazyProbe}`], consumer);
    expect(run.stderr).to.equal('');
    expect(run.stdout.trim()).to.equal('false true true NoSuchKeyError NoSuchKeyError NoSuchKeyError');
  });

  it('loads fast-xml-parser only for a document other than the one COS writes, through import', () => {
    const script = `import { createRequire } from 'node:module'; import * as m from 'qcloud-cos-errors'; const cache = createRequire(import.meta.url).cache;${lazyProbe}`;
    const run = runNode(['--input-type=module', '-e', script], consumer);
    expect(run.stderr).to.equal('');
    expect(run.stdout.trim()).to.equal('false true true NoSuchKeyError NoSuchKeyError NoSuchKeyError');
    // An import statement would load it up front, and outside require's cache.
    expect(readFileSync(projectPath('dist/esm/index.js'), 'utf8')).not.to.match(/^\s*(import|export)\b[^;]*['"]fast-xml-parser['"]/m);
  });

  it("has each build's entry as one file that loads no other file of the package", () => {
    const probe = `
      const body = '<!DOCTYPE Error [<!ENTITY e "x">]><Error><Code>NoSuchKey</Code></Error>';
      const made = m.createServiceError({ statusCode: 404, body }).name;
      const dist = ${JSON.stringify(projectPath('dist'))};
      console.log(JSON.stringify([made, Object.keys(cache).filter((file) => file.startsWith(dist))]));`;
    const required = runNode(['-e', `const m = require('qcloud-cos-errors'); const cache = require.cache;${probe}`], consumer);
    expect(required.stderr).to.equal('');
    expect(JSON.parse(required.stdout)).to.deep.equal(['NoSuchKeyError', [projectPath('dist/cjs/index.js')]]);
    const imported = runNode(
      [
        '--input-type=module',
        '-e',
        `import { createRequire } from 'node:module'; import * as m from 'qcloud-cos-errors'; const cache = createRequire(import.meta.url).cache;${probe}`,
      ],
      consumer,
    );
    expect(imported.stderr).to.equal('');
    expect(JSON.parse(imported.stdout)).to.deep.equal(['NoSuchKeyError', []]);
    // An ES module's imports stay out of require's cache: none may name a file of the package.
    const esmEntry = readFileSync(projectPath('dist/esm/index.js'), 'utf8');
    expect(esmEntry.match(/\b(?:from|import)\s*\(?\s*['"]\.{1,2}\//g)).to.equal(null);
  });

  it('has no side effects on import: no globals added', () => {
    const run = runNode(
      [
        '-e',
        `const before = Object.getOwnPropertyNames(globalThis).length; require('qcloud-cos-errors'); console.log(Object.getOwnPropertyNames(globalThis).length - before);`,
      ],
      consumer,
    );
    expect(run.stdout.trim()).to.equal('0');
  });
});

describe('the test runner', () => {
  it('fails a run that executes no test', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cos-errors-empty-'));
    try {
      const spec = join(dir, 'empty.spec.cjs');
      writeFileSync(spec, "describe('nothing', () => {});\n");
      // The project's own mocha settings, pointed at a spec file with no test in it.
      const settings = JSON.parse(readFileSync(projectPath('.mocharc.json'), 'utf8')) as Record<string, unknown>;
      const config = join(dir, 'mocharc.json');
      writeFileSync(config, JSON.stringify({ ...settings, spec: [spec] }));
      const mocha = projectPath('node_modules/mocha/bin/mocha.js');
      const run = runNode([mocha, '--config', config], projectRoot);
      expect(run.stdout).to.match(/0 passing/);
      expect(run.status).to.not.equal(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the package manifest', () => {
  const manifest = JSON.parse(readFileSync(projectPath('package.json'), 'utf8')) as {
    scripts: Record<string, string>;
    dependencies: Record<string, string>;
  };

  it('has no script that npm runs on install, pack or publish', () => {
    const lifecycle = [
      'preinstall',
      'install',
      'postinstall',
      'prepare',
      'preprepare',
      'postprepare',
      'prepublish',
      'prepublishOnly',
      'prepack',
      'postpack',
      'publish',
      'postpublish',
    ];
    expect(Object.keys(manifest.scripts).filter((name) => lifecycle.includes(name))).to.deep.equal([]);
  });

  it('takes its dependencies in caret ranges, and the suite runs on the lowest version each allows', () => {
    for (const [name, range] of Object.entries(manifest.dependencies)) {
      expect(range, name).to.match(/^\^\d+\.\d+\.\d+$/);
      const installed = (JSON.parse(readFileSync(projectPath('node_modules', name, 'package.json'), 'utf8')) as { version: string })
        .version;
      expect(installed, `${name}: the lockfile keeps the lowest version ${range} allows`).to.equal(range.slice(1));
    }
  });

  it('has a Mini Program build that parses as ES2017 and loads no other file', () => {
    const code = readFileSync(projectPath('dist', 'miniprogram', 'index.js'), 'utf8');
    expect(() => parse(code, { ecmaVersion: 2017, sourceType: 'script' })).not.to.throw();
    expect(code.match(/\brequire\(\s*["'][^"']+["']\s*\)/g) ?? []).to.deep.equal([]);
  });
});
