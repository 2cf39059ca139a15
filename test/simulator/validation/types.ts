/**
 * Contract of the simulator's commit validation: a rule reads the candidate configuration (through
 * ConfigView) and reports violations; the commit job then fails with their detail lines.
 */
import type { ConfigView } from "./config-view";

/**
 * Where a violation sits: under the device entry (`deviceconfig`, `network`) or under a vsys entry
 * (`zone`, `import`, `rulebase`). PAN-OS writes the path from that container down, then one
 * "is invalid" line per enclosing node (see detail-lines.ts).
 */
export type ViolationScope = "device" | "vsys";

/** One reason a commit fails. */
export interface Violation {
  readonly scope: ViolationScope;
  /** Element names and entry names from the container down, e.g. ["network", "virtual-router", "vr1", "interface"]. */
  readonly path: readonly string[];
  /** What is wrong, e.g. `'ethernet1/1.300' is not a valid reference`. */
  readonly message: string;
}

/** Facts outside the configuration a rule may need. */
export interface DeviceFacts {
  /** Jumbo-frame mode in effect (it changes only at boot, not with the configuration). */
  readonly jumboMode: boolean;
}

/** One commit-validation rule. */
export interface CommitRule {
  /** Short id, e.g. `ha-port-type`. */
  readonly id: string;
  /** Where the rule comes from (PAN-OS documentation or a captured error). */
  readonly source: string;
  readonly check: (config: ConfigView, facts: DeviceFacts) => Violation[];
}
