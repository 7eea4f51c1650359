/** A failure the command reports on one stderr line, and the exit code it ends with. */
export class CliFailure extends Error {
  /** 1: the input cannot be read or found; 2: the command line is wrong; 3: the response decoded is no error. */
  readonly exitCode: 1 | 2 | 3;

  constructor(message: string, exitCode: 1 | 2 | 3) {
    super(message);
    this.name = 'CliFailure';
    this.exitCode = exitCode;
  }
}

/** The command line is wrong: exit 2. */
export function usageFailure(message: string): CliFailure {
  return new CliFailure(`${message} (see cos-errors --help)`, 2);
}
