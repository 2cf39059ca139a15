/**
 * Where the command writes: results on stdout, progress, warnings and errors on stderr. Every
 * line passes through redaction of the secrets this run knows (credentials, generated keys),
 * so that none of them reaches the output even by mistake.
 */

import { basicAuthForms, secretForms } from "./secret-forms";

/** A writable text stream (process.stdout, or a test double). */
export interface TextSink {
  write(text: string): unknown;
  readonly isTTY?: boolean;
  /** Width of a terminal (0 or absent when unknown). */
  readonly columns?: number;
}

/** What stands in for a secret in output. */
export const REDACTED = "[redacted]";

/** Redacted output for one run. */
export class Terminal {
  /** Every spelling of every secret, longest first. */
  private forms: string[] = [];
  private pattern: RegExp | undefined;

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

  /**
   * Adds a value that must never be printed, in any encoding (see secretForms). There is no minimum
   * length: a 1–3 character password is masked too, everywhere it occurs, even inside ordinary words
   * (output is then hard to read; that is the price of such a password, not a reason to print it).
   */
  public addSecret(secret: string | undefined): void {
    if (secret !== undefined) this.addForms(secretForms(secret));
  }

  /** Adds the basic-authentication spellings of a username and password (`base64(user:password)`). */
  public addBasicAuth(username: string | undefined, password: string | undefined): void {
    if (username !== undefined && password !== undefined) this.addForms(basicAuthForms(username, password));
  }

  /** The text with every spelling of every known secret replaced. */
  public redact(text: string): string {
    // One pass over the text, so a replacement is never itself searched (a 1-character secret would
    // otherwise mangle "[redacted]").
    return this.pattern ? text.replace(this.pattern, REDACTED) : text;
  }

  private addForms(forms: readonly string[]): void {
    if (forms.length === 0) return;
    // Longest first in the alternation: a longer spelling is replaced whole, never a part of it.
    this.forms = [...new Set([...this.forms, ...forms])].sort((a, b) => b.length - a.length);
    this.pattern = new RegExp(this.forms.map(escapeRegExp).join("|"), "g");
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

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
