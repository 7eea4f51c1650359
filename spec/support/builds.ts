import { createRequire } from 'node:module';
import * as esmBuild from 'qcloud-cos-errors';

/** What the package exports, the same in both builds. */
export type PackageApi = typeof esmBuild;

// `require` takes the package's "require" condition: the CommonJS build, a file of its own.
const commonJsBuild = createRequire(import.meta.url)('qcloud-cos-errors') as PackageApi;

/** The two Node builds a user can load, for specs that must hold in each. */
export const BUILDS: ReadonlyArray<{ readonly name: string; readonly api: PackageApi }> = [
  { name: 'the ES module build', api: esmBuild },
  { name: 'the CommonJS build', api: commonJsBuild },
];

// Were both the same module, every spec run over BUILDS would test one build twice.
if (commonJsBuild.CosError === esmBuild.CosError) throw new Error('require() and import gave the same copy of qcloud-cos-errors');
