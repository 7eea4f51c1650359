/** What `cos-errors --help` prints. */
export const USAGE = `Usage: cos-errors [command] [options]

Decode Tencent Cloud COS error responses into qcloud-cos-errors classes.

Commands:
  (none)           decode the built-in sample responses and print a table
  decode [FILE|-]  decode one response; its body is FILE, standard input,
                   or none
  explain CODE     the catalog entry of a COS error code
  list             the codes of the catalog
  help COMMAND     a command's options

Options:
  --help, -h       this text, or a command's (cos-errors decode --help)
  --version, -v    the version of qcloud-cos-errors (also -V)

explain and decode speak Chinese with --lang zh, or when the locale is a
Chinese one (the first of LC_ALL, LC_MESSAGES and LANG that is set starts
with zh); --lang en for English.

With no command, cos-errors decodes its built-in sample COS responses and
prints a table: the class, code and retryability each becomes.

Exit status: 0 on success; 1 when the input cannot be read or the code is
not in the catalog; 2 when the command line is wrong (an unknown option, an
option given twice, an argument too many); 3 when decode is given a response
that is no error (a 2xx without an error document).`;

/** What `cos-errors COMMAND --help` prints, by command. */
export const COMMAND_USAGE: Readonly<Record<string, string>> = {
  decode: `Usage: cos-errors decode [FILE|-] --status N [--method M]
                         [--header 'Name: value']... [--json] [--lang zh|en]

Decode one COS response. The body is read from FILE, from standard input
when FILE is - or when input is piped, and is empty otherwise; at most
64 KiB of it are read. The body itself is not printed: it may hold
credentials, which the printed facts never do.

  --status N              the HTTP status (required)
  --method M              the request method (default GET; a HEAD 404 is
                          NoSuchResource)
  --header 'Name: value'  a response header; repeat for more
  --json                  print the getters as JSON
  --lang zh|en            the language of the labels and of the advice after
                          them (default: the locale's)

Example:
  cos-errors decode --status 404 --header 'x-cos-request-id: abc' < body.xml`,
  explain: `Usage: cos-errors explain CODE [--json] [--lang zh|en]

The catalog entry of a COS error code: what it means, its class, statuses,
whether retrying can succeed, for the common codes what to do, and COS's
documentation. CODE may be any spelling COS sends (RequestTimeOut), in any
case (nosuchkey), or a class name (NoSuchKeyError).

  --json          print the entry as JSON (both languages)
  --lang zh|en    the language (default: the locale's)`,
  list: `Usage: cos-errors list [--status N] [--json]

The codes of the catalog, one a line.

  --status N   only the codes COS sends with this status
  --json       print the entries as JSON`,
};
