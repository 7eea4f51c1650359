#!/usr/bin/env node
// The cos-errors command (SPEC section 8).
import { parseArgs } from 'node:util';
import { CliFailure, usageFailure } from './cli-failure.js';
import { decodeCommand, explainCommand, listCommand, samplesCommand } from './commands.js';
import { readCapped } from './read-capped-file.js';
import { USAGE } from './usage.js';

function run(argv: string[]): string {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        status: { type: 'string' },
        method: { type: 'string' },
        header: { type: 'string', multiple: true },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw usageFailure(error instanceof Error ? error.message.split('\n')[0]! : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help === true) return USAGE;
  const [command, ...rest] = positionals;
  const allowOnly = (allowed: readonly string[]): void => {
    const extra = Object.keys(values).filter((name) => !allowed.includes(name));
    if (extra.length > 0) throw usageFailure(`${command ?? 'cos-errors'} takes no --${extra[0]}`);
  };
  const maxPositionals = (count: number): void => {
    if (rest.length > count) throw usageFailure(`unexpected argument ${JSON.stringify(rest[count])}`);
  };
  switch (command) {
    case undefined:
      allowOnly([]);
      return samplesCommand();
    case 'decode':
      allowOnly(['status', 'method', 'header', 'json']);
      maxPositionals(1);
      return decodeCommand(
        { file: rest[0], status: values.status, method: values.method, headers: values.header ?? [], json: values.json === true },
        readCapped,
      );
    case 'explain':
      allowOnly([]);
      maxPositionals(1);
      return explainCommand(rest[0]);
    case 'list':
      allowOnly(['status', 'json']);
      maxPositionals(0);
      return listCommand(values.status, values.json === true);
    default:
      throw usageFailure(`unknown command ${JSON.stringify(command)}`);
  }
}

function fail(failure: CliFailure): void {
  process.stderr.write(`cos-errors: ${failure.message.replace(/\s+/g, ' ')}\n`);
  process.exitCode = failure.exitCode;
}

// A failed write (a full disk, a closed pipe) is said in one line, not as an unhandled 'error'.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') return; // the reader has gone, as with `| head`: nothing to say
  fail(new CliFailure(`cannot write the output: ${error.message}`, 1));
});

try {
  process.stdout.write(`${run(process.argv.slice(2))}\n`);
} catch (error) {
  fail(error instanceof CliFailure ? error : new CliFailure(error instanceof Error ? error.message : String(error), 1));
}
