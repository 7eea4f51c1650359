// Compiles the specs afresh into build/ (type-checking them against the built package), so that a
// deleted spec never runs from a stale copy.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
rmSync('build', { recursive: true, force: true });
execFileSync(process.execPath, [tsc, '-p', 'spec/tsconfig.json'], { stdio: 'inherit' });
