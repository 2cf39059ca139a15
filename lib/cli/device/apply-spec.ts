/**
 * Applies an XML spec idempotently: each node is read first and written only when it differs,
 * so a second run writes nothing. A write whose outcome is unknown is decided by reading back.
 */
import { isSatisfied } from "../../xmlspec/compare";
import type { XmlOperation, XmlSpec } from "../../xmlspec/spec";
import type { PanosClient } from "../../xmlapi/client";
import { ConfigLockedError, OutcomeUnknownError, PanosError } from "../../xmlapi/errors";
import { configLocks, describeLock } from "../../xmlapi/locks";

/** What happened to one operation. */
export interface OperationResult {
  readonly action: XmlOperation["action"];
  readonly xpath: string;
  /** True when the device was written. */
  readonly changed: boolean;
  /** True when a change by this operation takes effect only after a reboot. */
  readonly requiresReboot: boolean;
}

/** What an apply did. */
export interface ApplyResult {
  readonly spec: string;
  readonly operations: readonly OperationResult[];
  /** Number of operations that wrote. */
  readonly changed: number;
}

export interface ApplyOptions {
  /** Our own administrator name, when known (its locks do not block us). */
  readonly ownAdmin?: string;
  /** Told about each operation as soon as it is decided. */
  readonly onOperation?: (result: OperationResult) => void;
  /** Told about re-reads after a lost answer. */
  readonly onNote?: (message: string) => void;
}

/** Reads back after a write with an unknown outcome at most this often before giving up. */
const MAX_UNKNOWN_OUTCOMES = 3;

async function send(client: PanosClient, op: XmlOperation): Promise<void> {
  if (op.action === "delete") return client.delete(op.xpath);
  const element = op.element ?? "";
  return op.action === "set" ? client.set(op.xpath, element) : client.edit(op.xpath, element);
}

/** Fails naming the holder when another administrator holds a configuration lock. */
async function assertNotLocked(client: PanosClient, ownAdmin: string | undefined): Promise<void> {
  const foreign = (await configLocks(client)).filter((lock) => lock.admin !== ownAdmin);
  if (foreign.length > 0) throw new ConfigLockedError(client.host, foreign.map(describeLock));
}

/** Applies every operation in order; resolves with what changed. */
export async function applySpec(client: PanosClient, spec: XmlSpec, options: ApplyOptions = {}): Promise<ApplyResult> {
  const results: OperationResult[] = [];
  let lockChecked = false;
  for (const op of spec.operations) {
    let changed = false;
    for (let unknown = 0; ; unknown++) {
      if (isSatisfied(op, await client.get(op.xpath))) break;
      if (unknown >= MAX_UNKNOWN_OUTCOMES) {
        throw new PanosError(
          `${op.action} ${op.xpath} on ${client.host}: no answer after ${unknown} tries and not applied`,
        );
      }
      if (!lockChecked) {
        // Checked before the first write so that a locked device is left untouched, not half-configured.
        await assertNotLocked(client, options.ownAdmin);
        lockChecked = true;
      }
      try {
        await send(client, op);
        changed = true;
        break;
      } catch (error) {
        if (!(error instanceof OutcomeUnknownError)) throw error;
        changed = true;
        options.onNote?.(`${error.message}; reading it back before deciding`);
      }
    }
    const result = {
      action: op.action,
      xpath: op.xpath,
      changed,
      requiresReboot: op.requiresReboot ?? spec.requiresReboot,
    };
    results.push(result);
    options.onOperation?.(result);
  }
  return { spec: spec.name, operations: results, changed: results.filter((r) => r.changed).length };
}
