import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import type { CosError } from 'qcloud-cos-errors';
import { BUILDS } from './support/builds.js';
import { catalogEntries } from './support/catalog.js';
import { projectPath, projectRoot } from './support/project.js';
import { runNode } from './support/run-node.js';
import { surfacesOf } from './support/surfaces.js';

// A secret planted anywhere a caller, COS or an SDK can put text, in every form a credential
// takes, must reach no surface of the error but getOriginMsg().

const secretArbitrary = fc.stringMatching(/^[A-Za-z0-9]{10,16}$/).map((tail) => `SEKRET${tail}`);

/** The structural forms a credential is written in: under a name from the table, as user info, or after Bearer or Basic; each holds the secret once or more. */
const FORMS: ReadonlyArray<(s: string) => string> = [
  // The user info of a URL, however the password looks; absolute, scheme-relative, in text.
  (s) => `https://user:${s}@examplebucket-1250000000.cos.ap-beijing.myqcloud.com/key`,
  (s) => `https://user:p@${s}@host/k`,
  (s) => `https://${s}@host/k`,
  (s) => `HTTPS://user:${s}@HOST/k`,
  (s) => `https://admin:2024/${s}@proxy.example.com/`,
  (s) => `https://AKIDEXAMPLE:wJalr/${s}@examplebucket-1250000000.cos.ap-beijing.myqcloud.com/k`,
  (s) => `https://user:pa#${s}@host/k`,
  (s) => `ftp://u:${s}@h/`,
  (s) => `https://u:${s}@h:8080/k?x=1#f`,
  (s) => `//user:${s}@examplebucket-1250000000.cos.ap-beijing.myqcloud.com/key`,
  (s) => `moved to //u:${s}@h/x#f for now`,
  (s) => `redirect=//u:${s}@h/`,
  (s) => `代理地址://admin:${s}@10.0.0.1:3128/`,
  (s) => `request to https://u:${s}@h/k failed`,
  (s) => `see "https://u:${s}@h/k" and (https://v:${s}@h/)`,
  (s) => `Location:https://user:${s}@h/`,
  // Query parameters named in the table.
  (s) => `https://h/k?q-sign-algorithm=sha1&q-ak=${s}&q-sign-time=1;2&q-signature=${s}&versionId=1`,
  (s) => `https://h/k?x-cos-security-token=${s}`,
  (s) => `https://h/k?X-Amz-Signature=${s}&X-Amz-Credential=${s}%2F20240101%2Fap-beijing%2Fs3%2Faws4_request&X-Amz-Security-Token=${s}`,
  (s) => `https://h/k?sign=${encodeURIComponent(`q-sign-algorithm=sha1&q-signature=${s}`)}`,
  (s) => `https://h/k?Q-SIGNATURE=${s}`,
  (s) => `https://h/k?token=${s}#frag`,
  (s) => `examplebucket-1250000000.cos.ap-beijing.myqcloud.com/key?q-signature=${s}`,
  (s) => `https://a.com/?redirect=${encodeURIComponent(`https://user:${s}@h.com`)}`,
  (s) => `<https://h/k?X-Amz-Signature=${s}>`,
  // Header lines in text: the rest of the line.
  (s) => `Authorization: Bearer ${s}`,
  (s) => `Authorization: AWS AKIDEXAMPLE:${s}`,
  (s) => `Authorization: q-sign-algorithm=sha1&q-ak=${s}&q-signature=${s}`,
  (s) => `Cookie: lang=en; sid=${s}`,
  (s) => `Set-Cookie: sid=${s}; Path=/`,
  (s) => `X-Cos-Security-Token:${s}`,
  (s) => `Proxy-Authorization: Basic ${s}`,
  (s) => `GET /k HTTP/1.1\nHost: h\nx-auth-token: ${s} more\n`,
  // Tokens after Bearer or Basic, wherever they stand.
  (s) => `sent Bearer ${s} to the proxy`,
  (s) => `(Basic ${s}==)`,
  (s) => `headers { X-Auth-Token: Bearer ${s} }`,
  (s) => `request failed, Authorization: Bearer ${s}, retry`,
  // Pairs named in the table, in every written form.
  (s) => `SecretKey=${s}`,
  (s) => `secret_key=${s}`,
  (s) => `Secret Key=${s}`,
  (s) => `SECRET-KEY: ${s}`,
  (s) => `checked Access Key ID: ${s} and more`,
  (s) => `SecretId=${s}&Region=ap-beijing`,
  (s) => `sessionToken=${s}`,
  (s) => `session_token: ${s}`,
  (s) => `COS_SECRET_KEY=${s}; AWS_SECRET_ACCESS_KEY=${s}`,
  (s) => `x-cos-security-token=${s}`,
  (s) => `token="${s}"`,
  (s) => `password='${s} more'`,
  (s) => `Signature= ${s}`,
  (s) => `q-signature = ${s}`,
  (s) => `"secretKey" : "${s}"`,
  (s) => `{"Secret Key": "${s}"}`,
  (s) => `{\\"secretKey\\":\\"${s}\\"}`,
  (s) => `{'token': '${s}'}`,
  (s) => `{"password"="${s}"}`,
  (s) => `{"credentials": {"id": "${s}"}}`,
  (s) => `[password] => ${s}`,
  (s) => `password => ${s}`,
  (s) => `user[password]=${s}&user[name]=bob`,
  (s) => `x[SecretKey]=${s}`,
  (s) => `backups/password=${s}/db.sql`,
  (s) => `token=&quot;${s}&quot;`,
  (s) => `<SecretKey>${s}</SecretKey>`,
  (s) => `AWS4-HMAC-SHA256 Credential=${s}/20240101/ap-beijing/s3/aws4_request, SignedHeaders=host;x-amz-date, Signature=${s}`,
  (s) => `q-sign-algorithm=sha1&q-ak=${s}&q-sign-time=1700000000;1700003600&q-header-list=host&q-url-param-list=&q-signature=${s}`,
  // Pairs seen only once decoded.
  (s) => `expired: q-sign-algorithm%3Dsha1%26q-ak%3DAKID%26q-signature%3D${s}`,
  (s) => `x q-signature%253D${s} y`,
  (s) => `q-signature\\u003d${s}`,
  (s) => `/k?redirect=${encodeURIComponent(`https://u:${s}@h/`)}`,
];

