import { readdirSync, readFileSync } from 'node:fs';
import { projectPath } from './project.js';

/** Every ```ts block of the READMEs (English and Chinese) and of the guides, with the file it is in. */
export function documentBlocks(): Array<{ file: string; code: string }> {
  const files = [
    'README.md',
    'README.zh-CN.md',
    ...readdirSync(projectPath('guides'))
      .filter((name) => name.endsWith('.md'))
      .map((name) => `guides/${name}`),
  ];
  return files.flatMap((file) =>
    [...readFileSync(projectPath(file), 'utf8').matchAll(/^```ts\n([\s\S]*?)^```/gm)].map((match) => ({ file, code: match[1] ?? '' })),
  );
}

/** A block as a module of its own, as a reader would paste it into a file: it declares every name it uses. */
export function blockModule(block: { file: string; code: string }): string {
  return `// ${block.file}\n${block.code}\nexport {};\n`;
}
