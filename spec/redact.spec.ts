import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import type { PackageApi } from './support/builds.js';
import { BUILDS } from './support/builds.js';
import { projectPath } from './support/project.js';

// Redaction by structure, one table per rule: each row is an input, where it enters, and the
// exact text the error then shows. What is not in a credential's place comes back as written.

/** Where a row's input enters, and what the error shows of it. */
type Entry = (api: PackageApi, input: string) => string;

/** Text: a client error's message, and a service error's message field read from XML and from JSON. */
function asText(api: PackageApi, input: string): string {
  const client = new api.CosClientError(input).message;
  const escaped = input.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const xml = api
    .createServiceError({ statusCode: 403, body: `<Error><Code>AccessDenied</Code><Message>${escaped}</Message></Error>` })
    .getErrorMsg();
  const json = api.createServiceError({ statusCode: 400, body: JSON.stringify({ Code: 'InvalidArgument', Message: input }) }).getErrorMsg();
  expect([xml, json], `${input} from XML and JSON`).to.deep.equal([client, client]);
  return client;
}

/** A URL: the request URL, as `url`, in `toJSON()`, and as the resource of a HEAD 404. */
function asUrl(api: PackageApi, input: string): string {
  const error = api.createServiceError({ method: 'GET', url: input, statusCode: 403, body: '' });
  const head = api.createServiceError({ method: 'HEAD', url: input, statusCode: 404 });
  expect([error.toJSON().url, head.getResourceLocation()], input).to.deep.equal([error.url, error.url]);
  return error.url ?? '';
}

/** A header of a response (`name: value`), as the error's `headers` hold it. */
function asHeader(api: PackageApi, input: string): string {
  const colon = input.indexOf(': ');
  const name = input.slice(0, colon);
  const error = api.createServiceError({ statusCode: 403, headers: { [name]: input.slice(colon + 2) }, body: '' });
  return `${name}: ${error.headers[name.toLowerCase()] ?? '(missing)'}`;
}

/** A JSON body, as the digest holds it. */
function asJsonBody(api: PackageApi, input: string): string {
  return JSON.stringify(api.createServiceError({ statusCode: 400, body: input }).getDigestMsg());
}

const ENTRIES: Readonly<Record<string, Entry>> = {
  'URL user info': asUrl,
  'URL query': asUrl,
  'header map': asHeader,
  'header line in text': asText,
  'token in text': asText,
  'pair in text': asText,
  'encoded pair in text': asText,
  'JSON body': asJsonBody,
  text: asText,
};

/** The rows of the README's Security table: where, the example as received, and as shown. */
function securityTable(): Array<[where: string, input: string, shown: string]> {
  const readme = readFileSync(projectPath('README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Security\n'), readme.indexOf('\n## ', readme.indexOf('## Security\n') + 1));
  return section
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| where') && !line.startsWith('| ---'))
    .map((line) => {
      const cells = line.split(' | ').map((cell) => cell.replace(/^\| |\s\|$/g, '').trim());
      return [cells[0]!, cells[1]!.replace(/^`|`$/g, ''), cells[2]!.replace(/^`|`$/g, '')];
    });
}

