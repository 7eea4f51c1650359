import { expect } from 'chai';
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Api from 'qcloud-cos-errors';
import { projectPath } from './support/project.js';

// Issue 21, item 2: the same answer everywhere, at every moment. Node ESM, Node CJS, the browser
// bundle called synchronously the moment it loads, and the Mini Program build give the same error
// for the same response. Each build runs in a Node process of its own (in parallel), which turns
// every tricky document below into errors and prints what it got; the browser build's process
// does so in the same synchronous turn as the bundle finishes evaluating (before anything it
// could import dynamically arrives), then once more after an awaited fromResponse.

/** What a build gives for one body, projected onto plain JSON. */
interface Projection {
  name: string;
  isServiceError: boolean;
  code: string;
  errorCode: string;
  errorMsg: string;
  resourceLocation: string;
  requestId: string;
  traceId: string;
  digestMsg: unknown;
  statusCode: number;
  originMsg: string;
  error: unknown;
  retryable: boolean;
  message: string;
}

/** What building the error threw instead, should it throw. */
interface Thrown {
  threw: string;
}

/** One body through `createServiceError` and through `new CosServiceError`. */
interface Answer {
  factory: Projection | Thrown;
  constructed: Projection | Thrown;
}

/** What a child process is given for one row: the body, and whether the factory gets it as UTF-8 bytes. */
interface ProbeInput {
  body: string;
  bytes: boolean;
}

/**
 * Computes the answers of one build. It runs inside the child processes, from its source text
 * (`answersOf.toString()`), so it uses nothing from this module: only its arguments and globals
 * every build's process has.
 */
function answersOf(api: typeof Api, inputs: readonly ProbeInput[]): Answer[] {
  const project = (make: () => Api.CosServiceError): Projection | Thrown => {
    let error: Api.CosServiceError;
    try {
      error = make();
    } catch (thrown) {
      return { threw: String(thrown) };
    }
    return {
      name: error.name,
      isServiceError: error instanceof api.CosServiceError,
      code: error.code,
      errorCode: error.getErrorCode(),
      errorMsg: error.getErrorMsg(),
      resourceLocation: error.getResourceLocation(),
      requestId: error.getRequestId(),
      traceId: error.getTraceId(),
      digestMsg: error.getDigestMsg(),
      statusCode: error.getStatusCode(),
      originMsg: error.getOriginMsg(),
      error: error.error ?? null,
      retryable: error.retryable,
      message: error.message,
    };
  };
  return inputs.map(({ body, bytes }) => ({
    factory: project(() =>
      api.createServiceError({
        method: 'GET',
        statusCode: 404,
        headers: { 'x-cos-request-id': 'r1' },
        body: bytes ? new TextEncoder().encode(body) : body,
      }),
    ),
    constructed: project(() => new api.CosServiceError('GET', body, 404)),
  }));
}

/** Fields of a Projection whose values the response rules fix for a row. */
type Expected = Partial<Projection>;

interface Row {
  readonly name: string;
  readonly body: string;
  /** The factory is given the body as UTF-8 bytes (the constructor takes only text: it gets the string). */
  readonly bytes?: boolean;
  /** What guides/response-rules.md clearly fixes, for the factory and for the constructor; nothing where the rules leave it open. */
  readonly expect?: { readonly factory?: Expected; readonly constructed?: Expected };
}

const INVALID = 'Response Error Msg Is INVALID';

/** Rule 5: the class the code chooses from the factory; the constructor never picks a subclass. */
function coded(className: string, errorCode: string, more: Expected = {}): Row['expect'] {
  return { factory: { name: className, errorCode, ...more }, constructed: { name: 'CosServiceError', errorCode, ...more } };
}

/** Rule 7, for the factory and the constructor alike. */
function invalid(body: string): Row['expect'] {
  const fields: Expected = {
    name: 'CosServiceError',
    errorCode: 'Unknown',
    errorMsg: 'Unknown',
    resourceLocation: 'Unknown',
    digestMsg: INVALID,
    originMsg: body,
  };
  return { factory: fields, constructed: fields };
}

