/**
 * Applies an XML spec idempotently: each node is read first and written only when it differs,
 * so a second run writes nothing. A write whose outcome is unknown is decided by reading back.
 * When an operation fails, our earlier writes are undone (undo-writes.ts) so that the candidate
 * configuration is left as it was found, and the failure says per operation what became of it.
 */
import { isSatisfied } from "../../xmlspec/compare";
import type { XmlOperation, XmlSpec } from "../../xmlspec/spec";
import type { XmlElement } from "../../xmlspec/xml";
import type { PanosClient } from "../../xmlapi/client";
import { ConfigLockedError } from "../../xmlapi/errors";
import { configLocks, describeLock } from "../../xmlapi/locks";
import { ApplyFailedError } from "./apply-failed";
import { undoWrite, type Touched } from "./undo-writes";
import { writeUntilSatisfied } from "./write-op";

/**
 * What became of one operation. `unchanged`: the device already held it. `written`: written and
 * kept. `undone`: written, then put back after a later failure. `left`: written (or maybe
 * written) and could not be put back. `failed`: this operation failed and its node is as it was.
 * `skipped`: not tried, an earlier one failed.
 */
export type OperationState = "unchanged" | "written" | "undone" | "left" | "failed" | "skipped";

/** What happened to one operation. */
export interface OperationResult {
  readonly action: XmlOperation["action"];
  readonly xpath: string;
  /** True when the candidate configuration holds this operation's write now. */
  readonly changed: boolean;
  /** True when a change by this operation takes effect only after a reboot. */
  readonly requiresReboot: boolean;
  readonly state: OperationState;
  /** The device's answer for a failed operation or a failed undo. */
  readonly message?: string;
}

/** What an apply did. */
export interface ApplyResult {
  readonly spec: string;
  readonly operations: readonly OperationResult[];
  /** Number of operations that wrote. */
  readonly changed: number;
  /** The operations that wrote, for checking later that a commit took them. */
  readonly written: readonly XmlOperation[];
}

export interface ApplyOptions {
  /** Our own administrator name, when known (its locks do not block us). */
  readonly ownAdmin?: string;
  /** Told about each operation as soon as it is decided. */
  readonly onOperation?: (result: OperationResult) => void;
  /** Told about re-reads after a lost answer, and about undoing. */
  readonly onNote?: (message: string) => void;
}

/** Fails naming the holder when another administrator holds a configuration lock. */
async function assertNotLocked(client: PanosClient, ownAdmin: string | undefined): Promise<void> {
  const foreign = (await configLocks(client)).filter((lock) => lock.admin !== ownAdmin);
  if (foreign.length > 0) throw new ConfigLockedError(client.host, foreign.map(describeLock));
}

function resultOf(op: XmlOperation, spec: XmlSpec, state: OperationState, message?: string): OperationResult {
  return {
    action: op.action,
    xpath: op.xpath,
    changed: state === "written" || state === "left",
    requiresReboot: op.requiresReboot ?? spec.requiresReboot,
    state,
    ...(message !== undefined ? { message } : {}),
  };
}

/** Applies every operation in order; resolves with what changed, or throws ApplyFailedError after undoing. */
export async function applySpec(client: PanosClient, spec: XmlSpec, options: ApplyOptions = {}): Promise<ApplyResult> {
  const results: OperationResult[] = [];
  const written: { index: number; op: XmlOperation; original: XmlElement | undefined }[] = [];
  let lockChecked = false;
  for (const [index, op] of spec.operations.entries()) {
    let attempt: Touched | undefined;
    try {
      const original = await client.get(op.xpath);
      if (!lockChecked && !isSatisfied(op, original)) {
        // Checked before the first write so that a locked device is left untouched.
        await assertNotLocked(client, options.ownAdmin);
        lockChecked = true;
      }
      attempt = { xpath: op.xpath, original };
      const changed = await writeUntilSatisfied(client, op, original, options.onNote);
      if (changed) written.push({ index, op, original });
      results.push(resultOf(op, spec, changed ? "written" : "unchanged"));
      options.onOperation?.(results[index]);
    } catch (error) {
      throw await failed(client, spec, results, written, { index, attempt, error }, options);
    }
  }
  return { spec: spec.name, operations: results, changed: written.length, written: written.map((w) => w.op) };
}

/** Undoes our writes (the failed operation's first, then newest first) and builds the error. */
async function failed(
  client: PanosClient,
  spec: XmlSpec,
  results: OperationResult[],
  written: readonly { index: number; op: XmlOperation; original: XmlElement | undefined }[],
  failure: { index: number; attempt: Touched | undefined; error: unknown },
  options: ApplyOptions,
): Promise<ApplyFailedError> {
  const cause = failure.error instanceof Error ? failure.error.message : String(failure.error);
  const failedOp = spec.operations[failure.index];
  const states = new Map<number, OperationResult>();
  states.set(failure.index, resultOf(failedOp, spec, "failed", cause));
  if (failure.attempt) {
    // Its answer may have been lost after the device took it: put its node back too.
    const undo = await undoWrite(client, failure.attempt, options.onNote);
    if (!undo.restored) states.set(failure.index, resultOf(failedOp, spec, "left", `${cause}; undo: ${undo.message}`));
  }
  if (written.length > 0) options.onNote?.(`undoing ${written.length} written operations after: ${cause}`);
  for (const w of [...written].reverse()) {
    const undo = await undoWrite(client, { xpath: w.op.xpath, original: w.original }, options.onNote);
    states.set(w.index, resultOf(w.op, spec, undo.restored ? "undone" : "left", undo.message));
  }
  const operations = spec.operations.map(
    (op, i) => states.get(i) ?? results[i] ?? resultOf(op, spec, i < failure.index ? "unchanged" : "skipped"),
  );
  const left = [...new Set(operations.filter((o) => o.state === "left").map((o) => o.xpath))];
  const summary =
    left.length > 0
      ? `undoing our writes failed: left modified in the candidate configuration: ${left.join(", ")}; ` +
        "check them on the firewall before anyone commits"
      : written.length > 0
        ? `undid ${written.length} written operations; the candidate configuration is as it was`
        : "nothing was written";
  return new ApplyFailedError(`${cause}; ${summary}`, operations, failure.error);
}

/** True when the running configuration holds every operation (after a commit whose answer was lost). */
export async function runningHolds(client: PanosClient, operations: readonly XmlOperation[]): Promise<boolean> {
  for (const op of operations) if (!isSatisfied(op, await client.show(op.xpath))) return false;
  return true;
}
