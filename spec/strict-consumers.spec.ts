import { expect } from 'chai';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import ts from 'typescript';
import { blockModule, documentBlocks } from './support/doc-blocks.js';
import { projectPath, projectRoot } from './support/project.js';

// A user's project, strict in every way a project can be, compiled against the packed package
// (what npm publishes, not the sources), under each module resolution a project may use.

const STRICTEST = {
  strict: true,
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
  noImplicitOverride: true,
  noPropertyAccessFromIndexSignature: true,
  useUnknownInCatchVariables: true,
  skipLibCheck: false,
} as const;

interface Setting {
  readonly name: string;
  readonly packageType: 'module' | 'commonjs';
  readonly options: ts.CompilerOptions;
}

const SETTINGS: readonly Setting[] = [
  {
    name: 'node16, an ES module project, verbatimModuleSyntax',
    packageType: 'module',
    options: { module: ts.ModuleKind.Node16, moduleResolution: ts.ModuleResolutionKind.Node16, verbatimModuleSyntax: true },
  },
  {
    name: 'nodenext, an ES module project, verbatimModuleSyntax',
    packageType: 'module',
    options: { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, verbatimModuleSyntax: true },
  },
  {
    name: 'nodenext, a CommonJS project',
    packageType: 'commonjs',
    options: { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, esModuleInterop: true },
  },
  {
    name: 'bundler, verbatimModuleSyntax',
    packageType: 'module',
    options: { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, verbatimModuleSyntax: true },
  },
];

describe('strict consumer projects compile against the packed package', function () {
  this.timeout(120_000);
  let packed: string;
  let tarball: string;

  before(() => {
    packed = mkdtempSync(join(tmpdir(), 'cos-errors-packed-'));
    tarball = join(
      packed,
      execFileSync('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', packed], { cwd: projectRoot, encoding: 'utf8' })
        .trim()
        .split('\n')
        .pop()!,
    );
  });
  after(() => rmSync(packed, { recursive: true, force: true }));

  /** A consumer project of `packageType` with the packed package and its peers installed, and `sources` written. */
  function consumer(packageType: string, sources: Record<string, string>): string {
    const dir = mkdtempSync(join(tmpdir(), 'cos-errors-strict-'));
    mkdirSync(join(dir, 'node_modules', '@types'), { recursive: true });
    // The tarball as npm would install it.
    execFileSync('tar', ['-xzf', tarball, '-C', join(dir, 'node_modules')]);
    renameSync(join(dir, 'node_modules', 'package'), join(dir, 'node_modules', 'qcloud-cos-errors'));
    for (const name of [
      'ts-custom-error',
      'fast-xml-parser',
      'cos-nodejs-sdk-v5',
      '@aws-sdk/client-s3',
      'axios',
      '@types/node',
      'undici-types',
    ]) {
      mkdirSync(dirname(join(dir, 'node_modules', name)), { recursive: true });
      symlinkSync(projectPath('node_modules', name), join(dir, 'node_modules', name), 'dir');
    }
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ private: true, type: packageType }));
    for (const [name, text] of Object.entries(sources)) writeFileSync(join(dir, name), text);
    return dir;
  }

  function problems(dir: string, files: readonly string[], options: ts.CompilerOptions): string[] {
    const program = ts.createProgram(
      files.map((file) => join(dir, file)),
      {
        ...STRICTEST,
        ...options,
        target: ts.ScriptTarget.ES2022,
        lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
        types: ['node'],
        typeRoots: [join(dir, 'node_modules/@types')],
        noEmit: true,
        esModuleInterop: true,
      },
    );
    return ts
      .getPreEmitDiagnostics(program)
      .map((d) => `${d.file?.fileName.slice(dir.length) ?? ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
  }

  for (const setting of SETTINGS) {
    // The README's and guides' blocks await at the top level, as an ES module may; a CommonJS file may not.
    const withBlocks = setting.packageType === 'module';
    it(`${setting.name}: Node's http, fetch, the COS SDK's own types${withBlocks ? ', and every block of the README and guides' : ''}`, () => {
      const sources: Record<string, string> = { 'consumer.ts': readFileSync(projectPath('spec/fixtures/strict-consumer.ts'), 'utf8') };
      if (withBlocks) {
        documentBlocks().forEach((block, index) => {
          sources[`block-${index}.ts`] = blockModule(block);
        });
      }
      const dir = consumer(setting.packageType, sources);
      try {
        expect(problems(dir, Object.keys(sources), setting.options)).to.deep.equal([]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }

  it('resolves the declaration files the exports map names, under each resolution', () => {
    const dir = consumer('module', {
      'probe.ts': "import { NoSuchKeyError } from 'qcloud-cos-errors';\nexport const code: 'NoSuchKey' = NoSuchKeyError.code;\n",
    });
    try {
      for (const setting of SETTINGS) expect(problems(dir, ['probe.ts'], setting.options), setting.name).to.deep.equal([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
