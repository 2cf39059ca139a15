/**
 * Where the command writes: results on stdout, progress, warnings and errors on stderr. Every
 * line passes through redaction of the secrets this run knows (credentials, generated keys),
 * so that none of them reaches the output even by mistake.
 */

/** A writable text stream (process.stdout, or a test double). */
export interface TextSink {
  write(text: string): unknown;
  readonly isTTY?: boolean;
  /** Width of a terminal (0 or absent when unknown). */
  readonly columns?: number;
}

/** Redacted output for one run. */
export class Terminal {
  private readonly secrets = new Set<string>();

  public constructor(
    private readonly stdout: TextSink,
    private readonly stderr: TextSink,
  ) {}

  /** True when progress can be drawn in place (stderr is a terminal of known width). */
  public get interactive(): boolean {
    return this.stderr.isTTY === true && (this.stderr.columns ?? 0) > 0;
  }

  /** The real stderr, for a progress renderer that draws on it. */
  public get progressStream(): TextSink {
    return this.stderr;
  }

  /** Adds a value that must never be printed. */
  public addSecret(secret: string | undefined): void {
    // Very short values would redact ordinary words; credentials are never that short.
    if (secret !== undefined && secret.length >= 4) this.secrets.add(secret);
  }

  /** The text with every known secret replaced. */
  public redact(text: string): string {
    let result = text;
    for (const secret of this.secrets) result = result.split(secret).join("[redacted]");
    return result;
  }

  /** A result line (stdout). */
  public out(line: string): void {
    this.stdout.write(`${this.redact(line)}\n`);
  }

  /** A progress or information line (stderr). */
  public note(line: string): void {
    this.stderr.write(`${this.redact(line)}\n`);
  }

  /** A warning (stderr). */
  public warn(line: string): void {
    this.note(`mve-ha: warning: ${line}`);
  }

  /** An error (stderr). */
  public error(line: string): void {
    this.note(`mve-ha: error: ${line}`);
  }

  /** Raw text to stdout (commander's help). */
  public writeOut(text: string): void {
    this.stdout.write(this.redact(text));
  }

  /** Raw text to stderr (commander's usage errors). */
  public writeErr(text: string): void {
    this.stderr.write(this.redact(text));
  }
}
