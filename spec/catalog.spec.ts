import { expect } from 'chai';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as cosErrors from 'qcloud-cos-errors';
import { CosError, CosServiceError, createServiceError, getErrorInfo, listErrorInfo } from 'qcloud-cos-errors';
import { catalogEntries, errorDocument, expectedClassName } from './support/catalog.js';
import { projectPath, projectRoot } from './support/project.js';
import { runNode } from './support/run-node.js';

/** The package's export of that name, as a service-error class with the generated statics. */
function exportedClass(
  name: string,
): typeof CosServiceError & { code: string; statusCodes: readonly number[]; description: string; retryable: boolean } {
  const value = (cosErrors as Record<string, unknown>)[name];
  expect(value, `export ${name}`).to.be.a('function');
  return value as ReturnType<typeof exportedClass>;
}

describe('the error-code catalog and its generated classes', () => {
  it('has the 141 COS codes, the 13 vector-bucket codes and 5 aliases of the catalog', () => {
    expect(catalogEntries.filter((e) => !e.sources.includes('vector-docs'))).to.have.length(141);
    expect(catalogEntries.filter((e) => e.sources.includes('vector-docs')).map((e) => e.code)).to.include.members([
      'ValidationException',
      'NotFoundException',
      'ConflictException',
      'TooManyRequestsException',
      'ServiceQuotaExceededException',
      'AccessDeniedException',
      'InternalServerException',
    ]);
    expect(catalogEntries.flatMap((e) => e.aliases)).to.have.length(5);
    expect(listErrorInfo().map((e) => e.code)).to.deep.equal(catalogEntries.map((e) => e.code));
  });

  it('names a class by its code: letters and digits, first upper case, Error appended unless there', () => {
    expect(exportedClass('NoSuchKeyError').code).to.equal('NoSuchKey');
    expect(exportedClass('MissingRequestBodyError').code).to.equal('MissingRequestBodyError');
  });

  for (const entry of catalogEntries) {
    const name = expectedClassName(entry.code);
    for (const spelling of [entry.code, ...entry.aliases]) {
      it(`${spelling} in an error document gives ${name}`, () => {
        const ErrorClass = exportedClass(name);
        const error = createServiceError({ statusCode: entry.statuses[0] ?? 400, body: errorDocument(spelling) });
        expect(error).to.be.instanceOf(ErrorClass);
        expect(error).to.be.instanceOf(CosServiceError);
        expect(error).to.be.instanceOf(CosError);
        expect(error).to.be.instanceOf(Error);
        expect(error.name).to.equal(name);
        expect(error.constructor).to.equal(ErrorClass);
        expect(error.getErrorCode()).to.equal(spelling);
        // A 304 is answered from its status alone (it has no body), and the COS SDKs' code is then the status.
        expect(error.code).to.equal(error.getStatusCode() === 304 ? '304' : spelling);
      });
    }

    it(`${name} has the statics of its catalog entry, and getErrorInfo finds it`, () => {
      const ErrorClass = exportedClass(name);
      expect({
        code: ErrorClass.code,
        statusCodes: [...ErrorClass.statusCodes],
        description: ErrorClass.description,
        retryable: ErrorClass.retryable,
      }).to.deep.equal({ code: entry.code, statusCodes: entry.statuses, description: entry.description, retryable: entry.retryable });
      expect(Object.isFrozen(ErrorClass.statusCodes)).to.equal(true);
      const info = {
        code: entry.code,
        className: name,
        statusCodes: entry.statuses,
        aliases: entry.aliases,
        description: entry.description,
        descriptions: { en: entry.description, zh: entry.descriptionZh },
        docUrls: entry.docs,
        ...(entry.hint === undefined ? {} : { hint: entry.hint }),
        retryable: entry.retryable,
        sources: entry.sources,
      };
      expect(getErrorInfo(entry.code)).to.deep.equal(info);
      for (const alias of entry.aliases) expect(getErrorInfo(alias)).to.equal(getErrorInfo(entry.code));
    });
  }

  it("gives, for each class's doc example, an error of that class", () => {
    const generated = readFileSync(projectPath('lib/errors/codes/generated-classes.ts'), 'utf8');
    const examples = [
      ...generated.matchAll(/throw createServiceError\((\{.*\})\);\n \* \} catch \(error\) \{\n \* {3}if \(error instanceof (\w+)\)/g),
    ];
    expect(examples).to.have.length(catalogEntries.length);
    for (const [, input, name] of examples) {
      // The example's argument is an object literal of strings and numbers, as JSON5 would read it.
      const response = new Function(`return (${input ?? ''});`)() as Parameters<typeof createServiceError>[0];
      expect(createServiceError(response), `${name ?? ''} example`).to.be.instanceOf(exportedClass(name ?? ''));
    }
  });

  it('gives CosServiceError itself for a code the catalog does not know, keeping the code', () => {
    const error = createServiceError({ statusCode: 400, body: errorDocument('BrandNewFutureError') });
    expect(error.constructor).to.equal(CosServiceError);
    expect(error.name).to.equal('CosServiceError');
    expect(error.getErrorCode()).to.equal('BrandNewFutureError');
    expect(getErrorInfo('BrandNewFutureError')).to.equal(undefined);
  });

  it('lets the code decide the class, not the status', () => {
    const error = createServiceError({ statusCode: 500, body: errorDocument('NoSuchKey') });
    expect(error).to.be.instanceOf(exportedClass('NoSuchKeyError'));
    expect(error.getStatusCode()).to.equal(500);
  });

  it('matches codes exactly: another case or spelling is not the catalog code', () => {
    for (const code of ['nosuchkey', 'NoSuchKey ', '__proto__', 'constructor', 'toString']) {
      expect(getErrorInfo(code), code).to.equal(undefined);
    }
    expect(createServiceError({ statusCode: 404, body: errorDocument('nosuchkey') }).constructor).to.equal(CosServiceError);
  });
});

describe('the generated source', () => {
  it('is what the generator writes from the catalog', () => {
    const run = runNode([projectPath('scripts/generate.mjs'), '--check'], projectRoot);
    expect(run.stderr).to.equal('');
    expect(run.status).to.equal(0);
  });

  it('is reported stale when the catalog changes', () => {
    const copy = mkdtempSync(join(tmpdir(), 'cos-errors-generate-'));
    try {
      for (const part of ['scripts', 'catalog', 'lib/catalog']) cpSync(projectPath(part), join(copy, part), { recursive: true });
      const catalogFile = join(copy, 'catalog/cos-error-codes.json');
      const catalog = JSON.parse(readFileSync(catalogFile, 'utf8')) as { codes: Array<{ description: string }> };
      catalog.codes[0]!.description = 'A description the committed classes do not have';
      writeFileSync(catalogFile, JSON.stringify(catalog));
      const run = runNode([join(copy, 'scripts/generate.mjs'), '--check'], copy);
      expect(run.status).to.equal(1);
      expect(run.stderr).to.match(/generated-entries\.ts is stale/);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
