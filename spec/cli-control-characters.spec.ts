import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { projectPath, projectRoot } from './support/project.js';
import { runNode } from './support/run-node.js';

// A response can carry any character in its fields. What `decode` writes to a terminal holds
// none of them as itself: no newline that forges a row, no ESC that drives the terminal.

const command = projectPath(
  (JSON.parse(readFileSync(projectPath('package.json'), 'utf8')) as { bin: Record<string, string> }).bin['cos-errors']!,
);

// Every C0 control but the newline that ends a line of output, DEL, the C1 controls, and the
// characters that move text around (line separators, bidi overrides).
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

const FORGED = 'Access Denied.&#10;request id    FORGED-ID&#13;\u001b]0;pwned\u0007\u001b[31mred\u001b[0m\u009b2J\u202eevil';
const BODY = `<Error><Code>AccessDenied</Code><Message>${FORGED}</Message><Resource>b/k&#10;status 200</Resource><RequestId>REAL-ID</RequestId></Error>`;

describe('cos-errors decode writes no control character that came from a response', () => {
  it('as a table: each field on its one row, its control characters escaped', () => {
    const run = runNode([command, 'decode', '-', '--status', '403'], projectRoot, BODY);
    expect(run.status, run.stderr).to.equal(0);
    expect(run.stdout).not.to.match(CONTROL);
    const rows = run.stdout.trimEnd().split('\n');
    expect(rows.filter((row) => row.startsWith('request id'))).to.deep.equal(['request id  REAL-ID']);
    expect(rows.find((row) => row.startsWith('message'))).to.equal(
      'message     Access Denied.\\nrequest id    FORGED-ID\\r\\u001b]0;pwned\\u0007\\u001b[31mred\\u001b[0m\\u009b2J\\u202eevil',
    );
    expect(rows.find((row) => row.startsWith('resource'))).to.equal('resource    b/k\\nstatus 200');
  });

  it('as JSON: exact JSON, every such character an escape', () => {
    const run = runNode([command, 'decode', '-', '--status', '403', '--json'], projectRoot, BODY);
    expect(run.status, run.stderr).to.equal(0);
    expect(run.stdout.replace(/\n/g, '')).not.to.match(CONTROL);
    const facts = JSON.parse(run.stdout) as { errorMsg: string; requestId: string };
    expect(facts.errorMsg).to.equal(FORGED.replace('&#10;', '\n').replace('&#13;', '\r'));
    expect(facts.requestId).to.equal('REAL-ID');
  });
});
