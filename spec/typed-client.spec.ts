import { expect } from 'chai';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type COS from 'cos-nodejs-sdk-v5';
import { AccessDeniedError, CosError, CosServiceError, NoSuchKeyError, withTypedErrors } from 'qcloud-cos-errors';
import type { CorpusServer } from './support/corpus-server.js';
import { STAND_IN_BUCKET, startCosStandIn } from './support/cos-stand-in.js';

const Cos = createRequire(import.meta.url)('cos-nodejs-sdk-v5') as typeof COS;
const BUCKET = { Bucket: STAND_IN_BUCKET, Region: 'ap-beijing' };

describe('withTypedErrors covers every callback of the real cos-nodejs-sdk-v5 that receives an error', function () {
  this.timeout(20_000);
  let standIn: CorpusServer;
  let dir: string;
  let file: string;
  let typed: ReturnType<typeof withTypedErrors<COS>>;

  before(async () => {
    standIn = await startCosStandIn();
    dir = mkdtempSync(join(tmpdir(), 'cos-errors-upload-'));
    file = join(dir, 'small.txt');
    writeFileSync(file, 'hello');
    const cos = new Cos({
      SecretId: 'AKIDexampleSecretIdForLoopbackTests',
      SecretKey: 'exampleSecretKeyForLoopbackTests',
      Domain: standIn.origin.replace('http://', ''),
      Protocol: 'http:',
      MaxRetries: 0,
    } as COS.COSOptions);
    typed = withTypedErrors(cos);
  });
  after(async () => {
    rmSync(dir, { recursive: true, force: true });
    await standIn.close();
  });

  it("the callback form, typed: err is this package's error or null, no guard needed", async () => {
    const code = await new Promise<string | undefined>((resolve) => {
      typed.getObject({ ...BUCKET, Key: 'missing' }, (err, data) => {
        void data;
        resolve(err instanceof NoSuchKeyError ? err.getErrorCode() : undefined);
      });
    });
    expect(code).to.equal('NoSuchKey');
  });

  it("uploadFile's onFileFinish and callback", async () => {
    const seen = await new Promise<{ finish: unknown; callback: unknown }>((resolve) => {
      let finish: unknown;
      typed.uploadFile(
        {
          ...BUCKET,
          Key: 'denied',
          FilePath: file,
          onFileFinish: (err) => {
            finish = err;
          },
        },
        (err) => resolve({ finish, callback: err }),
      );
    });
    expect(seen.finish).to.be.instanceOf(AccessDeniedError);
    expect(seen.callback).to.be.instanceOf(AccessDeniedError);
  });

  it("uploadFiles' onFileFinish, each file's own, and the per-file results", async () => {
    const finished: unknown[] = [];
    const perFile: unknown[] = [];
    const data = await typed.uploadFiles({
      files: [
        { ...BUCKET, Key: 'denied', FilePath: file, onFileFinish: (err) => perFile.push(err) },
        { ...BUCKET, Key: 'ok', FilePath: file },
      ],
      onFileFinish: (err) => finished.push(err),
    });
    expect(finished.filter((err) => err instanceof AccessDeniedError)).to.have.length(1);
    expect(finished.filter((err) => err === null)).to.have.length(1);
    expect(perFile).to.have.length(1);
    expect(perFile[0]).to.be.instanceOf(AccessDeniedError);
    const denied = data.files.find((entry) => entry.options.Key === 'denied');
    expect(denied?.error).to.be.instanceOf(AccessDeniedError);
    expect(denied?.error instanceof CosServiceError ? denied.error.getErrorCode() : undefined).to.equal('AccessDenied');
  });

  it("sliceUploadFile: the promise rejects with this package's error, and getTaskList carries it", async () => {
    const error = await typed.sliceUploadFile({ ...BUCKET, Key: 'denied', FilePath: file }).then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(error).to.be.instanceOf(AccessDeniedError);
    const tasks = typed.getTaskList();
    const failed = tasks.filter((task) => task.state === 'error');
    for (const task of failed) expect(task.error).to.be.instanceOf(CosError);
  });

  it("sliceCopyFile: the callback receives this package's error", async () => {
    const error = await new Promise<unknown>((resolve) => {
      typed.sliceCopyFile({ ...BUCKET, Key: 'copy-target', CopySource: `${STAND_IN_BUCKET}.cos.ap-beijing.myqcloud.com/missing` }, (err) =>
        resolve(err),
      );
    });
    expect(error).to.be.instanceOf(CosError);
  });

  it("getObjectStream: the stream's error events carry this package's error", async () => {
    const error = await new Promise<unknown>((resolve) => {
      const stream = typed.getObjectStream({ ...BUCKET, Key: 'missing' });
      stream.on('error', resolve);
    });
    expect(error).to.be.instanceOf(NoSuchKeyError);
    expect((error as CosServiceError).getStatusCode()).to.equal(404);
  });
});
