/**
 * The XML spec: what the firewall constructs render and `mve-ha apply` / `prepare` apply.
 *
 * Operations follow the PAN-OS XML API `type=config` semantics:
 * - `set`: `xpath` names the parent node; `element` holds the children to merge (nothing is removed).
 * - `edit`: `xpath` names the node itself; `element` is the whole node, its own tag included, and
 *   replaces the node's subtree.
 * - `delete`: `xpath` names the node to remove; no `element`.
 *
 * `requiresReboot` on an operation says whether a change it makes only takes effect after a
 * reboot; an operation without it inherits the spec's flag.
 */

/** One configuration operation. */
export interface XmlOperation {
  readonly action: "set" | "edit" | "delete";
  readonly xpath: string;
  /** XML: the children to merge (`set`) or the whole node (`edit`); absent for `delete`. */
  readonly element?: string;
  /** True when a change made by this operation needs a reboot. @default - the spec's requiresReboot */
  readonly requiresReboot?: boolean;
}

/** A list of operations applied in order, plus what the device needs afterwards. */
export interface XmlSpec {
  /** Format version of this JSON. */
  readonly version: 1;
  /** What the spec configures, for logs (e.g. `ha`, `device-settings`, `vsys-import`). */
  readonly name: string;
  readonly operations: readonly XmlOperation[];
  /** True when a change made by this spec (or by any of its operations) only takes effect after a reboot. */
  readonly requiresReboot: boolean;
}

/** Thrown when a spec document is not well-formed. */
export class SpecError extends Error {
  public constructor(message: string) {
    super(message);
    this.name = "SpecError";
  }
}

const ACTIONS = new Set(["set", "edit", "delete"]);

/** Validates an untrusted value (parsed JSON) as an XmlSpec; throws SpecError naming the problem. */
export function toSpec(value: unknown): XmlSpec {
  if (typeof value !== "object" || value === null) throw new SpecError("spec must be a JSON object");
  const v = value as Record<string, unknown>;
  if (v.version !== 1) throw new SpecError(`spec version must be 1, got ${JSON.stringify(v.version)}`);
  if (typeof v.name !== "string" || v.name.length === 0) throw new SpecError("spec name must be a non-empty string");
  if (typeof v.requiresReboot !== "boolean") throw new SpecError("spec requiresReboot must be true or false");
  if (!Array.isArray(v.operations)) throw new SpecError("spec operations must be a list");
  const operations = v.operations.map((raw: unknown, i: number): XmlOperation => {
    const op = raw as Record<string, unknown>;
    if (typeof op !== "object" || op === null) throw new SpecError(`operation ${i} must be an object`);
    if (typeof op.action !== "string" || !ACTIONS.has(op.action)) {
      throw new SpecError(`operation ${i}: action must be set, edit or delete, got ${JSON.stringify(op.action)}`);
    }
    if (typeof op.xpath !== "string" || !op.xpath.startsWith("/config/")) {
      throw new SpecError(`operation ${i}: xpath must be an absolute path under /config/`);
    }
    if (op.requiresReboot !== undefined && typeof op.requiresReboot !== "boolean") {
      throw new SpecError(`operation ${i}: requiresReboot must be true or false`);
    }
    if (op.requiresReboot === true && v.requiresReboot !== true) {
      throw new SpecError(`operation ${i} requires a reboot, so the spec's requiresReboot must be true`);
    }
    const reboot = op.requiresReboot === undefined ? {} : { requiresReboot: op.requiresReboot };
    if (op.action === "delete") {
      if (op.element !== undefined && op.element !== null)
        throw new SpecError(`operation ${i}: delete takes no element`);
      return { action: "delete", xpath: op.xpath, ...reboot };
    }
    if (typeof op.element !== "string" || op.element.trim().length === 0) {
      throw new SpecError(`operation ${i}: ${op.action} needs an element`);
    }
    return { action: op.action as "set" | "edit", xpath: op.xpath, element: op.element, ...reboot };
  });
  return { version: 1, name: v.name, operations, requiresReboot: v.requiresReboot };
}

/** Parses spec JSON text. */
export function parseSpec(json: string): XmlSpec {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (e) {
    throw new SpecError(`spec is not valid JSON: ${(e as Error).message}`);
  }
  return toSpec(value);
}
