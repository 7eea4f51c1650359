import { expect } from 'chai';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esmCopy from 'qcloud-cos-errors';
import { errorDocument } from './support/catalog.js';
import { projectPath } from './support/project.js';

type Package = typeof esmCopy;

const CLASSES = ['CosError', 'CosServiceError', 'CosClientError', 'NoSuchKeyError', 'NoSuchBucketError', 'RequestTimeoutError'] as const;
type ClassName = (typeof CLASSES)[number];

/** One error of each kind made by `copy`, and which of CLASSES each must be an instance of. */
function samples(copy: Package): Array<{ label: string; value: unknown; classes: ClassName[] }> {
  return [
    {
      label: 'NoSuchKey',
      value: copy.createServiceError({ statusCode: 404, body: errorDocument('NoSuchKey') }),
      classes: ['CosError', 'CosServiceError', 'NoSuchKeyError'],
    },
    {
      label: 'NoSuchBucket',
      value: copy.createServiceError({ statusCode: 404, body: errorDocument('NoSuchBucket') }),
      classes: ['CosError', 'CosServiceError', 'NoSuchBucketError'],
    },
    {
      label: 'alias RequestTimeOut',
      value: copy.createServiceError({ statusCode: 400, body: errorDocument('RequestTimeOut') }),
      classes: ['CosError', 'CosServiceError', 'RequestTimeoutError'],
    },
    {
      label: 'unknown code',
      value: copy.createServiceError({ statusCode: 400, body: errorDocument('Brand') }),
      classes: ['CosError', 'CosServiceError'],
    },
    { label: 'client error', value: new copy.CosClientError('down', { kind: 'network' }), classes: ['CosError', 'CosClientError'] },
  ];
}

const LOOKALIKES: Array<{ label: string; value: unknown }> = [
  { label: '{ name: NoSuchKeyError }', value: { name: 'NoSuchKeyError', code: 'NoSuchKey', statusCode: 404 } },
  { label: 'a plain Error named CosServiceError', value: Object.assign(new Error('x'), { name: 'CosServiceError' }) },
  { label: 'null', value: null },
  { label: 'a string', value: 'NoSuchKeyError' },
];

function checkTable(classesFrom: Package, valuesFrom: Package): void {
  for (const sample of samples(valuesFrom)) {
    for (const name of CLASSES) {
      const ErrorClass = classesFrom[name] as unknown as abstract new () => unknown;
      expect(sample.value instanceof ErrorClass, `${sample.label} instanceof ${name}`).to.equal(sample.classes.includes(name));
    }
    expect(classesFrom.isCosError(sample.value), `isCosError(${sample.label})`).to.equal(true);
    expect(classesFrom.isCosServiceError(sample.value), `isCosServiceError(${sample.label})`).to.equal(
      sample.classes.includes('CosServiceError'),
    );
    expect(classesFrom.isCosClientError(sample.value), `isCosClientError(${sample.label})`).to.equal(
      sample.classes.includes('CosClientError'),
    );
  }
}

describe('instanceof across copies of the package', () => {
  const cjsCopy = createRequire(import.meta.url)('qcloud-cos-errors') as Package;
  let installedDir: string;
  let installedCopy: Package;

  before(() => {
    // A second installed copy: the built package in another node_modules, with its own classes.
    installedDir = mkdtempSync(join(tmpdir(), 'cos-errors-second-copy-'));
    const packageDir = join(installedDir, 'node_modules', 'qcloud-cos-errors');
    mkdirSync(packageDir, { recursive: true });
    cpSync(projectPath('dist'), join(packageDir, 'dist'), { recursive: true });
    cpSync(projectPath('package.json'), join(packageDir, 'package.json'));
    // Its dependencies resolve from its own node_modules, as in a real install.
    symlinkSync(projectPath('node_modules'), join(packageDir, 'node_modules'), 'dir');
    installedCopy = createRequire(join(installedDir, 'index.js'))('qcloud-cos-errors') as Package;
  });

  after(() => rmSync(installedDir, { recursive: true, force: true }));

  it('really has three distinct copies of the classes', () => {
    expect(cjsCopy.CosServiceError).to.not.equal(esmCopy.CosServiceError);
    expect(installedCopy.CosServiceError).to.not.equal(cjsCopy.CosServiceError);
    expect(installedCopy.CosServiceError).to.not.equal(esmCopy.CosServiceError);
  });

  it('holds within one copy', () => checkTable(esmCopy, esmCopy));
  it('holds for CJS errors checked against ESM classes', () => checkTable(esmCopy, cjsCopy));
  it('holds for ESM errors checked against CJS classes', () => checkTable(cjsCopy, esmCopy));
  it('holds between two installed copies, both ways', () => {
    checkTable(installedCopy, esmCopy);
    checkTable(esmCopy, installedCopy);
  });

  for (const { label, value } of LOOKALIKES) {
    it(`is false for ${label}, in every copy`, () => {
      for (const copy of [esmCopy, cjsCopy]) {
        for (const name of CLASSES) {
          expect(value instanceof (copy[name] as unknown as abstract new () => unknown), `${label} instanceof ${name}`).to.equal(false);
        }
        expect(copy.isCosError(value)).to.equal(false);
      }
    });
  }

  it("does not let a user subclass claim its parent's instances", () => {
    class MyError extends esmCopy.CosServiceError {}
    const parent = cjsCopy.createServiceError({ statusCode: 404, body: errorDocument('NoSuchKey') });
    expect(parent instanceof MyError).to.equal(false);
    const own = new MyError('GET', errorDocument('NoSuchKey'), 404);
    expect(own instanceof MyError).to.equal(true);
    expect(own instanceof cjsCopy.CosServiceError).to.equal(true);
    expect(own.name).to.equal('MyError');
  });
});
