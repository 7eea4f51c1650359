#!/usr/bin/env node
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { CliFailure, decodeCommand, explainCommand, listCommand, samplesCommand, usageFailure } from './commands.js';
import type { CliLanguage } from './language.js';
import { COMMAND_USAGE, USAGE } from './usage.js';

const COMMANDS = ['decode', 'explain', 'list'];

/**
 * The language of the output: the one `--lang` names, else Chinese when the locale is a Chinese one
 * (the first set of LC_ALL, LC_MESSAGES and LANG, the order the C library reads them in for messages), else English.
 */
function chooseLanguage(flag: string | undefined): CliLanguage {
  if (flag === 'en' || flag === 'zh') return flag;
  if (flag !== undefined) throw usageFailure(`--lang must be zh or en, not ${JSON.stringify(flag.slice(0, 40))}`);
  const { LC_ALL, LC_MESSAGES, LANG } = process.env;
  const locale = [LC_ALL, LC_MESSAGES, LANG].find((value) => value !== undefined && value !== '') ?? '';
  return /^zh(?:[_.@-]|$)/i.test(locale) ? 'zh' : 'en';
}

function run(argv: string[]): string {
  let parsed;
  try {
    parsed = parseArgs({
      // `-V` is the other usual spelling of the version flag (parseArgs takes one short name).
      args: argv.map((arg) => (arg === '-V' ? '--version' : arg)),
      allowPositionals: true,
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
    // parseArgs's failures, in this command's words.
    const { code, message } = error as { code?: unknown; message?: unknown };
    const option = /'(-[^']*)'/.exec(typeof message === 'string' ? message : '')?.[1] ?? 'an option';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw usageFailure(`unknown option ${option}`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw usageFailure(`${option.split(' ')[0]} needs a value`);
    throw usageFailure('the command line cannot be read');
  }
  const { values, positionals, tokens } = parsed;
  const given = tokens.flatMap((token) => (token.kind === 'option' ? [token.name] : []));
  // Only --header may be repeated: a second `--status` is a mistake to say, not to settle silently.
  const repeated = given.find((name, index) => name !== 'header' && given.indexOf(name) !== index);
  if (repeated !== undefined) throw usageFailure(`--${repeated} is given more than once`);
  const [command, ...rest] = positionals;
  const atMost = (count: number, what: string): void => {
    if (rest.length > count) throw usageFailure(`${command} takes ${what}, not ${JSON.stringify(rest[count]!.slice(0, 40))}`);
  };
  if (values.version === true) {
    if (positionals.length > 0 || given.length > 1) throw usageFailure('--version takes no argument and no other option');
    // The package.json beside the built command (dist/cli → ../../).
    return (createRequire(import.meta.url)('../../package.json') as { version: string }).version;
  }
  if (command === 'help') {
    atMost(1, 'one command');
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
  switch (command) {
    case undefined:
      allowOnly([]);
      return samplesCommand();
    case 'decode':
      allowOnly(['status', 'method', 'header', 'json', 'lang']);
      atMost(1, 'one argument');
      return decodeCommand(rest[0], values, chooseLanguage(values.lang));
    case 'explain':
      allowOnly(['json', 'lang']);
      atMost(1, 'one argument');
      return explainCommand(rest[0], values.json === true, chooseLanguage(values.lang));
    case 'list':
      allowOnly(['status', 'json']);
      atMost(0, 'no argument');
      // A terminal's own width; piped output is read by another program, and is never cut.
      return listCommand(values.status, values.json === true, process.stdout.isTTY ? Math.max(40, process.stdout.columns || 80) : Infinity);
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
