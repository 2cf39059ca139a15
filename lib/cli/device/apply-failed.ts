/** The error of an apply that failed part-way; kept apart so that exit-codes.ts can import it cheaply. */
import { PanosError } from "../../xmlapi/errors";
import type { OperationResult } from "./apply-spec";

/** An apply failed; `operations` says what became of each, after our writes were undone. */
export class ApplyFailedError extends PanosError {
  public constructor(
    message: string,
    public readonly operations: readonly OperationResult[],
    public readonly cause: unknown,
  ) {
    super(message, { cause });
  }
}
