/**
 * The bundled `mve-ha` CLI as a TerraformAsset of a stack: synthesis copies it into the stack's
 * directory (`assets/mve-ha-cli/<content hash>/mve-ha.cjs`), so provisioners run the CLI version
 * that synthesized the JSON, on any machine with `node`, without a path of the synthesizing machine.
 */
import { AssetType, TerraformAsset, TerraformStack, type Precondition } from "cdktf";
import type { Construct } from "constructs";
import { cliBundlePath } from "./cli-bundle-location";

/** The asset's construct id: it names the stack's `assets/<id>` folder. */
const ASSET_ID = "mve-ha-cli";

/** The stack's one copy of the bundled CLI, created on first use. */
export function cliBundleAsset(scope: Construct): TerraformAsset {
  const stack = TerraformStack.of(scope);
  const existing = stack.node.tryFindChild(ASSET_ID);
  if (existing instanceof TerraformAsset) return existing;
  return new TerraformAsset(stack, ASSET_ID, { path: cliBundlePath(), type: AssetType.FILE });
}

/**
 * The bundle's path as Terraform sees it, relative to the stack's module (`path.module` is the
 * stack directory; cdktf's asset path is relative to it).
 */
export function cliBundleModulePath(asset: TerraformAsset): string {
  return `\${path.module}/${asset.path}`;
}

/**
 * A stack copied without its `assets/` folder fails its plan naming the missing file, rather than
 * a provisioner failing half-way through an apply.
 */
export function cliBundlePresent(asset: TerraformAsset): Precondition {
  return {
    condition: `\${fileexists("\${path.module}/${asset.path}")}`,
    errorMessage: `The mve-ha CLI this stack runs, ${asset.path}, is missing from the stack directory: copy the whole synthesized stack directory (with its assets folder), or synthesize again.`,
  };
}
