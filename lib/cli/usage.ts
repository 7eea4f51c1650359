/** What `cos-errors --help` prints. */
export const USAGE = `Usage: cos-errors [command]

Decode Tencent Cloud COS error responses into qcloud-cos-errors classes.

Commands:
  (none)                     decode the built-in sample responses and print a table
  decode [FILE|-]            decode one response whose body is FILE, standard input (-), or empty
      --status N             its HTTP status (required)
      --method M             its request method (default GET)
      --header 'Name: value' a response header; repeat for more
      --json                 print JSON instead of text
  explain CODE               the catalog entry of a COS error code (aliases work)
  list                       every code of the catalog
      --status N             only the codes COS sends with this status
      --json                 print JSON instead of a table
  --help                     this text

Exit status: 0 on success, 1 when the input cannot be read (or the code is not in the catalog),
2 on a usage error.`;
