import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import ts from 'typescript';
import { catalogEntries, expectedClassName } from './support/catalog.js';
import { blockModule, documentBlocks } from './support/doc-blocks.js';
import { projectPath, projectRoot } from './support/project.js';
import { runNode } from './support/run-node.js';

describe('the API docs (npm run docs)', function () {
  this.timeout(120_000);
  let out: string;
  let run: { status: number | null; output: string };

  before(() => {
    out = mkdtempSync(join(tmpdir(), 'cos-errors-docs-'));
    const typedoc = spawnSync(process.execPath, [projectPath('node_modules/typedoc/bin/typedoc'), '--out', out], {
      cwd: projectRoot,
      encoding: 'utf8',
      timeout: 110_000,
    });
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

  it('shows on each code class page the Chinese description, the hint in both languages and the links to COS documentation', () => {
    const text = (html: string) =>
      html
        .replace(/<[^>]+>/g, '')
        .replace(/&#x27;|&#39;/g, "'")
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&');
    for (const entry of catalogEntries) {
      const html = readFileSync(join(out, 'classes', `${expectedClassName(entry.code)}.html`), 'utf8');
      expect(text(html), entry.code).to.include(entry.descriptionZh);
      expect(html, entry.code).to.include(`href="${entry.docs.en}"`);
      expect(html, entry.code).to.include(`href="${entry.docs.zh}"`);
      if (entry.hint !== undefined) {
        expect(text(html), entry.code).to.include(`What to do. ${entry.hint.en}`);
        // A space after the label: Markdown closes the bold after a full-width colon only before one.
        expect(text(html), entry.code).to.include(`处理建议： ${entry.hint.zh}`);
      }
    }
    // The page users land on most, spelled out.
    const noSuchKey = text(readFileSync(join(out, 'classes', 'NoSuchKeyError.html'), 'utf8'));
    for (const words of [
      'The specified object key does not exist.',
      '指定的对象键不存在。',
      'What to do.',
      '处理建议：',
      'COS documentation: English, 中文.',
    ])
      expect(noSuchKey).to.include(words);
  });

  it('groups the sidebar: guides, base classes, factories and adapters, helpers, then the service errors by HTTP status', () => {
    const script = readFileSync(join(out, 'assets', 'navigation.js'), 'utf8');
    const encoded = /"([A-Za-z0-9+/=]+)"/.exec(script)?.[1] ?? '';
    const navigation = JSON.parse(inflateSync(Buffer.from(encoded, 'base64')).toString('utf8')) as NavigationNode[];
    expect(navigation.map((node) => node.text).slice(0, 5)).to.deep.equal([
      'Guides',
      'Base classes',
      'Factories and adapters',
      'Helpers',
      'Service errors',
    ]);
    const guides = navigation[0]?.children?.map((node) => node.text);
    expect(guides).to.have.members(['Porting from the Python SDK', 'Handling errors', 'How a response becomes an error']);
    const byStatus = navigation[4]?.children ?? [];
    for (const entry of catalogEntries) {
      for (const status of entry.statuses) {
        const folder = byStatus.find((node) => node.text === `HTTP ${status}`);
        expect(
          folder?.children?.map((node) => node.text),
          `HTTP ${status}`,
        ).to.include(expectedClassName(entry.code));
      }
    }
  });

  it("keeps Node's inherited statics and the package's plumbing off the class pages", () => {
    for (const name of ['CosError', 'CosServiceError', 'CosClientError', 'NoSuchKeyError']) {
      const html = readFileSync(join(out, 'classes', `${name}.html`), 'utf8');
      for (const foreign of ['captureStackTrace', 'prepareStackTrace', 'stackTraceLimit', 'hasInstance', 'inspect.custom'])
        expect(html, `${name}: ${foreign}`).not.to.include(foreign);
    }
  });

  it('has one title on its index page, and each member once on a code class page', () => {
    const index = readFileSync(join(out, 'index.html'), 'utf8');
    expect(index.match(/<h1[\s>]/g) ?? []).to.have.length(1);
    expect(index).not.to.match(/<h[2-6][^>]*>qcloud-cos-errors</);
    const page = readFileSync(join(out, 'classes', 'NoSuchKeyError.html'), 'utf8');
    const members = [...page.matchAll(/<h3 class="tsd-anchor-link[^"]*"[^>]*id="([^"]+)"/g)].map((match) => match[1]);
    expect(members.filter((id) => id === 'retryable' || id === 'retryable-1')).to.deep.equal(['retryable']);
  });

  it("shows a code class's whole hierarchy: CosError, CosServiceError, KnownCodeError, the class", () => {
    const page = readFileSync(join(out, 'classes', 'NoSuchKeyError.html'), 'utf8');
    const start = page.indexOf('tsd-panel tsd-hierarchy');
    const hierarchy = page.slice(start, page.indexOf('</section>', start));
    const names = [...hierarchy.matchAll(/>(CosError|CosServiceError|KnownCodeError|NoSuchKeyError)</g)].map((match) => match[1]);
    expect(names).to.deep.equal(['CosError', 'CosServiceError', 'KnownCodeError', 'NoSuchKeyError']);
  });

  it('finds NoSuchResourceError and isNotFound first when the reader searches for head', () => {
    const script = readFileSync(join(out, 'assets', 'search.js'), 'utf8');
    const data = JSON.parse(
      inflateSync(Buffer.from(script.slice(script.indexOf('"') + 1, script.lastIndexOf('"')), 'base64')).toString('utf8'),
    ) as { rows: Array<{ name: string }>; index: object };
    const lunr = createRequire(projectPath('node_modules', 'typedoc', 'package.json'))('lunr') as {
      Index: { load(index: object): { search(query: string): Array<{ ref: string }> } };
    };
    // The site's search box asks lunr for *word* and shows the first ten.
    const shown = lunr.Index.load(data.index)
      .search('*head*')
      .slice(0, 10)
      .map((result) => data.rows[Number(result.ref)]?.name);
    expect(shown).to.include.members(['NoSuchResourceError', 'isNotFound']);
  });

  it('names the Python method on each getter, and shows each code class caught in an example', () => {
    const html = readFileSync(join(out, 'classes', 'CosServiceError.html'), 'utf8');
    for (const python of [
      'get_origin_msg',
      'get_digest_msg',
      'get_status_code',
      'get_error_code',
      'get_error_msg',
      'get_resource_location',
      'get_trace_id',
      'get_request_id',
    ]) {
      expect(html).to.include(`<code>${python}()</code>`);
    }
    for (const entry of catalogEntries) {
      const name = expectedClassName(entry.code);
      const page = readFileSync(join(out, 'classes', `${name}.html`), 'utf8').replace(/<[^>]+>/g, '');
      expect(page, name).to.include(`if (error instanceof ${name})`);
    }
  });

  it('has no page or comment that cites a document the reader does not have', () => {
    const cited: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\.(html|md|ts|mjs)$/.test(entry.name) && /\bSPEC\b/.test(readFileSync(path, 'utf8'))) cited.push(path);
      }
    };
    for (const dir of [out, projectPath('lib'), projectPath('guides'), projectPath('scripts')]) walk(dir);
    for (const file of ['README.md', 'CHANGELOG.md']) if (/\bSPEC\b/.test(readFileSync(projectPath(file), 'utf8'))) cited.push(file);
    expect(cited).to.deep.equal([]);
  });
});

/** A node of the docs' sidebar, as TypeDoc writes it to assets/navigation.js. */
interface NavigationNode {
  text: string;
  children?: NavigationNode[];
}

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
          const block = (match[1] ?? match[2] ?? '')
            .split('\n')
            .map((line) => line.replace(/^\s*\* ?/, ''))
            .join('\n');
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

/**
 * An example as a module: its own imports at the top (then it names what it uses, as a user's
 * file would), else every export; the rest in an async function, so that it may `await`.
 */
function exampleModule(example: { where: string; code: string }): string {
  const lines = example.code.split('\n');
  const imports = lines.filter((line) => line.startsWith('import '));
  const body = lines.filter((line) => !line.startsWith('import ')).join('\n');
  const head =
    imports.length > 0 ? `${imports.join('\n')}\n${PRELUDE.slice(PRELUDE.indexOf('\n') + 1).replace(/^void .*$/m, '')}` : PRELUDE;
  return `${head}\n// ${example.where}\nexport async function example(): Promise<unknown> {\n${body}\n  return undefined;\n}\n`;
}

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
    const files = writeSnippets('doc-examples', examples.map(exampleModule));
    expect(typeProblems(files)).to.deep.equal([]);
  });
});