/** The rules, each a table of rows: an input, where it enters, and what the error shows. */
const RULES: Record<string, Array<[input: string, entry: Entry, shown: string]>> = {
  'the user info of a URL, however the password looks': [
    ['https://admin:2024/pass@proxy.example.com/', asUrl, 'https://[REDACTED]@proxy.example.com/'],
    ['https://user:p@ss@host.example/k', asUrl, 'https://[REDACTED]@host.example/k'],
    ['https://ghp_token123@github.example/r', asUrl, 'https://[REDACTED]@github.example/r'],
    ['https://AKIDEXAMPLE:wJalr/K7MDENG/bPx@b.cos.ap-beijing.myqcloud.com/k', asUrl, 'https://[REDACTED]@b.cos.ap-beijing.myqcloud.com/k'],
    ['request to https://u:pa#ss@host/k failed', asText, 'request to https://[REDACTED]@host/k failed'],
    ['moved to //u:pw@h.example/x for now', asText, 'moved to //[REDACTED]@h.example/x for now'],
    ['代理地址://admin:pw@10.0.0.1:3128/', asText, '代理地址://[REDACTED]@10.0.0.1:3128/'],
    [
      'https://b.cos.ap-beijing.myqcloud.com/avatars/john@example.com.png',
      asUrl,
      'https://b.cos.ap-beijing.myqcloud.com/avatars/john@example.com.png',
    ],
    ['https://b.cos.ap-beijing.myqcloud.com/k#part', asUrl, 'https://b.cos.ap-beijing.myqcloud.com/k#part'],
    ['OGVm//YzZi+MmQ3== and bucket//key#part', asText, 'OGVm//YzZi+MmQ3== and bucket//key#part'],
  ],
  'query parameters named in the table': [
    [
      'https://h.example/k?q-sign-algorithm=sha1&q-ak=AKIDx&q-sign-time=1;2&q-signature=5e1f&versionId=v1',
      asUrl,
      'https://h.example/k?q-sign-algorithm=sha1&q-ak=[REDACTED]&q-sign-time=1;2&q-signature=[REDACTED]&versionId=v1',
    ],
    [
      'https://h.example/k?X-Amz-Credential=AKID%2F2024%2Fs3&X-Amz-Signature=ab12&X-Amz-Security-Token=t0k',
      asUrl,
      'https://h.example/k?X-Amz-Credential=[REDACTED]&X-Amz-Signature=[REDACTED]&X-Amz-Security-Token=[REDACTED]',
    ],
    ['https://h.example/k?x-cos-security-token=t0k#frag', asUrl, 'https://h.example/k?x-cos-security-token=[REDACTED]#frag'],
    ['https://h.example/k?sign=q-sign-algorithm%3Dsha1%26q-signature%3D5e1f', asUrl, 'https://h.example/k?sign=[REDACTED]'],
    ['https://a.example/?redirect=https%3A%2F%2Fuser%3Apw%40h.example', asUrl, 'https://a.example/?redirect=[REDACTED]'],
    [
      'https://h.example/?list-type=2&continuation-token=1ABC&max-keys=10',
      asUrl,
      'https://h.example/?list-type=2&continuation-token=1ABC&max-keys=10',
    ],
    [
      'https://h.example/llm/max_tokens=4096/eval.jsonl?token-count=3',
      asUrl,
      'https://h.example/llm/max_tokens=4096/eval.jsonl?token-count=3',
    ],
  ],
  'header maps: the values of headers named in the table, and only those': [
    ['Authorization: q-sign-algorithm=sha1&q-signature=5e1f', asHeader, 'Authorization: [REDACTED]'],
    ['Proxy-Authorization: Basic dXNlcjpwYXNz', asHeader, 'Proxy-Authorization: [REDACTED]'],
    ['Set-Cookie: sid=abc; Path=/', asHeader, 'Set-Cookie: [REDACTED]'],
    ['X-Amz-Security-Token: t0k', asHeader, 'X-Amz-Security-Token: [REDACTED]'],
    ['x-ci-security-token: t0k', asHeader, 'x-ci-security-token: [REDACTED]'],
    ['access-control-allow-credentials: true', asHeader, 'access-control-allow-credentials: true'],
    ['x-cos-meta-token-count: 512', asHeader, 'x-cos-meta-token-count: 512'],
    ['x-cos-meta-password-hint: ask Ann', asHeader, 'x-cos-meta-password-hint: ask Ann'],
    ['location: https://u:pw@h.example/k?q-signature=5e1f', asHeader, 'location: https://[REDACTED]@h.example/k?q-signature=[REDACTED]'],
  ],
  'header lines in text: the rest of the line': [
    ['X-Auth-Token: Bearer eyJhbGciOi.eyJzdWIi.c2ln', asText, 'X-Auth-Token: [REDACTED]'],
    ['Authorization: AWS AKIDEXAMPLE:frJIUN8DYpKDtOLCwo\nHost: b.cos', asText, 'Authorization: [REDACTED]\nHost: b.cos'],
    ['x\n  Cookie: lang=en; sid=abc', asText, 'x\n  Cookie: [REDACTED]'],
    ['Secret Key: wJalrXUt and more', asText, 'Secret Key: [REDACTED]'],
  ],
  'the token after Bearer or Basic, wherever it stands': [
    ['sent Bearer eyJhbGciOi.eyJzdWIi.c2ln to the proxy', asText, 'sent Bearer [REDACTED] to the proxy'],
    ['(Basic dXNlcjpwYXNzd29yZA==)', asText, '(Basic [REDACTED])'],
    ['headers: { X-Auth-Token: Bearer eyJhbGciOi }', asText, 'headers: { X-Auth-Token: Bearer [REDACTED] }'],
    ['Basic Settings and bearer tokens are described here', asText, 'Basic Settings and bearer tokens are described here'],
  ],
  'pairs named in the table, each ending where its structure ends': [
    ['Secret Key=wJalrXUt, region=ap-beijing', asText, 'Secret Key=[REDACTED], region=ap-beijing'],
    ['checked Access Key ID: AKIDexample and more', asText, 'checked Access Key ID: [REDACTED] and more'],
    ['COS_SECRET_KEY=wJalr; AWS_ACCESS_KEY_ID=AKIDx', asText, 'COS_SECRET_KEY=[REDACTED]; AWS_ACCESS_KEY_ID=[REDACTED]'],
    ['{"sessionToken": "t0k", "region": "ap-beijing"}', asText, '{"sessionToken": "[REDACTED]", "region": "ap-beijing"}'],
    ["{'token': 't0k'}", asText, "{'token': '[REDACTED]'}"],
    ['{"password"="hunter2"}', asText, '{"password"="[REDACTED]"}'],
    ['{\\"secretKey\\":\\"wJalr\\"}', asText, '{\\"secretKey\\":\\"[REDACTED]\\"}'],
    ['{"credentials": {"a": 1}, "b": 2}', asText, '{"credentials": [REDACTED], "b": 2}'],
    ['[password] => hunter2', asText, '[password] => [REDACTED]'],
    ['password => hunter2', asText, 'password => [REDACTED]'],
    ['user[password]=hunter2&user[name]=bob', asText, 'user[password]=[REDACTED]&user[name]=bob'],
    ['backups/password=hunter2/db.sql', asText, 'backups/password=[REDACTED]/db.sql'],
    ['token=&quot;t0k&quot;', asText, 'token=&quot;[REDACTED]&quot;'],
    ['<SecretKey>wJalr</SecretKey><Region>ap-beijing</Region>', asText, '<SecretKey>[REDACTED]</SecretKey><Region>ap-beijing</Region>'],
    [
      'AWS4-HMAC-SHA256 Credential=AKID/20240101/ap-beijing/s3/aws4_request, SignedHeaders=host, Signature=ab12',
      asText,
      'AWS4-HMAC-SHA256 Credential=[REDACTED], SignedHeaders=host, Signature=[REDACTED]',
    ],
    ['datasets/llm/max_tokens=4096/eval.jsonl', asText, 'datasets/llm/max_tokens=4096/eval.jsonl'],
    [
      'Signature expired: 1700000000 is now earlier than 1700000900',
      asText,
      'Signature expired: 1700000000 is now earlier than 1700000900',
    ],
    [
      'InvalidAccessKeyId: The access key Id you provided does not exist',
      asText,
      'InvalidAccessKeyId: The access key Id you provided does not exist',
    ],
    ['The provided token has expired. time: 12:00', asText, 'The provided token has expired. time: 12:00'],
  ],
  'pairs seen only once decoded': [
    ['expired: q-sign-algorithm%3Dsha1%26q-ak%3DAKID%26q-signature%3D5e1f', asText, 'expired: [REDACTED]'],
    ['x q-signature%253D5e1f y', asText, 'x [REDACTED] y'],
    ['q-signature\\u003d5e1f', asText, '[REDACTED]'],
    ['reports/100%25/q%3D1 and caf%C3%A9', asText, 'reports/100%25/q%3D1 and caf%C3%A9'],
  ],
  'what an outside attack found: escaped line breaks, escaped quotes, entity quotes, names after CJK text, elements with attributes': [
    [
      '{"request":"GET /k HTTP/1.1\\r\\nHost: b\\r\\nCookie: sid=hunter2xyz\\r\\nAuthorization: hunter2xyz\\r\\n"}',
      asText,
      '{"request":"GET /k HTTP/1.1\\r\\nHost: b\\r\\nCookie: [REDACTED]\\r\\nAuthorization: [REDACTED]\\r\\n"}',
    ],
    ['failed: "a\\nSecretKey=hunter2xyz"', asText, 'failed: "a\\nSecretKey=[REDACTED]"'],
    ['Authorization:\n hunter2xyz', asText, 'Authorization:\n [REDACTED]'],
    ['x-cos-security-token:\n\thunter2xyz', asText, 'x-cos-security-token:\n\t[REDACTED]'],
    ['{"password":"ab\\"hunter2xyz"}', asText, '{"password":"[REDACTED]"}'],
    ['&quot;password&quot;: &quot;hunter2xyz&quot;', asText, '&quot;password&quot;: &quot;[REDACTED]&quot;'],
    ['签名校验失败，SecretKey=hunter2xyz', asText, '签名校验失败，SecretKey=[REDACTED]'],
    ['鉴权失败（token=hunter2xyz）', asText, '鉴权失败（token=[REDACTED]）'],
    ["$password = 'hunter2xyz';", asText, "$password = '[REDACTED]';"],
    ['<Password type="plain">hunter2xyz</Password>', asText, '<Password type="plain">[REDACTED]</Password>'],
    ['<ns:SecretKey>hunter2xyz</ns:SecretKey>', asText, '<ns:SecretKey>[REDACTED]</ns:SecretKey>'],
    ['<Password><![CDATA[hunter2xyz]]></Password>', asText, '<Password><![CDATA[[REDACTED]]]></Password>'],
    ['https:\\/\\/admin:hunter2xyz@proxy.example.com\\/', asText, 'https:\\/\\/[REDACTED]@proxy.example.com\\/'],
    ['user[password][0]=hunter2xyz', asText, 'user[password][0]=[REDACTED]'],
    ['password={"a":"hunter2xyz"}', asText, 'password=[REDACTED]'],
    ['"password":\u00a0"hunter2xyz"', asText, '"password":\u00a0"[REDACTED]"'],
    [
      'http://127.0.0.1:9000/bucket/users/alice@example.com/avatar.png',
      asUrl,
      'http://127.0.0.1:9000/bucket/users/alice@example.com/avatar.png',
    ],
    [
      'https://b-125.cos.ap-guangzhou.myqcloud.com/guides/Bearer%20guide.pdf',
      asUrl,
      'https://b-125.cos.ap-guangzhou.myqcloud.com/guides/Bearer%20guide.pdf',
    ],
    ['www-authenticate: Basic realm="COS Proxy"', asHeader, 'www-authenticate: Basic realm="COS Proxy"'],
    [
      'www-authenticate: Bearer realm="example", error="invalid_token"',
      asHeader,
      'www-authenticate: Bearer realm="example", error="invalid_token"',
    ],
    ['password= (see docs)', asText, 'password= (see docs)'],
  ],
  'what a second attack found: bracketed and indexed values, long names and tags, escaped names, no-break spaces': [
    ['password=(hunter2xx)', asText, 'password=[REDACTED]'],
    ['password = (Zq9SECRETvalue', asText, 'password = [REDACTED]'],
    ['"password": (SECRET6)', asText, '"password": [REDACTED]'],
    ['password={a}Zq9SECRETvalue and more', asText, 'password=[REDACTED] and more'],
    ['password[0]=SECRET2&api_key[]=SECRET8', asText, 'password[0]=[REDACTED]&api_key[]=[REDACTED]'],
    ['https://b.example/k?q-signature[]=SECRET5', asUrl, 'https://b.example/k?q-signature[]=[REDACTED]'],
    [
      '{"spring.datasource.hikari.data-source-properties.replication.password":"hunter2xx"}',
      asText,
      '{"spring.datasource.hikari.data-source-properties.replication.password":"[REDACTED]"}',
    ],
    [
      `<SessionToken xmlns="${'https://sts.tencentcloudapi.com/'.repeat(5)}">Zq9SECRETvalue</SessionToken>`,
      asText,
      `<SessionToken xmlns="${'https://sts.tencentcloudapi.com/'.repeat(5)}">[REDACTED]</SessionToken>`,
    ],
    ['{"pass\\u0077ord":"Zq9SECRETvalue"}', asText, '{"pass\\u0077ord":"[REDACTED]"}'],
    ['Bearer\u00a0Zq9SECRETvalue', asText, 'Bearer\u00a0[REDACTED]'],
    ['Bearer abcdefghijklmnop', asText, 'Bearer [REDACTED]'],
    ['the signature: AWS4-HMAC-SHA256 is not supported', asText, 'the signature: [REDACTED] is not supported'],
    ['Failed: {"token": null}', asText, 'Failed: {"token": null}'],
  ],
  'JSON bodies: fields named in the table, at any depth': [
    ['{"Code":"AccessDenied","token":"t0k"}', asJsonBody, '{"Code":"AccessDenied","token":"[REDACTED]"}'],
    [
      '{"Code":"X","Credentials":{"TmpSecretId":"AKID","TmpSecretKey":"k","Token":"t"},"Tokens":[1]}',
      asJsonBody,
      '{"Code":"X","Credentials":"[REDACTED]","Tokens":[1]}',
    ],
    [
      '{"Code":"X","items":[{"secret_key":"k","note":"Bearer eyJhbGciOi"}]}',
      asJsonBody,
      '{"Code":"X","items":[{"secret_key":"[REDACTED]","note":"Bearer [REDACTED]"}]}',
    ],
    ['{"Code":"X","max_tokens":4096,"continuationToken":"1ABC"}', asJsonBody, '{"Code":"X","max_tokens":4096,"continuationToken":"1ABC"}'],
  ],
};

