import { expect } from 'chai';
import { mkdirSync, writeFileSync } from 'node:fs';
import { projectPath, projectRoot } from './support/project.js';
import { runNode } from './support/run-node.js';

// Node's report of an uncaught error or rejection ignores custom inspect functions and prints
// `[cause]` with its own properties: the real report, in a child process, must hold no
// credential of the request, while the original axios error stays reachable.

const PLANTED = ['AKIDPLANTED1', 'SIGPLANTED2', 'SIGPLANTED3', 'TOKENPLANTED4'];

const SCRIPT = `
import { createServer } from 'node:http';
import { inspect } from 'node:util';
import axios from 'axios';
import { fromSdkError } from 'qcloud-cos-errors';

const [how, answer] = process.argv.slice(2);
const server = createServer((request, response) => {
  response.writeHead(403, { 'content-type': 'application/xml', 'x-cos-request-id': 'req-crash' });
  response.end('<Error><Code>AccessDenied</Code><Message>Access Denied.</Message></Error>');
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const port = server.address().port;
if (answer === 'refused') await new Promise((resolve) => server.close(resolve));
const url = 'http://127.0.0.1:' + port + '/key?q-sign-algorithm=sha1&q-ak=AKIDPLANTED1&q-signature=SIGPLANTED2';
try {
  await axios.get(url, { headers: { Authorization: 'q-sign-algorithm=sha1&q-ak=AKIDPLANTED1&q-signature=SIGPLANTED3', 'x-cos-security-token': 'TOKENPLANTED4' } });
} catch (axiosError) {
  server.close();
  const error = fromSdkError(axiosError);
  console.log('original kept:', error.originalCause === axiosError, 'config kept:', error.originalCause.config.headers['x-cos-security-token'] === 'TOKENPLANTED4');
  console.error(error);
  console.log(inspect(error, { depth: Infinity, showHidden: true }));
  console.log(inspect(error, { depth: Infinity, showHidden: true, customInspect: false }));
  console.log(JSON.stringify(error));
  if (how === 'throw') setImmediate(() => { throw error; });
  else Promise.reject(error);
}
`;

describe("Node's report of an uncaught error from fromSdkError(axiosError)", function () {
  this.timeout(60_000);
  let script: string;
  before(() => {
    const dir = projectPath('build', 'crash-report');
    mkdirSync(dir, { recursive: true });
    script = `${dir}/crash.mjs`;
    writeFileSync(script, SCRIPT);
  });

  for (const how of ['throw', 'reject']) {
    for (const answer of ['403', 'refused']) {
      it(`${how === 'throw' ? 'thrown' : 'rejected'}, ${answer === '403' ? 'after a 403 answer' : 'on a refused connection'}: no credential, the original still reachable`, () => {
        const run = runNode([script, how, answer], projectRoot);
        const printed = `${run.stdout}\n${run.stderr}`;
        expect(run.status, printed).to.equal(1);
        expect(run.stdout).to.include('original kept: true config kept: true');
        expect(run.stderr).to.include(answer === '403' ? 'AccessDeniedError' : 'CosClientError');
        // The stand-in for the axios error: its name, message and code, none of its config.
        expect(run.stderr).to.match(
          answer === '403'
            ? /\[cause\]: Error \[AxiosError\]: Request failed with status code 403/
            : /\[cause\]: Error: connect ECONNREFUSED/,
        );
        expect(run.stderr).to.include(answer === '403' ? 'status: 403' : "code: 'ECONNREFUSED'");
        expect(run.stderr).not.to.match(/config|headers: \{\s*Authorization|x-cos-security-token/i);
        for (const secret of PLANTED) expect(printed, secret).not.to.include(secret);
      });
    }
  }
});