describe('the TypeScript blocks of the README and the guides', function () {
  this.timeout(60_000);
  const blocks = documentBlocks();

  it('are found, in the READMEs and in each guide', () => {
    expect(blocks.filter((block) => block.file === 'README.md').length).to.be.at.least(5);
    expect(blocks.filter((block) => block.file === 'README.zh-CN.md').length).to.be.at.least(5);
    expect(new Set(blocks.map((block) => block.file)).size).to.be.at.least(3);
  });

  it('all compile against the package and the clients they use, strict, each on its own', () => {
    const files = writeSnippets('document-blocks', blocks.map(blockModule));
    expect(typeProblems(files)).to.deep.equal([]);
  });
});

describe("the READMEs' Quick start", function () {
  this.timeout(30_000);

  // Each README's heading of the Quick start and its word for "prints".
  const quickStarts = [
    { readme: 'README.md', pattern: /## Quick start\n\n```ts\n([\s\S]*?)^```\n\nprints\n\n```text\n([\s\S]*?)^```/m },
    { readme: 'README.zh-CN.md', pattern: /## 快速上手\n\n```ts\n([\s\S]*?)^```\n\n输出：\n\n```text\n([\s\S]*?)^```/m },
  ];

  for (const { readme, pattern } of quickStarts) {
    it(`prints what ${readme} says it prints`, () => {
      const found = pattern.exec(readFileSync(projectPath(readme), 'utf8'));
      expect(found, 'a ts block, then "prints", then a text block').to.not.equal(null);
      const [, code = '', printed = ''] = found ?? [];
      // Inside the project, so that the package's name resolves to itself, as it does for a user.
      mkdirSync(projectPath('build'), { recursive: true });
      const file = projectPath('build', `quick-start-${readme.replace(/\W+/g, '-')}.mjs`);
      writeFileSync(
        file,
        ts.transpileModule(code, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText,
      );
      const run = runNode([file], projectRoot);
      expect(run.stderr).to.equal('');
      expect(run.stdout).to.equal(printed);
    });
  }
});
