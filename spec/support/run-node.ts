import { spawnSync } from 'node:child_process';

/** The result of running a Node script in a child process. */
export interface NodeRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node ...args` in `cwd` and waits for it (bounded by `timeoutMs`), with `env` or this process's environment. */
export function runNode(args: readonly string[], cwd: string, input?: string, timeoutMs = 30_000, env?: NodeJS.ProcessEnv): NodeRun {
  const run = spawnSync(process.execPath, args, { cwd, input, encoding: 'utf8', timeout: timeoutMs, env });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
