import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findProjectRoot(start: string): string {
  let dir = start;
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'qcloud-cos-errors') {
      return dir;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no qcloud-cos-errors package.json above ${start}`);
    dir = parent;
  }
}

/** The repository's root folder, wherever the compiled specs run from. */
export const projectRoot = findProjectRoot(dirname(fileURLToPath(import.meta.url)));

/** A path inside the repository. */
export function projectPath(...parts: string[]): string {
  return join(projectRoot, ...parts);
}
