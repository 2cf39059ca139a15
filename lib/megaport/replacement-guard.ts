/**
 * A plan-time guard in front of an MVE replacement, so a user with `preventDestroy` on reads which
 * prop change would replace which firewall, and what goes with it, before Terraform's generic
 * "Instance cannot be destroyed".
 *
 * Why this shape: a precondition sees only planned values, never the prior state, and synthesis
 * sees neither. So a `terraform_data` record keeps the values the MVE was built from, frozen by
 * `ignore_changes = [input]` (its planned `output` stays the stored one), and each guarded value is
 * a precondition on the MVE comparing the record with the configuration. Preconditions run before
 * the provider plans the MVE, so ours is the error the plan stops with. With `preventDestroy`
 * off there is no guard and the record follows the configuration, so it is current when the guard
 * is turned back on. A new record (first deploy, or an upgrade) has an unknown output at plan
 * time: the check is deferred to apply, where it holds.
 */
import { Fn, Lazy, Op, type ITerraformDependable } from "cdktf";
import type { Construct } from "constructs";
import type { mve } from "../../.gen/providers/megaport";
import { TerraformData } from "../core/terraform-data";

/** What the record holds for a prop that is not set. */
const UNSET = "(unset)";

/** One value an MVE replacement follows from. */
export interface GuardedValue {
  /** Key in the record. */
  readonly key: string;
  /** The prop the user changes, as they wrote it (e.g. `size`). */
  readonly prop: string;
  /** The provider attribute whose change replaces the MVE (megaport 1.13.1). */
  readonly attribute: string;
  /** The configured value (literal or token); undefined is recorded as null. */
  readonly value: unknown;
}

/** What the guard names in its message. */
export interface GuardSubject {
  /** e.g. `MVE syd-fw-0 (syd/network/mve-0)`. */
  readonly product: string;
  /** The VXCs deleted with the MVE, listed when the message is rendered (after all are attached). */
  readonly vxcsOnIt: () => string;
}

/** Adds the record and one precondition per value to `resource`; returns the record. */
export function guardMveReplacement(
  scope: Construct,
  resource: mve.Mve,
  values: readonly GuardedValue[],
  subject: GuardSubject,
): ITerraformDependable {
  const stored = (v: GuardedValue): unknown => {
    // Not "" or null: cdktf renders either as a missing argument in function calls and operators.
    if (v.value === undefined) return UNSET;
    return v.value;
  };
  const record = new TerraformData(scope, "replacement-record", {
    input: Object.fromEntries(values.map((v) => [v.key, stored(v)])),
    lifecycle: { ignoreChanges: ["input"] },
  });
  const output = record.interpolationForAttribute("output");
  const lifecycle = resource.lifecycle ?? {};
  resource.lifecycle = {
    ...lifecycle,
    // After the existing checks, whose indices stay put; all run before the provider plans the MVE.
    precondition: [
      ...(lifecycle.precondition ?? []),
      ...values.map((v) => precondition(v, stored(v), output, subject)),
    ],
  };
  return record;
}

function precondition(v: GuardedValue, now: unknown, output: unknown, subject: GuardSubject) {
  // A record written before this key existed has no entry: the default makes that no change.
  const before = Fn.lookup(output, v.key, now);
  const change = `${v.prop} changes from ${Fn.jsonencode(before)} to ${Fn.jsonencode(now)}`;
  return {
    condition: Op.eq(before, now),
    errorMessage: Lazy.stringValue({
      produce: () =>
        `${subject.product} would be REPLACED: ${change}, and megaport 1.13.1 replaces an MVE whose ${v.attribute} changes. ` +
        `Replacing it deletes this firewall (its PAN-OS configuration and licence) and the VXCs on it: ${subject.vxcsOnIt()}; ` +
        `the HA pair runs on one firewall until the new one is configured again. preventDestroy is on, so the plan stops here. ` +
        `Set ${v.prop} back to keep the firewall, or set preventDestroy: false for one deploy to replace it deliberately.`,
    }),
  };
}