function row(name: string, body: string, expectation?: (body: string) => Row['expect'], bytes = false): Row {
  return { name, body, bytes, expect: expectation?.(body) };
}

const noSuchKey =
  (more: Expected = {}) =>
  (): Row['expect'] =>
    coded('NoSuchKeyError', 'NoSuchKey', more);

const CANONICAL =
  '<?xml version="1.0" encoding="UTF-8"?>\n<Error>\n  <Code>NoSuchKey</Code>\n  <Message>The specified key does not exist.</Message>\n' +
  '  <Resource>examplebucket-1250000000.cos.ap-beijing.myqcloud.com/exampleobject</Resource>\n  <RequestId>NjQ0ZmM0ZDhfOTMxYzI2MGFfMjE0NV8x</RequestId>\n' +
  '  <TraceId>OGVmYzZiMmQzYjA2OWNhODk0NTRkMTBiOWVmMDAxODc0OWRkZjk0ZDM1NmI1M2E2MTRlY2MzZDhm</TraceId>\n</Error>\n';

const ROWS: readonly Row[] = [
  // What COS and the gateways in front of it send.
  row('the canonical COS error document', CANONICAL, () =>
    coded('NoSuchKeyError', 'NoSuchKey', {
      errorMsg: 'The specified key does not exist.',
      resourceLocation: 'examplebucket-1250000000.cos.ap-beijing.myqcloud.com/exampleobject',
      requestId: 'NjQ0ZmM0ZDhfOTMxYzI2MGFfMjE0NV8x',
      traceId: 'OGVmYzZiMmQzYjA2OWNhODk0NTRkMTBiOWVmMDAxODc0OWRkZjk0ZDM1NmI1M2E2MTRlY2MzZDhm',
      originMsg: CANONICAL,
    }),
  ),
  row(
    'an HTML gateway page',
    '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n',
    invalid,
  ),
  row(
    'an HTML page with a DOCTYPE and a Code element, not well-formed',
    '<!DOCTYPE html>\n<html><body><Code>NoSuchKey</Code><hr></body></html>',
    invalid,
  ),
  row('a JSON body', '{"Code":"InvalidArgument","Message":"invalid param","request_id":"R-9"}', () =>
    coded('InvalidArgumentError', 'InvalidArgument', { errorMsg: 'invalid param', requestId: 'R-9' }),
  ),
  row('an empty body', '', () => ({
    factory: { name: 'CosServiceError', errorCode: 'Unknown', errorMsg: 'Unknown', originMsg: '' },
    constructed: { name: 'CosServiceError', digestMsg: INVALID },
  })),
  // Comments.
  row('a comment before the root', '<!-- served by cos --><Error><Code>NoSuchKey</Code></Error>', noSuchKey()),
  row('a comment inside Code', '<Error><Code>NoSuch<!-- split -->Key</Code></Error>', noSuchKey()),
  row(
    'a comment before Code that holds a Code element',
    '<Error><!-- <Code>AccessDenied</Code> --><Code>NoSuchKey</Code></Error>',
    noSuchKey(),
  ),
  // CDATA.
  row(
    'CDATA in Code and in Message',
    '<Error><Code><![CDATA[NoSuchKey]]></Code><Message><![CDATA[1 &amp; 2 <b>]]></Message></Error>',
    noSuchKey({ errorMsg: '1 &amp; 2 <b>' }),
  ),
  row(
    'CDATA before Code that holds a Code element',
    '<Error><Message><![CDATA[<Code>AccessDenied</Code>]]></Message><Code>NoSuchKey</Code></Error>',
    noSuchKey({ errorMsg: '<Code>AccessDenied</Code>' }),
  ),
  // Processing instructions.
  row(
    'an xml-stylesheet processing instruction after the declaration',
    '<?xml version="1.0" encoding="UTF-8"?><?xml-stylesheet type="text/xsl" href="a.xsl"?><Error><Code>NoSuchKey</Code></Error>',
    noSuchKey(),
  ),
  row('a processing instruction inside the root', '<Error><?cos trace="on"?><Code>NoSuchKey</Code></Error>', noSuchKey()),
  // XML ends a processing instruction at its first ?>, quotes or not: b"?> is then text before the root.
  row('a processing instruction with ?> inside quotes', '<?xml-stylesheet href="a?>b"?><Error><Code>NoSuchKey</Code></Error>', invalid),
  // DOCTYPEs.
  row('a DOCTYPE that only names the root', '<!DOCTYPE Error><Error><Code>NoSuchKey</Code></Error>', noSuchKey()),
  row(
    'a DOCTYPE with an internal subset',
    '<!DOCTYPE Error [<!ELEMENT Error ANY>]><Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message></Error>',
    noSuchKey({ errorMsg: 'The specified key does not exist.' }),
  ),
  row(
    'a DOCTYPE declaring an entity that Message uses',
    '<!DOCTYPE Error [<!ENTITY e "x">]><Error><Code>NoSuchKey</Code><Message>a &e; b</Message></Error>',
    noSuchKey({ errorMsg: 'a &e; b' }),
  ),
  row(
    'a DOCTYPE declaring an entity that would add a Code element',
    '<!DOCTYPE Error [<!ENTITY c "<Code>AccessDenied</Code>">]><Error>&c;<Code>NoSuchKey</Code></Error>',
    noSuchKey(),
  ),
  row('a DOCTYPE with an external id', '<!DOCTYPE Error SYSTEM "error.dtd"><Error><Code>NoSuchKey</Code></Error>', noSuchKey()),
  // Well-formed XML, but left without an expected value: today every build calls it invalid (rule 7).
  row(
    'a DOCTYPE whose subset holds ] and > in a literal and a comment',
    '<!DOCTYPE Error [<!ENTITY x "]>"><!-- > -->]><Error><Code>NoSuchKey</Code></Error>',
  ),
  row(
    'a BOM and white space before a DOCTYPE with an internal subset',
    '\uFEFF \n<!DOCTYPE Error [<!ELEMENT Error ANY>]>\n<Error><Code>NoSuchKey</Code></Error>',
  ),
  // Attributes.
  row(
    'attributes and a default namespace',
    '<Error xmlns="http://www.qcloud.com/document/product/436" a="1" b=\'2\'><Code lang="en">NoSuchKey</Code><Message class="m">The specified key does not exist.</Message></Error>',
    noSuchKey({ errorMsg: 'The specified key does not exist.' }),
  ),
  row(
    'an attribute value that spells a Code element',
    '<Error note="&lt;Code&gt;AccessDenied&lt;/Code&gt;" x=\'a>b\'><Code>NoSuchKey</Code></Error>',
    noSuchKey(),
  ),
  // Namespace prefixes: whatever the answer, the same everywhere.
  row(
    'a namespace prefix on every element',
    '<s3:Error xmlns:s3="http://s3.amazonaws.com/doc/2006-03-01/"><s3:Code>NoSuchKey</s3:Code><s3:Message>m</s3:Message></s3:Error>',
  ),
  row(
    'a prefixed Code before an unprefixed one',
    '<s3:Error xmlns:s3="http://s3.amazonaws.com/doc/2006-03-01/"><s3:Code>AccessDenied</s3:Code><Code>NoSuchKey</Code></s3:Error>',
  ),
  // Entities and character references.
  row(
    'predefined entities and character references in Message',
    '<Error><Code>NoSuchKey</Code><Message>Tom &amp; Jerry &lt;3 &#x4E2D;&#25991; &quot;q&quot; &apos;a&apos; &amp;lt;</Message></Error>',
    noSuchKey({ errorMsg: 'Tom & Jerry <3 中文 "q" \'a\' &lt;' }),
  ),
  row('a character reference in Code', '<Error><Code>NoSuch&#75;ey</Code></Error>', noSuchKey()),
  row('an entity no DOCTYPE declares', '<Error><Code>NoSuchKey</Code><Message>a &nbsp; b</Message></Error>'),
  // Nesting.
  row(
    'Code nested in wrapper elements',
    '<Response><Error><Details><Code>NoSuchKey</Code><Message>deep</Message></Details></Error></Response>',
    noSuchKey({ errorMsg: 'deep' }),
  ),
  row(
    'a nested Code before one at the top: the first in document order',
    '<Error><Wrapper><Code>SlowDown</Code></Wrapper><Code>NoSuchKey</Code></Error>',
    () => coded('SlowDownError', 'SlowDown'),
  ),
  row('markup inside Message', '<Error><Code>NoSuchKey</Code><Message>outer <b>bold</b> text</Message></Error>'),
  row('Code inside Code', '<Error><Code><Code>Inner</Code>Outer</Code></Error>'),
  row('an element name outside ASCII', '<Error><Code>NoSuchKey</Code><Détail>x</Détail></Error>', noSuchKey()),
  // Unclosed and malformed documents.
  row('an unclosed root', '<Error><Code>NoSuchKey</Code>', invalid),
  row('a document cut off inside Message', '<Error><Code>NoSuchKey</Code><Message>The specified key', invalid),
  row('a mismatched end tag', '<Error><Code>NoSuchKey</Error>', invalid),
  row(
    'a DOCTYPE with an internal subset, then an unclosed root',
    '<!DOCTYPE Error [<!ELEMENT Error ANY>]><Error><Code>NoSuchKey</Code>',
    invalid,
  ),
  // A byte-order mark and white space before the document.
  row(
    'white space before the XML declaration',
    ' \n\t<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>NoSuchKey</Code></Error>',
    noSuchKey(),
  ),
  row(
    'a BOM and white space before the XML declaration, as text',
    '\uFEFF  \n<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>NoSuchKey</Code></Error>',
  ),
  row(
    'a BOM and white space before the XML declaration, as bytes',
    '\uFEFF  \n<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>NoSuchKey</Code></Error>',
    () => ({ factory: { name: 'NoSuchKeyError', errorCode: 'NoSuchKey' } }),
    true,
  ),
];

