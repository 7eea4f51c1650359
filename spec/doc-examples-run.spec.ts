import { expect } from 'chai';
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import { join } from 'node:path';
import ts from 'typescript';
import { documentBlocks } from './support/doc-blocks.js';
import { projectPath, projectRoot } from './support/project.js';

/** Runs `node ...args` without blocking this process, whose stand-in must answer meanwhile. */
function runNodeAsync(args: readonly string[], env: NodeJS.ProcessEnv): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, args, { cwd: projectRoot, env, timeout: 60_000, encoding: 'utf8' }, (error, stdout, stderr) => {
      resolve({ status: error === null ? 0 : typeof error.code === 'number' ? error.code : null, stdout, stderr });
    });
  });
}

// Every TypeScript block of the READMEs and the guides runs as written, each as a module of its
// own. Where a block calls COS (the COS SDK, the S3 client, axios, fetch, node:https), the call
// reaches a COS stand-in on 127.0.0.1: the child's name lookups give 127.0.0.1 for COS's
// domains, and the stand-in answers HTTPS on port 443 with a test certificate for them.

const PRELOAD = `import dns from 'node:dns';
const lookup = dns.lookup;
// COS's domains are the stand-in's; every other name is looked up as usual.
dns.lookup = function (host, options, callback) {
  if (typeof options === 'function') [callback, options] = [options, {}];
  if (typeof options === 'number') options = { family: options };
  if (!/(^|\\.)myqcloud\\.com$/.test(host)) return lookup.call(this, host, options, callback);
  return options?.all ? callback(null, [{ address: '127.0.0.1', family: 4 }]) : callback(null, '127.0.0.1', 4);
};
`;

/** What the stand-in answers: NoSuchKey for the key `missing`, else the object `hello`, a stored upload, or a copy's result. */
let requestsServed = 0;

function standIn(): Server {
  const tls = {
    key: readFileSync(projectPath('spec', 'fixtures', 'tls', 'key.pem')),
    cert: readFileSync(projectPath('spec', 'fixtures', 'tls', 'cert.pem')),
  };
  return createServer(tls, (request, response) => {
    requestsServed++;
    request.resume();
    const ids = { 'x-cos-request-id': 'NjQ0ZmM0ZDhfZG9jcw', 'x-cos-trace-id': 'OGVmYzZiMmQzZG9jcw' };
    if ((request.url ?? '').split('?')[0]?.endsWith('/missing')) {
      response.writeHead(404, { ...ids, 'content-type': 'application/xml' });
      response.end(
        request.method === 'HEAD' ? undefined : '<Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message></Error>',
      );
      return;
    }
    if (request.headers['x-cos-copy-source'] !== undefined) {
      response
        .writeHead(200, { ...ids, 'content-type': 'application/xml' })
        .end('<CopyObjectResult><ETag>"5d41402abc4b2a76b9719d911017c592"</ETag></CopyObjectResult>');
      return;
    }
    const body = request.method === 'GET' ? 'hello' : '';
    response.writeHead(200, {
      ...ids,
      'content-type': 'text/plain',
      etag: '"5d41402abc4b2a76b9719d911017c592"',
      'content-length': String(request.method === 'HEAD' ? 5 : body.length),
    });
    response.end(body);
  });
}

describe('every TypeScript block of the READMEs and the guides runs as written, against a COS stand-in', function () {
  this.timeout(120_000);
  const blocks = documentBlocks();
  const dir = projectPath('build', 'doc-runs');
  let server: Server;

  before(async () => {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'preload.mjs'), PRELOAD);
    server = standIn();
    // Clients keep connections open for reuse: closed soon, a block's process ends when it is done.
    server.keepAliveTimeout = 100;
    await new Promise<void>((resolve, reject) => server.once('error', reject).listen(443, '127.0.0.1', resolve));
  });
  after(async () => {
    // The blocks that call COS did reach the stand-in: each of those ten makes a request or more.
    expect(requestsServed).to.be.at.least(10);
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('finds the blocks, and none of them leans on a name it does not declare', () => {
    expect(blocks.length).to.be.at.least(25);
  });

  blocks.forEach((block, index) => {
    const first = block.code.split('\n').find((line) => line.trim() !== '' && !line.startsWith('import')) ?? '';
    it(`${block.file} #${index}: ${first.slice(0, 60)}`, async () => {
      const file = join(dir, `block-${index}.mjs`);
      writeFileSync(
        file,
        `// ${block.file}\n${ts.transpileModule(block.code, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: false } }).outputText}`,
      );
      // The reader's own credentials, as the blocks read them; the stand-in takes any.
      const env = {
        ...process.env,
        COS_SECRET_ID: 'AKIDEXAMPLE',
        COS_SECRET_KEY: 'EXAMPLEKEY',
        NODE_TLS_REJECT_UNAUTHORIZED: '0',
        NODE_NO_WARNINGS: '1',
        AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE: '1',
      };
      const run = await runNodeAsync(['--import', join(dir, 'preload.mjs'), file], env);
      expect(run.status, `${run.stdout}\n${run.stderr}`).to.equal(0);
      expect(run.stderr, run.stderr).not.to.match(/Error|ReferenceError|TypeError/);
    });
  });
});
