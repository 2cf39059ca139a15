/**
 * Regenerates `.gen/providers/<name>` from `schemas/<name>.json`, offline.
 *
 * The provider sources and versions come from `cdktf.json` (`terraformProviders`), the one
 * place they are pinned. `cdktf get` would need the Terraform registry; this script feeds the
 * same generator the schema JSON that `terraform providers schema -json` printed instead.
 *
 *   npm run generate            rewrite .gen/
 *   npm run generate -- --check exit 1 when .gen/ differs from what the schemas generate
 */
import "../tools/bindings/quiet-terraform";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { generateBindings } from "../tools/bindings/generate";
import { diffTrees } from "../tools/bindings/diff-trees";

const root = path.resolve(__dirname, "..");

async function main(): Promise<void> {
  const check = process.argv.includes("--check");
  if (!check) {
    const generated = await generateBindings(root, path.join(root, ".gen"));
    for (const g of generated)
      console.log(`generated ${g.name}@${g.version} into .gen/providers/${g.name} in ${g.ms} ms`);
    return;
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "mve-ha-gen-"));
  try {
    const generated = await generateBindings(root, tmp);
    const differences = generated.flatMap((g) =>
      diffTrees(path.join(tmp, "providers", g.name), path.join(root, ".gen", "providers", g.name)),
    );
    if (differences.length > 0) {
      console.error(`.gen/ is out of date with schemas/ (run npm run generate):\n  ${differences.join("\n  ")}`);
      process.exitCode = 1;
    } else {
      console.log(".gen/ is up to date with schemas/");
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
