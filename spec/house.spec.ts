import { expect } from 'chai';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  deadExports,
  GENERATED_MARK,
  LIB_ROOT,
  handWrittenLines,
  importCycles,
  layerOrderGaps,
  libProgram,
  missingFolderSpecs,
  unplacedFolderImports,
  upwardImports,
  type LibProgram,
} from './support/house.js';
import { projectRoot } from './support/project.js';

/**
 * The layers of lib/, bottom to top: a module may import from its own top-level folder (at any
 * depth) or a lower one. `.` is the files directly in lib/ (index.ts, the public API): the CLI
 * sits above it, since it loads the package only through its public entry. A new top-level
 * folder goes in here, in its place, on purpose.
 */
const LAYERS = ['util', 'catalog', 'redact', 'response', 'errors', 'factories', 'adapters', LIB_ROOT, 'cli'] as const;

/** The most lines (newline characters, as `wc -l` counts) the hand-written sources of lib/ may have together. */
const MAX_LINES = 4000;

function listing(items: readonly string[]): string {
  return items.map((item) => `\n    ${item}`).join('');
}

function writeTree(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, dirname(path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

describe('the house rules (issue 21)', function () {
  this.timeout(60_000);
  let lib: LibProgram;

  before(() => {
    lib = libProgram(projectRoot);
  });

  it('has no import cycle among the modules of lib/ (type-only imports aside)', async () => {
    const cycles = await importCycles(projectRoot);
    expect(cycles, `${cycles.length} import cycle(s):${listing(cycles)}\n`).to.deep.equal([]);
  });

  it('places every top-level folder of lib/ in the layer order', () => {
    const { unplaced } = layerOrderGaps(projectRoot, LAYERS);
    expect(
      unplaced,
      `top-level folders of lib/ not in the layer order [${LAYERS.join(', ')}]:${listing(unplacedFolderImports(lib, LAYERS))}\n`,
    ).to.deep.equal([]);
  });

  it('has a folder in lib/ for every name in the layer order', () => {
    const { absent } = layerOrderGaps(projectRoot, LAYERS);
    expect(absent, `layers with no folder in lib/:${listing(absent)}\n`).to.deep.equal([]);
  });

  it('imports nothing from a higher layer', () => {
    const upward = upwardImports(lib, LAYERS);
    expect(
      upward,
      `${upward.length} upward import(s), layers bottom to top [${LAYERS.join(', ')}] then lib/*.ts:${listing(upward)}\n`,
    ).to.deep.equal([]);
  });

  it(`has at most ${MAX_LINES} hand-written lines in lib/`, () => {
    const counts = handWrittenLines(projectRoot);
    const total = counts.reduce((sum, { lines }) => sum + lines, 0);
    const largest = [...counts].sort((a, b) => b.lines - a.lines || a.file.localeCompare(b.file)).slice(0, 10);
    const table = largest.map(({ file, lines }) => `${String(lines).padStart(5)} ${file}`);
    expect(total, `lib/ has ${total} hand-written lines in ${counts.length} files; the ten largest:${listing(table)}\n`).to.be.at.most(
      MAX_LINES,
    );
  });

  it('has a spec named after each folder of lib/, at any depth', () => {
    const missing = missingFolderSpecs(projectRoot);
    expect(missing, `${missing.length} spec(s) missing:${listing(missing)}\n`).to.deep.equal([]);
  });

  it('exports nothing that neither another module of lib/ nor the public API uses', () => {
    const dead = deadExports(lib);
    expect(dead, `${dead.length} dead export(s):${listing(dead)}\n`).to.deep.equal([]);
  });
});

describe('the house rules, checked on trees made for them', function () {
  this.timeout(60_000);
  const layers = ['low', 'high'];
  const tsconfig = JSON.stringify({
    compilerOptions: {
      target: 'ES2022',
      module: 'NodeNext',
      moduleResolution: 'NodeNext',
      strict: true,
      isolatedModules: true,
      rootDir: 'lib',
      types: [],
    },
    include: ['lib/**/*.ts'],
  });
  // A tree that keeps every rule: layers low < high < lib/*.ts, a folder two deep, a cycle of
  // type-only imports (one `import type`, one of a name used only as a type), a generated file,
  // `export *`, a namespace import, an `import('...')` type, a dynamic import(), and a browser variant.
  const conforming: Record<string, string> = {
    'tsconfig.json': tsconfig,
    'lib/index.ts': "export { hello } from './high/greet.js';\nexport { later } from './high/lazy.js';\nexport * from './low/all.js';\n",
    'lib/high/greet.ts':
      "import { shout } from '../low/shout.js';\nimport type { Loud } from './loud.js';\nexport function hello(name: import('../low/name.js').Name): Loud {\n  return { text: shout(name) };\n}\n",
    'lib/high/loud.ts': "import type { Quiet } from './quiet.js';\nexport interface Loud {\n  text: string;\n  quiet?: Quiet;\n}\n",
    'lib/high/lazy.ts': "export const later = (): Promise<unknown> => import('../low/later.js');\n",
    'lib/low/later.ts': 'export const LATER = 1;\n',
    'lib/high/quiet.ts': "import { Loud } from './loud.js';\nexport interface Quiet {\n  loud?: Loud;\n}\n",
    'lib/low/shout.ts':
      "import { INNER } from './deep/inner.js';\nimport * as table from './table.js';\nexport function shout(text: string): string {\n  return text.toUpperCase() + INNER + table.ONE;\n}\n",
    'lib/low/table.ts': 'export const ONE = 1;\n',
    'lib/low/name.ts': 'export type Name = string;', // no newline at the end: 0 lines, as `wc -l` counts
    'lib/low/all.ts': "export { GENERATED } from './generated.js';\nexport const ALL = 1;\n",
    'lib/low/generated.ts': `${GENERATED_MARK} from nothing.\nexport const GENERATED = 1;\n${'// filler\n'.repeat(50)}`,
    'lib/low/deep/inner.ts': 'export const INNER = 3;\n',
    'lib/low/deep/inner.browser.ts': 'export const INNER = 4;\n',
    'spec/low.spec.ts': '',
    'spec/high.spec.ts': '',
    'spec/deep.spec.ts': '',
  };
  // The same tree, breaking each rule.
  const breaking: Record<string, string> = {
    ...conforming,
    'lib/low/up.ts': "import { hello } from '../high/greet.js';\nexport const UP = hello('x');\n",
    'lib/low/to-entry.ts': "import type { ALL } from '../index.js';\nexport type Entry = typeof ALL;\n",
    'lib/high/ping.ts': "import { pong } from './pong.js';\nexport function ping(): number {\n  return pong() + 1;\n}\n",
    'lib/high/pong.ts': "import { ping } from './ping.js';\nexport function pong(): number {\n  return ping() - 1;\n}\n",
    'lib/high/relay.ts': "export { shout } from '../low/shout.js';\n",
    'lib/low/table.ts': 'export const ONE = 1;\nexport const TWO = 2;\n',
    'lib/low/name.ts': 'export type Name = string;\nexport const FOR_SPECS_ONLY = 1;\n',
    'lib/low/deep/inner.browser.ts': 'export const INNER = 4;\nexport const BROWSER_ONLY = 5;\n',
    'lib/high/c.cts': "import { d } from './d.js';\nexport const c = (): unknown => d;\n",
    'lib/high/d.ts': "import { c } from './c.cjs';\nexport const d = (): unknown => c;\n",
    'lib/extra/x.ts': "import { ONE } from '../low/table.js';\nexport const X = ONE;\n",
    'lib/low/not-generated.ts': `// A file that only quotes the mark.\n${GENERATED_MARK}\n`,
    'spec/low.spec.ts': "import { FOR_SPECS_ONLY } from '../lib/low/name.js';\nvoid FOR_SPECS_ONLY;\n",
  };
  let dir: string;
  let good: string;
  let bad: string;

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'cos-errors-house-'));
    good = join(dir, 'good');
    bad = join(dir, 'bad');
    writeTree(good, conforming);
    writeTree(bad, breaking);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('pass a tree that keeps them', async () => {
    const program = libProgram(good);
    expect(await importCycles(good)).to.deep.equal([]);
    expect(layerOrderGaps(good, layers)).to.deep.equal({ unplaced: [], absent: [] });
    expect(upwardImports(program, layers)).to.deep.equal([]);
    expect(handWrittenLines(good)).to.deep.equal([
      { file: 'lib/high/greet.ts', lines: 5 },
      { file: 'lib/high/lazy.ts', lines: 1 },
      { file: 'lib/high/loud.ts', lines: 5 },
      { file: 'lib/high/quiet.ts', lines: 4 },
      { file: 'lib/index.ts', lines: 3 },
      { file: 'lib/low/all.ts', lines: 2 },
      { file: 'lib/low/deep/inner.browser.ts', lines: 1 },
      { file: 'lib/low/deep/inner.ts', lines: 1 },
      { file: 'lib/low/later.ts', lines: 1 },
      { file: 'lib/low/name.ts', lines: 0 },
      { file: 'lib/low/shout.ts', lines: 5 },
      { file: 'lib/low/table.ts', lines: 1 },
    ]);
    expect(missingFolderSpecs(good)).to.deep.equal([]);
    expect(deadExports(program)).to.deep.equal([]);
  });

  it('find each break of them in a tree that does not', async () => {
    const program = libProgram(bad);
    expect(await importCycles(bad)).to.deep.equal([
      'lib/high/c.cts -> lib/high/d.ts -> lib/high/c.cts',
      'lib/high/ping.ts -> lib/high/pong.ts -> lib/high/ping.ts',
    ]);
    expect(layerOrderGaps(bad, [...layers, 'gone'])).to.deep.equal({ unplaced: ['extra'], absent: ['gone'] });
    expect(unplacedFolderImports(program, layers)).to.deep.equal(['extra: imports from [low], imported by []']);
    expect(upwardImports(program, layers)).to.deep.equal(['lib/low/to-entry.ts -> lib/index.ts', 'lib/low/up.ts -> lib/high/greet.ts']);
    expect(handWrittenLines(bad).find(({ file }) => file === 'lib/low/not-generated.ts')).to.deep.equal({
      file: 'lib/low/not-generated.ts',
      lines: 2,
    });
    expect(missingFolderSpecs(bad)).to.deep.equal(['spec/extra.spec.ts']);
    expect(deadExports(program)).to.deep.equal([
      'lib/extra/x.ts: X',
      'lib/high/relay.ts: shout',
      'lib/low/deep/inner.browser.ts: BROWSER_ONLY',
      'lib/low/name.ts: FOR_SPECS_ONLY',
      'lib/low/table.ts: TWO',
      'lib/low/to-entry.ts: Entry',
      'lib/low/up.ts: UP',
    ]);
  });
});
