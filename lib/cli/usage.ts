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
  --version, -v    the version of qcloud-cos-errors

Exit status: 0 on success; 1 when the input cannot be read or the code is
not in the catalog; 2 when the command line is wrong.`;

/** What `cos-errors COMMAND --help` prints, by command. */
export const COMMAND_USAGE: Readonly<Record<string, string>> = {
  decode: `Usage: cos-errors decode [FILE|-] --status N [--method M]
                         [--header 'Name: value']... [--json]

Decode one COS response. The body is read from FILE, from standard input
when FILE is - or when input is piped, and is empty otherwise; at most
64 KiB of it are read. The body itself is not printed: it may hold
credentials, which the printed facts never do.

  --status N              the HTTP status (required)
  --method M              the request method (default GET; a HEAD 404 is
                          NoSuchResource)
  --header 'Name: value'  a response header; repeat for more
  --json                  print the getters as JSON

Example:
  cos-errors decode --status 404 --header 'x-cos-request-id: abc' < body.xml`,
  explain: `Usage: cos-errors explain CODE [--json]

The catalog entry of a COS error code: its class, statuses, and whether
retrying can succeed. CODE may be any spelling COS sends (RequestTimeOut),
in any case (nosuchkey), or a class name (NoSuchKeyError).

  --json   print the entry as JSON`,
  list: `Usage: cos-errors list [--status N] [--json]

The codes of the catalog, one a line.

  --status N   only the codes COS sends with this status
  --json       print the entries as JSON`,
};