for (const { name: build, api } of BUILDS) {
  describe(`redaction by structure, in ${build}`, () => {
    it("holds every row of the README's Security table", () => {
      const rows = securityTable();
      expect(rows.length).to.be.at.least(15);
      for (const [where, input, shown] of rows) {
        const entry = ENTRIES[where];
        expect(entry, `the README's "${where}"`).to.be.a('function');
        expect(entry!(api, input), `${where}: ${input}`).to.equal(shown);
      }
    });

    for (const [rule, rows] of Object.entries(RULES)) {
      it(rule, () => {
        for (const [input, entry, shown] of rows) expect(entry(api, input), input).to.equal(shown);
      });
    }

    it('redacts once: text already shown comes back as it is, through a cause, toJSON and fromSdkError', () => {
      for (const rows of Object.values(RULES)) {
        for (const [input, entry] of rows) {
          const once = entry(api, input);
          expect(entry(api, once), once).to.equal(once);
        }
      }
      const auth = api.createServiceError({
        statusCode: 403,
        body: '<Error><Code>InvalidAccessKeyId</Code><Message>The access key Id you provided does not exist in our records.</Message></Error>',
      });
      const wrapped = new api.CosClientError('upload failed', { cause: auth });
      expect(wrapped.cause).to.equal(auth);
      expect(wrapped.toJSON().cause).to.deep.equal({ name: 'InvalidAccessKeyIdError', message: auth.message, code: 'InvalidAccessKeyId' });
      expect(auth.message).to.include('InvalidAccessKeyId: The access key Id you provided does not exist');
      expect(api.fromSdkError(auth)).to.equal(auth);
      // A service error's message folds lines and cuts long parts: what it shows is redacted as a whole.
      for (const message of [
        'Invalid token=\nexpected a value',
        'password=',
        'Check SecretKey:',
        'Authorization:\n hunter2xyz',
        `${'x'.repeat(285)} password=hunter2xyz`,
      ]) {
        const shown = api.createServiceError({ statusCode: 403, body: JSON.stringify({ Code: 'AccessDenied', Message: message }) }).message;
        expect(shown, message).not.to.include('hunter2xyz');
        expect(new api.CosClientError(shown).message, message).to.equal(shown);
      }
      const said = new api.CosClientError('InvalidAccessKeyId: [REDACTED] token=[REDACTED] https://[REDACTED]@h/');
      expect(new api.CosClientError(said.message).message).to.equal(said.message);
    });
  });
}