/** The body the browser process hands fromResponse before its second pass (a lazily loaded parser would have arrived by then). */
const NEEDS_PARSER_CHUNK = '<!DOCTYPE Error [<!ELEMENT Error ANY>]><Error><Code>NoSuchKey</Code></Error>';

const BUILDS = {
  esm: 'Node ESM (dist/esm)',
  cjs: 'Node CJS (dist/cjs)',
  browser: 'the browser bundle, called as it loads (dist/browser)',
  miniprogram: 'the Mini Program build (dist/miniprogram)',
  browserLater: 'the browser bundle, after an awaited fromResponse',
} as const;
type Build = keyof typeof BUILDS;

interface ChildRun {
  stdout: string;
  stderr: string;
  failure: Error | null;
}

function runChild(file: string, cwd: string): Promise<ChildRun> {
  return new Promise((resolve) => {
    execFile(process.execPath, [file], { cwd, timeout: 20_000, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' }, (failure, stdout, stderr) =>
      resolve({ stdout, stderr, failure }),
    );
  });
}

describe('the same answer everywhere, at every moment (issue 21)', function () {
  this.timeout(30_000);
  const answers = {} as Record<Build, Answer[]>;
  let work: string;

  before(async () => {
    work = mkdtempSync(join(tmpdir(), 'cos-errors-same-answer-'));
    const inputs: ProbeInput[] = ROWS.map(({ body, bytes }) => ({ body, bytes: bytes === true }));
    const probe = `const answersOf = ${answersOf.toString()};\nconst INPUTS = ${JSON.stringify(inputs)};\n`;
    const esmUrl = (build: string) => JSON.stringify(pathToFileURL(projectPath('dist', build, 'index.js')).href);

    // A Mini Program loads the file its build tool copied: a CommonJS file that loads no other.
    // Copied into a folder that is CommonJS (the package's own is "type": "module"), it is required as it stands.
    mkdirSync(join(work, 'miniprogram'));
    copyFileSync(projectPath('dist', 'miniprogram', 'index.js'), join(work, 'miniprogram', 'index.js'));
    writeFileSync(join(work, 'miniprogram', 'package.json'), '{ "type": "commonjs" }\n');

    const print = (value: string) => `process.stdout.write(JSON.stringify(${value}));\n`;
    const entries: Record<'esm' | 'cjs' | 'browser' | 'miniprogram', [file: string, source: string]> = {
      esm: ['esm.mjs', `import * as api from ${esmUrl('esm')};\n${probe}${print('{ esm: answersOf(api, INPUTS) }')}`],
      cjs: [
        'cjs.cjs',
        `const api = require(${JSON.stringify(projectPath('dist', 'cjs', 'index.js'))});\n${probe}${print('{ cjs: answersOf(api, INPUTS) }')}`,
      ],
      miniprogram: [
        'miniprogram.cjs',
        `const api = require('./miniprogram/index.js');\n${probe}${print('{ miniprogram: answersOf(api, INPUTS) }')}`,
      ],
      // Every answer is computed in the turn the bundle finishes evaluating in: nothing is awaited
      // before it, so nothing loaded later can have arrived. Then, after an awaited fromResponse,
      // the same bodies once more.
      browser: [
        'browser.mjs',
        `import * as api from ${esmUrl('browser')};\n${probe}const now = answersOf(api, INPUTS);\n` +
          `await api.fromResponse(new Response(${JSON.stringify(NEEDS_PARSER_CHUNK)}, { status: 404 }));\n` +
          `const later = answersOf(api, INPUTS);\n${print('{ browser: now, browserLater: later }')}`,
      ],
    };
    const runs = await Promise.all(
      Object.values(entries).map(async ([file, source]) => {
        writeFileSync(join(work, file), source);
        return { file, run: await runChild(join(work, file), work) };
      }),
    );
    for (const { file, run } of runs) {
      if (run.failure !== null || run.stderr !== '') throw new Error(`${file} failed: ${run.failure?.message ?? ''}\n${run.stderr}`);
      Object.assign(answers, JSON.parse(run.stdout) as Partial<Record<Build, Answer[]>>);
    }
    expect(Object.keys(answers).sort()).to.deep.equal(Object.keys(BUILDS).sort());
    for (const build of Object.keys(BUILDS) as Build[]) expect(answers[build], build).to.have.length(ROWS.length);
  });

  after(() => {
    if (work !== undefined) rmSync(work, { recursive: true, force: true });
  });

  const others = (Object.keys(BUILDS) as Build[]).filter((build) => build !== 'esm');

  ROWS.forEach((entry, index) => {
    it(`${entry.name}: every build gives what Node ESM gives`, () => {
      const reference = answers.esm[index]!;
      const found = Object.fromEntries(others.map((build) => [BUILDS[build], answers[build][index]]));
      const wanted = Object.fromEntries(others.map((build) => [BUILDS[build], reference]));
      expect(found).to.deep.equal(wanted);
    });

    const expectation = entry.expect;
    if (expectation === undefined) return;
    it(`${entry.name}: every build gives what guides/response-rules.md fixes`, () => {
      const pick = (answer: Projection | Thrown, fields: Expected): unknown =>
        'threw' in answer ? answer : Object.fromEntries(Object.keys(fields).map((key) => [key, answer[key as keyof Projection]]));
      const found: Record<string, unknown> = {};
      const wanted: Record<string, unknown> = {};
      for (const build of Object.keys(BUILDS) as Build[]) {
        const answer = answers[build][index]!;
        for (const way of ['factory', 'constructed'] as const) {
          const fields = expectation[way];
          if (fields === undefined) continue;
          found[`${BUILDS[build]}, ${way}`] = pick(answer[way], fields);
          wanted[`${BUILDS[build]}, ${way}`] = fields;
        }
      }
      expect(found).to.deep.equal(wanted);
    });
  });
});
