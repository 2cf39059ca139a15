/** Exit codes of `mve-ha`, and which failure maps to which. */
import { SpecError } from "../xmlspec/spec";
import { ApplyFailedError } from "./device/apply-failed";
import { DeadlineExceededError, PanosAuthError, PanosTlsError, PanosUnavailableError } from "../xmlapi/errors";

export const EXIT_OK = 0;
/** A check failed, a commit job failed, or the device refused a request. */
export const EXIT_FAILED = 1;
/** Bad command line, spec, credentials or TLS trust: fix the invocation. */
export const EXIT_USAGE = 2;
/** The device could not be reached, or did not get there within --timeout. */
export const EXIT_UNREACHABLE = 3;

/** Thrown for problems with the invocation (options, environment, files). */
export class UsageError extends Error {
  public constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/** The exit code for an error that ended a command. */
export function exitCodeFor(error: unknown): number {
  // A failed apply (its writes undone) exits as what made it fail: unreachable stays 3.
  if (error instanceof ApplyFailedError) return exitCodeFor(error.cause);
  if (error instanceof UsageError || error instanceof SpecError) return EXIT_USAGE;
  if (error instanceof PanosAuthError || error instanceof PanosTlsError) return EXIT_USAGE;
  if (error instanceof PanosUnavailableError || error instanceof DeadlineExceededError) return EXIT_UNREACHABLE;
  return EXIT_FAILED;
}

/** The help text section that documents the exit codes. */
export const EXIT_CODES_HELP = `Exit codes:
  0  success (verify: every check passed or was skipped)
  1  failure: a verify check failed or errored, a commit job finished FAIL or its outcome is
     unknown, the firewall refused a request (validation error, configuration locked), or its
     jumbo-frame mode differs from the spec after the restart
  2  usage or configuration error: options, spec, missing or rejected credentials, TLS trust
  3  firewall unreachable, or not done within --timeout`;
