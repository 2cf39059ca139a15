/** Which `mve-ha` a bridge's provisioner runs, and what Terraform checks before it runs it. */
import type { Precondition } from "cdktf";
import type { Construct } from "constructs";
import { cliBundleAsset, cliBundleModulePath, cliBundlePresent } from "../../core/cli-bundle-asset";
import type { CliProgram } from "./cli-invocation";

/** The program and the preconditions of the resource that runs it. */
export interface ResolvedCli {
  readonly program: CliProgram;
  readonly preconditions: Precondition[];
}

/**
 * `cli` given: that command, found on the runner's PATH. Otherwise the bundled CLI, added once to
 * `scope`'s stack as an asset, with a plan-time check that the copied stack still holds it.
 */
export function resolveCli(scope: Construct, cli: string | undefined): ResolvedCli {
  if (cli !== undefined) return { program: { command: cli }, preconditions: [] };
  const asset = cliBundleAsset(scope);
  return { program: { bundle: cliBundleModulePath(asset) }, preconditions: [cliBundlePresent(asset)] };
}
