/** Terraform's apply output as events, for tests that judge the order of operations on a firewall. */
/** What Terraform's apply output says about one resource instance, in output order. */
export interface ApplyEvent {
  /** Construct role inside the firewall, e.g. `zone` or `vsys-import-cleanup["ethernet1/1.200"]`. */
  readonly role: string;
  readonly what: "create" | "created" | "modify" | "modified" | "destroy" | "destroyed" | "provision";
  /** For `provision`: whether it ran while the instance was being destroyed, and which `mve-ha` subcommand. */
  readonly phase?: "create" | "destroy";
  readonly subcommand?: string;
}

const ACTIONS: Record<string, ApplyEvent["what"]> = {
  "Creating...": "create",
  "Creation complete": "created",
  "Modifying...": "modify",
  "Modifications complete": "modified",
  "Destroying...": "destroy",
  "Destruction complete": "destroyed",
};

/** `terraform_data.firewall_zone_8B58FD2E["x"]` → `zone["x"]`: the construct id under the firewall. */
export function roleOf(address: string): string {
  const match = /^[a-z0-9_]+\.firewall_(.+)_[0-9A-F]{8}(\[.*\])?$/.exec(address);
  if (!match) throw new Error(`unexpected resource address in Terraform's output: ${address}`);
  return `${match[1]}${match[2] ?? ""}`;
}

/**
 * Terraform's apply output as events. Run with `-parallelism=1`, one operation is in flight at a
 * time, so a provisioner belongs to the destroy phase exactly when its instance has an open
 * `Destroying...`.
 */
export function applyEvents(stdout: string): ApplyEvent[] {
  const events: ApplyEvent[] = [];
  const destroying = new Set<string>();
  for (const line of stdout.split("\n")) {
    const action =
      /^(\S+?)(?: \(deposed object \w+\))?: (Creating\.\.\.|Creation complete|Modifying\.\.\.|Modifications complete|Destroying\.\.\.|Destruction complete)/.exec(
        line,
      );
    if (action) {
      const role = roleOf(action[1]);
      const what = ACTIONS[action[2]];
      if (what === "destroy") destroying.add(role);
      if (what === "destroyed") destroying.delete(role);
      events.push({ role, what });
      continue;
    }
    const executing = /^(\S+?) \(local-exec\): Executing: \["\/bin\/sh" "-c" "mve-ha (\w+) /.exec(line);
    if (executing) {
      const role = roleOf(executing[1]);
      events.push({
        role,
        what: "provision",
        phase: destroying.has(role) ? "destroy" : "create",
        subcommand: executing[2],
      });
    }
  }
  return events;
}
