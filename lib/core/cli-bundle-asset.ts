/**
 * The bundled `mve-ha` CLI as a TerraformAsset of a stack: synthesis copies it into the stack's
 * directory (`assets/mve-ha-cli/<content hash>/mve-ha.cjs`), so provisioners run the CLI version
 * that synthesized the JSON, on any machine with `node`, without a path of the synthesizing machine.
 */
import { AssetType, TerraformAsset, TerraformStack, type Precondition } from "cdktf";
import type { Construct } from "constructs";
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import { cliBundlePath } from "./cli-bundle-location";

/** The asset's construct id: it names the stack's `assets/<id>` folder. */
const ASSET_ID = "mve-ha-cli";

/** The stack's one copy of the bundled CLI, created on first use. */
export function cliBundleAsset(scope: Construct): TerraformAsset {
  const stack = TerraformStack.of(scope);
  const existing = stack.node.tryFindChild(ASSET_ID);
  if (existing instanceof TerraformAsset) return existing;
  const file = cliBundlePath();
  return new TerraformAsset(stack, ASSET_ID, { path: file, type: AssetType.FILE, assetHash: contentHash(file) });
}

let cachedHash: { key: string; hash: string } | undefined;

/**
 * The bundle's content hash (what cdktf would compute: MD5, upper-case hex), once per process and
 * bundle version: cdktf would otherwise read the 1 MB file again for every stack of every pair.
 */
function contentHash(file: string): string {
  const stat = fs.statSync(file);
  const key = `${file}\0${stat.size}\0${stat.mtimeMs}`;
  if (cachedHash?.key !== key) {
    cachedHash = { key, hash: createHash("md5").update(fs.readFileSync(file)).digest("hex").toUpperCase() };
  }
  return cachedHash.hash;
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