const formArbitrary = fc.nat(FORMS.length - 1).map((index) => FORMS[index]!);

/** Header names whose whole value is a credential, spelled as callers and servers spell them. */
const SECRET_HEADER_NAMES = [
  'authorization',
  'Authorization',
  'authorization ',
  ' Proxy-Authorization',
  'cookie',
  'Set-Cookie',
  'x-cos-security-token',
  'X-Amz-Security-Token',
  'x-ci-security-token',
];

function xmlDocument(fields: Record<string, string>): string {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<?xml version='1.0' encoding='utf-8' ?>\n<Error>${Object.entries(fields)
    .map(([name, value]) => `<${name}>${escape(value)}</${name}>`)
    .join('')}</Error>`;
}

const FIELD_NAMES = ['Code', 'Message', 'Resource', 'RequestId', 'TraceId'];

/** The five error fields, `planted` in the one chosen, ordinary text elsewhere. */
function fieldsWith(planted: string, at: number): Record<string, string> {
  const ordinary = [
    'NoSuchKey',
    'The specified key does not exist.',
    'examplebucket-1250000000.cos.ap-beijing.myqcloud.com/key',
    'NjQ0ZmM0ZDhf',
    'OGVmYzZiMmQ3',
  ];
  return Object.fromEntries(FIELD_NAMES.map((name, index) => [name, index === at ? planted : ordinary[index]!]));
}

function expectNoSecret(error: CosError, secret: string): void {
  expect(surfacesOf(error), secret).not.to.include(secret);
}

for (const { name: build, api } of BUILDS) {
  describe(`no planted secret reaches any surface but getOriginMsg() (fast-check), in ${build}`, () => {
    const { CosClientError, CosServiceError, createServiceError, findServiceError, fromResponse, fromSdkError } = api;
    it('through createServiceError: URL, any header, every XML and JSON field, an error-code header body, a HEAD 404', () => {
      fc.assert(
        fc.property(secretArbitrary, formArbitrary, fc.nat(4), fc.constantFrom(...SECRET_HEADER_NAMES), (secret, form, at, headerName) => {
          const planted = form(secret);
          const headers = {
            [headerName]: `Bearer ${secret}`,
            location: planted,
            'x-custom': planted,
            'x-cos-request-id': at === 3 ? planted : 'r-1',
          };
          const fields = fieldsWith(planted, at);
          const containers = { sessionToken: [secret], password: { value: secret }, credentials: { id: secret } };
          for (const body of [
            xmlDocument(fields),
            JSON.stringify(Object.fromEntries(Object.entries(fields).map(([k, v]) => [k.toLowerCase(), v]))),
            JSON.stringify({ Error: fields, token: secret, nested: [{ signature: secret, note: planted }], ...containers }),
            planted,
          ]) {
            expectNoSecret(createServiceError({ method: 'GET', url: planted, statusCode: 403, headers, body }), secret);
          }
          expectNoSecret(
            createServiceError({
              method: 'POST',
              url: planted,
              statusCode: 400,
              headers: { ...headers, 'x-cos-error-code': 'InvalidArgument' },
              body: planted,
            }),
            secret,
          );
          expectNoSecret(
            createServiceError({
              method: 'POST',
              url: planted,
              statusCode: 400,
              headers: { ...headers, 'x-cos-error-code': 'ValidationException' },
              body: JSON.stringify({ message: planted, request_id: planted }),
            }),
            secret,
          );
          expectNoSecret(createServiceError({ method: 'HEAD', url: planted, statusCode: 404, headers }), secret);
          expectNoSecret(createServiceError({ method: 'GET', url: planted, statusCode: 500, headers, body: '' }), secret);
          expectNoSecret(findServiceError({ method: 'PUT', url: planted, statusCode: 200, headers, body: xmlDocument(fields) })!, secret);
        }),
        { numRuns: 300 },
      );
    });

    it('through the Python-style constructor: a body, a digest object, headers, URL', () => {
      fc.assert(
        fc.property(secretArbitrary, formArbitrary, fc.nat(4), (secret, form, at) => {
          const planted = form(secret);
          const fields = fieldsWith(planted, at);
          const details = { headers: { authorization: secret, location: planted }, url: planted, cause: new Error(planted) };
          expectNoSecret(new CosServiceError('GET', xmlDocument(fields), 403, details), secret);
          const digest = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k.toLowerCase(), v]));
          expectNoSecret(new CosServiceError('GET', { ...digest, signature: secret }, 403, details), secret);
        }),
        { numRuns: 300 },
      );
    });

    it("through fromSdkError: every field of the COS SDKs' errors, their messages, URLs and headers", () => {
      fc.assert(
        fc.property(secretArbitrary, formArbitrary, fc.nat(4), (secret, form, at) => {
          const planted = form(secret);
          const fields = fieldsWith(planted, at);
          const service = Object.assign(new Error(planted), {
            code: fields.Code,
            statusCode: 403,
            headers: { authorization: secret, location: planted },
            url: planted,
            method: 'GET',
            error: fields,
            RequestId: planted,
          });
          expectNoSecret(fromSdkError(service), secret);
          expectNoSecret(
            fromSdkError({ statusCode: 404, headers: { 'x-cos-request-id': planted }, url: planted, method: 'HEAD', error: {} }),
            secret,
          );
          expectNoSecret(
            fromSdkError(Object.assign(new Error(`connect ECONNREFUSED ${planted}`), { code: 'ECONNREFUSED', url: planted })),
            secret,
          );
          expectNoSecret(fromSdkError({ error: planted, url: planted, headers: {} }), secret);
        }),
        { numRuns: 300 },
      );
    });

    it('through client errors: the message and the cause', () => {
      fc.assert(
        fc.property(secretArbitrary, formArbitrary, (secret, form) => {
          const planted = form(secret);
          const cause = Object.assign(new Error(planted), { code: planted, name: planted });
          expectNoSecret(new CosClientError(planted, { kind: 'network', cause }), secret);
          expectNoSecret(new CosClientError(`failed: ${planted}`, { cause: planted }), secret);
        }),
        { numRuns: 300 },
      );
    });

    it('through fromResponse: a fetch Response with headers and a body, and the URL given', async () => {
      await fc.assert(
        fc.asyncProperty(secretArbitrary, formArbitrary, fc.nat(4), async (secret, form, at) => {
          const planted = form(secret);
          // A header value is bytes: text past Latin-1 cannot be one.
          const location = planted.trim().replace(/[\r\n]/g, '');
          const headers: Record<string, string> = /^[\x00-\xff]*$/.test(location)
            ? { 'x-cos-security-token': secret, location }
            : { 'x-cos-security-token': secret };
          const response = new Response(xmlDocument(fieldsWith(planted, at)), { status: 403, headers });
          expectNoSecret(await fromResponse(response, { url: planted }), secret);
        }),
        { numRuns: 200 },
      );
    });

    it('through fromSdkError for the AWS S3 client, axios (with and without an answer) and fetch', () => {
      fc.assert(
        fc.property(secretArbitrary, formArbitrary, fc.nat(4), (secret, form, at) => {
          const planted = form(secret);
          const body = xmlDocument(fieldsWith(planted, at));
          const aws = Object.assign(new Error(planted), {
            name: 'AccessDenied',
            Code: 'AccessDenied',
            $fault: 'client',
            $metadata: { httpStatusCode: 403, requestId: planted },
            $response: { statusCode: 403, headers: { authorization: secret, 'x-custom': planted } },
            $responseBodyText: body,
          });
          expectNoSecret(fromSdkError(aws), secret);
          const config = {
            method: 'get',
            url: planted,
            headers: { Authorization: `q-sign-algorithm=sha1&q-signature=${secret}`, 'x-cos-security-token': secret },
          };
          const axiosError = Object.assign(new Error(planted), {
            name: 'AxiosError',
            isAxiosError: true,
            code: 'ERR_BAD_REQUEST',
            config,
            response: { status: 403, headers: { 'x-custom': planted }, data: body },
          });
          expectNoSecret(fromSdkError(axiosError), secret);
          expectNoSecret(
            fromSdkError(Object.assign(new Error(planted), { name: 'AxiosError', isAxiosError: true, code: 'ECONNREFUSED', config })),
            secret,
          );
          const fetchFailure = new TypeError('fetch failed', {
            cause: Object.assign(new Error(`connect ECONNREFUSED ${planted}`), { code: 'ECONNREFUSED', syscall: planted }),
          });
          expectNoSecret(fromSdkError(fetchFailure), secret);
        }),
        { numRuns: 200 },
      );
    });

    it('through withTypedErrors: a rejected promise and a callback', async () => {
      await fc.assert(
        fc.asyncProperty(secretArbitrary, formArbitrary, fc.nat(4), async (secret, form, at) => {
          const planted = form(secret);
          const sdkError = Object.assign(new Error(planted), {
            code: 'AccessDenied',
            statusCode: 403,
            headers: { authorization: secret, location: planted },
            url: planted,
            error: fieldsWith(planted, at),
          });
          class FakeCos {
            getObject(_params: object, callback?: (error: unknown) => void): Promise<unknown> | undefined {
              if (callback === undefined) return Promise.reject(sdkError);
              callback(sdkError);
              return undefined;
            }
          }
          const typed = api.withTypedErrors(new FakeCos());
          expectNoSecret(
            await (typed.getObject({}) as Promise<unknown>).then(
              () => expect.fail('resolved'),
              (error: CosError) => error,
            ),
            secret,
          );
          let calledBack: CosError | undefined;
          typed.getObject({}, (error: unknown) => {
            calledBack = error as CosError;
          });
          expectNoSecret(calledBack!, secret);
        }),
        { numRuns: 100 },
      );
    });
  });
}

describe('no planted secret reaches what the command line prints', function () {
  this.timeout(120_000);
  const command = projectPath(
    (JSON.parse(readFileSync(projectPath('package.json'), 'utf8')) as { bin: Record<string, string> }).bin['cos-errors']!,
  );
  it('decode, as a table and as JSON, with every form in the fields and a header', () => {
    const secret = 'SEKRETcli0123456789';
    for (let first = 0; first < FORMS.length; first += 4) {
      const planted = FORMS.slice(first, first + 4).map((form) => form(secret));
      const body = xmlDocument({
        Code: 'AccessDenied',
        Message: planted[0]!,
        Resource: planted[1] ?? 'r',
        RequestId: planted[2] ?? 'q',
        TraceId: planted[3] ?? 't',
      });
      const headers = ['--header', `authorization: ${secret}`, '--header', `x-custom: ${planted[0]!.replace(/[\r\n]/g, ' ')}`];
      for (const json of [[], ['--json']]) {
        const run = runNode([command, 'decode', '-', '--status', '403', ...headers, ...json], projectRoot, body);
        expect(run.status, run.stderr).to.equal(0);
        expect(`${run.stdout}${run.stderr}`, planted.join(' ; ')).not.to.include(secret);
      }
    }
  });
});

// Secret-free COS text: catalog descriptions, messages about keys, tokens and signatures, object
// keys holding `token`, `password`, `key`, `=` and `#`, Chinese. Nothing in it stands where a
// credential stands, so every character comes back as written.
const HONEST_MESSAGES = [
  ...catalogEntries.flatMap((entry) => [
    entry.description,
    entry.descriptionZh,
    ...(entry.hint === undefined ? [] : [entry.hint.en, entry.hint.zh]),
  ]),
  'The request signature we calculated does not match the signature you provided. Check your key and signing method.',
  'The provided token has expired.',
  'The security token included in the request is invalid.',
  'Signature expired: 1700000000 is now earlier than 1700000900 (1700000100 - 800)',
  'The Access Key Id you provided does not exist in our records.',
  'InvalidAccessKeyId: The access key Id you provided does not exist',
  'The continuation token provided is incorrect',
  'Basic Settings are off; a bearer token is missing',
  'time: 12:00, retry after: 30s',
  'Token expired at: 2024-01-01T00:00:00Z',
  'key photos/a.jpg is 5 GB; the limit is 5 GB',
  '指定的键不存在。',
  '签名不匹配：请检查密钥和签名方法',
  '访问密钥 ID 不存在，令牌已过期',
];
const HONEST_KEYS = [
  'reports/token-count=512/part-0001.parquet',
  'datasets/llm/max_tokens=4096/eval.jsonl',
  'users/password-reset/template.html',
  'keys/key=value/a#b.txt',
  'secret-santa/2024/名单.xlsx',
  'photos/2024#1/IMG_0001.JPG',
  'a/b=c/d#e',
  '我的文件/密码重置.txt',
  'tokens/passwords.txt',
  'backup/access-key-rotation.md',
  'avatars/john@example.com.png',
  'OGVm//YzZi+MmQ3==',
];
const honestText = fc
  .array(fc.constantFrom(...HONEST_MESSAGES, ...HONEST_KEYS), { minLength: 1, maxLength: 3 })
  .chain((parts) => fc.constantFrom(' ', '\n', '/', '; ').map((glue) => parts.join(glue)));

for (const { name: build, api } of BUILDS) {
  describe(`secret-free COS text comes back exactly as written (fast-check), in ${build}`, () => {
    const { CosClientError, createServiceError, fromSdkError } = api;
    it('in messages, XML and JSON fields, URLs, header values and SDK errors', () => {
      fc.assert(
        fc.property(honestText, fc.constantFrom(...HONEST_KEYS), (text, key) => {
          expect(new CosClientError(text).message).to.equal(text);
          const xml = createServiceError({
            statusCode: 403,
            body: xmlDocument({ Code: 'AccessDenied', Message: text, Resource: text, RequestId: 'r-1' }),
          });
          expect([xml.getErrorMsg(), xml.getResourceLocation()]).to.deep.equal([text, text]);
          const json = createServiceError({
            statusCode: 400,
            body: JSON.stringify({ Code: 'InvalidArgument', Message: text, max_tokens: 4096, continuationToken: key }),
          });
          expect(json.getDigestMsg()).to.deep.equal({ Code: 'InvalidArgument', Message: text, max_tokens: 4096, continuationToken: key });
          const url = `https://examplebucket-1250000000.cos.ap-beijing.myqcloud.com/${key}?versionId=v1&continuation-token=1ABC`;
          const headers = {
            'x-cos-meta-note': text.replace(/\n/g, ' '),
            'access-control-allow-credentials': 'true',
            'x-cos-meta-token-count': '512',
            'content-disposition': 'attachment; filename="token.txt"',
          };
          const head = createServiceError({ method: 'HEAD', url, statusCode: 404, headers });
          expect([head.url, head.getResourceLocation()]).to.deep.equal([url, url]);
          expect(head.headers).to.deep.equal(headers);
          const sdk = fromSdkError(
            Object.assign(new Error(text), {
              code: 'AccessDenied',
              statusCode: 403,
              url,
              error: { Code: 'AccessDenied', Message: text, Resource: key },
            }),
          ) as typeof xml;
          expect([sdk.url, sdk.getErrorMsg(), sdk.getResourceLocation()]).to.deep.equal([url, text, key]);
        }),
        { numRuns: 300 },
      );
    });
  });
}
