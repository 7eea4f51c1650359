import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { catalogEntries, expectedClassName } from './support/catalog.js';
import { projectPath, projectRoot } from './support/project.js';

describe('the API docs (npm run docs)', function () {
  this.timeout(120_000);
  let out: string;
  let run: { status: number | null; output: string };

  before(() => {
    out = mkdtempSync(join(tmpdir(), 'cos-errors-docs-'));
    const typedoc = spawnSync(process.execPath, [projectPath('node_modules/typedoc/bin/typedoc'), '--out', out], { cwd: projectRoot, encoding: 'utf8', timeout: 110_000 });
    run = { status: typedoc.status, output: `${typedoc.stdout}${typedoc.stderr}` };
  });
  after(() => rmSync(out, { recursive: true, force: true }));

  it('builds with no warning', () => {
    expect(run.output).not.to.match(/warning/i);
    expect(run.status).to.equal(0);
  });

  it('has a page per error class, each showing its code, statuses and description', () => {
    const pages = new Set(readdirSync(join(out, 'classes')));
    for (const name of ['CosError', 'CosClientError', 'CosServiceError']) expect(pages.has(`${name}.html`), name).to.equal(true);
    for (const entry of catalogEntries) {
      const page = join(out, 'classes', `${expectedClassName(entry.code)}.html`);
      const html = readFileSync(page, 'utf8');
      expect(html, entry.code).to.include(`COS error code <code>${entry.code}</code>, HTTP ${entry.statuses.join(', ')}.`);
      const description = entry.description.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
      expect(html.replace(/&#x27;|&#39;/g, "'"), entry.code).to.include(description.slice(0, 40));
    }
  });

  it('groups the symbols: base classes, service errors, factories, helpers', () => {
    const index = readFileSync(join(out, 'modules.html'), 'utf8');
    const order = ['Base classes', 'Service errors', 'Factories', 'Helpers'].map((group) => index.indexOf(group));
    expect(order.every((at) => at >= 0)).to.equal(true);
    expect([...order].sort((a, b) => a - b)).to.deep.equal(order);
  });
});

/** Every ```ts block of an @example in lib/, with where it came from. */
function docExamples(): Array<{ where: string; code: string }> {
  const found: Array<{ where: string; code: string }> = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) {
        const text = readFileSync(path, 'utf8');
        for (const match of text.matchAll(/@example\s*\n((?:\s*\*.*\n)*?)\s*\*\/|@example\s*\n((?:\s*\*.*\n)*?)\s*\* @/g)) {
          const block = (match[1] ?? match[2] ?? '').split('\n').map((line) => line.replace(/^\s*\* ?/, '')).join('\n');
          const code = /```ts\n([\s\S]*?)```/.exec(block)?.[1];
          if (code !== undefined) found.push({ where: `${path.slice(projectRoot.length + 1)} example ${found.length + 1}`, code });
        }
      }
    }
  };
  walk(projectPath('lib'));
  return found;
}

// What the examples may take as given: every export of the package, a COS client and the usual
// request values.
const EXPORTS = Object.keys(createRequire(import.meta.url)('qcloud-cos-errors') as object);
const PRELUDE = `import { ${EXPORTS.join(', ')} } from 'qcloud-cos-errors';
declare const cos: { getObject(params: object): Promise<unknown>; headObject(params: object): Promise<unknown>; putObject(params: object): Promise<unknown> };
declare const Bucket: string, Region: string, Key: string, Body: string, url: string, body: string;
declare const headers: Record<string, string>;
void [${EXPORTS.join(', ')}];
`;

/** Writes each snippet to its own file under build/`folder`, and gives their paths. */
function writeSnippets(folder: string, sources: readonly string[]): string[] {
  const dir = projectPath('build', folder);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return sources.map((source, i) => {
    const file = join(dir, `snippet-${i}.ts`);
    writeFileSync(file, source);
    return file;
  });
}

/** What the type checker says of `files`, strict, as a user's ES module project would compile them. */
function typeProblems(files: readonly string[]): string[] {
  const program = ts.createProgram(files, {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    types: ['node'],
    skipLibCheck: true,
    allowUnreachableCode: true,
  });
  return ts.getPreEmitDiagnostics(program).map((d) => `${d.file?.fileName ?? ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
}

describe('the examples in doc comments', function () {
  this.timeout(60_000);
  const examples = docExamples();

  it('are found (one per documented factory, guard and helper at least)', () => {
    expect(examples.length).to.be.at.least(9);
  });

  it('all compile against the package, strict', () => {
    const files = writeSnippets('doc-examples', examples.map((example) => `${PRELUDE}\n// ${example.where}\nexport async function example(): Promise<unknown> {\n${example.code}\n  return undefined;\n}\n`));
    expect(typeProblems(files)).to.deep.equal([]);
  });
});

// What the README's snippets leave to the reader: credentials, a URL, and the reader's own helper.
const README_PRELUDE = `declare const SecretId: string, SecretKey: string, presignedUrl: string, bucket: string, key: string;
declare function getObject(bucket: string, key: string): Promise<unknown>;
`;

describe('the TypeScript blocks of the README', function () {
  this.timeout(60_000);
  const blocks = [...readFileSync(projectPath('README.md'), 'utf8').matchAll(/^```ts\n([\s\S]*?)^```/gm)].map((match) => match[1] ?? '');

  it('are found', () => {
    expect(blocks.length).to.be.at.least(5);
  });

  it('all compile against the package and cos-nodejs-sdk-v5, strict, each on its own', () => {
    const files = writeSnippets('readme-blocks', blocks.map((block) => `${README_PRELUDE}${block}\nexport {};\n`));
    expect(typeProblems(files)).to.deep.equal([]);
  });
});
