#!/usr/bin/env node
// The cos-errors command.
import { fstatSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { CliFailure, usageFailure } from './cli-failure.js';
import { decodeCommand, explainCommand, listCommand, samplesCommand } from './commands.js';
import { chooseLanguage } from './language.js';
import { readCapped } from './read-capped-file.js';
import { COMMAND_USAGE, USAGE } from './usage.js';

const COMMANDS = ['decode', 'explain', 'list'];

/** The package's version, from the package.json beside the built command (dist/cli → ../../). */
function version(): string {
  return (createRequire(import.meta.url)('../../package.json') as { version: string }).version;
}

/** Whether standard input is a pipe or a file (so a missing FILE means it), not a terminal or nothing. */
function stdinPiped(): boolean {
  try {
    const stat = fstatSync(0);
    return stat.isFIFO() || stat.isFile() || stat.isSocket();
  } catch {
    return false;
  }
}

/** parseArgs's failures, in this command's words. */
function argumentProblem(error: unknown): CliFailure {
  const { code, message } = error as { code?: unknown; message?: unknown };
  const option = /'(-[^']*)'/.exec(typeof message === 'string' ? message : '')?.[1] ?? 'an option';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return usageFailure(`unknown option ${option}`);
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return usageFailure(`${option.split(' ')[0]} needs a value`);
  return usageFailure('the command line cannot be read');
}

// Options that may be given once: a second `--status` is a mistake to say, not to settle silently.
const REPEATABLE = new Set(['header']);

function run(rawArgv: string[]): string {
  // `-V` is the other usual spelling of the version flag (parseArgs takes one short name).
  const argv = rawArgv.map((arg) => (arg === '-V' ? '--version' : arg));
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      tokens: true,
      options: {
        status: { type: 'string' },
        method: { type: 'string' },
        header: { type: 'string', multiple: true },
        json: { type: 'boolean' },
        lang: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw argumentProblem(error);
  }
  const { values, positionals, tokens } = parsed;
  const given = tokens.flatMap((token) => (token.kind === 'option' ? [token.name] : []));
  const repeated = given.find((name, index) => !REPEATABLE.has(name) && given.indexOf(name) !== index);
  if (repeated !== undefined) throw usageFailure(`--${repeated} is given more than once`);
  const [command, ...rest] = positionals;
  if (values.version === true) {
    if (positionals.length > 0 || given.length > 1) throw usageFailure('--version takes no argument and no other option');
    return version();
  }
  if (command === 'help') {
    if (rest.length > 1) throw usageFailure(`help takes one command, not ${JSON.stringify(rest[1]!.slice(0, 40))}`);
    if (rest[0] === undefined) return USAGE;
    if (!COMMANDS.includes(rest[0]))
      throw usageFailure(`no help for ${JSON.stringify(rest[0].slice(0, 40))}: the commands are ${COMMANDS.join(', ')}`);
    return COMMAND_USAGE[rest[0]]!;
  }
  if (values.help === true) return command !== undefined && COMMANDS.includes(command) ? COMMAND_USAGE[command]! : USAGE;
  const allowOnly = (allowed: readonly string[]): void => {
    const extra = Object.keys(values).filter((name) => !allowed.includes(name));
    if (extra.length > 0) throw usageFailure(`${command ?? 'cos-errors'} takes no --${extra[0]}`);
  };
  const atMost = (count: number): void => {
    if (rest.length > count)
      throw usageFailure(
        `${command} takes ${count === 0 ? 'no argument' : 'one argument'}, not ${JSON.stringify(rest[count]!.slice(0, 40))}`,
      );
  };
  switch (command) {
    case undefined:
      allowOnly([]);
      return samplesCommand();
    case 'decode':
      allowOnly(['status', 'method', 'header', 'json', 'lang']);
      atMost(1);
      return decodeCommand(
        {
          file: rest[0],
          status: values.status,
          method: values.method,
          headers: values.header ?? [],
          json: values.json === true,
          language: chooseLanguage(values.lang, process.env),
          stdinPiped: stdinPiped(),
        },
        readCapped,
      );
    case 'explain':
      allowOnly(['json', 'lang']);
      atMost(1);
      return explainCommand(rest[0], values.json === true, chooseLanguage(values.lang, process.env));
    case 'list':
      allowOnly(['status', 'json']);
      atMost(0);
      // A terminal's own width; piped output is read by another program, and is never cut.
      return listCommand(
        values.status,
        values.json === true,
        process.stdout.isTTY === true ? Math.max(40, process.stdout.columns || 80) : Number.POSITIVE_INFINITY,
      );
    default:
      throw usageFailure(`unknown command ${JSON.stringify(command.slice(0, 40))}`);
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
