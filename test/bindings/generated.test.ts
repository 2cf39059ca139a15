import "../../tools/bindings/quiet-terraform";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { generateBindings } from "../../tools/bindings/generate";
import { diffTrees } from "../../tools/bindings/diff-trees";
import { pinnedProviders } from "../../tools/bindings/providers";

const root = path.resolve(__dirname, "../..");

describe(".gen/ bindings", () => {
  test("cdktf.json pins exact versions of megaport and panos, with a schema file each", () => {
    const pinned = pinnedProviders(root);
    expect(pinned.map((p) => p.spec)).toEqual(["megaport/megaport@1.13.1", "paloaltonetworks/panos@2.0.12"]);
    for (const p of pinned) expect(fs.existsSync(p.schemaFile)).toBe(true);
  });

  test("are exactly what schemas/ generates (run `npm run generate` after changing a schema)", async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "gen-check-"));
    try {
      const generated = await generateBindings(root, tmp);
      expect(generated.map((g) => g.name)).toEqual(["megaport", "panos"]);
      const differences = generated.flatMap((g) =>
        diffTrees(path.join(tmp, "providers", g.name), path.join(root, ".gen", "providers", g.name)),
      );
      expect(differences).toEqual([]);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });

  test("the diff detects a stale file", () => {
    const a = fs.mkdtempSync(path.join(os.tmpdir(), "diff-a-"));
    const b = fs.mkdtempSync(path.join(os.tmpdir(), "diff-b-"));
    try {
      fs.writeFileSync(path.join(a, "x.ts"), "1");
      fs.writeFileSync(path.join(b, "x.ts"), "2");
      fs.writeFileSync(path.join(b, "y.ts"), "extra");
      expect(diffTrees(a, b)).toEqual([`differs: ${path.join(b, "x.ts")}`, `unexpected: ${path.join(b, "y.ts")}`]);
    } finally {
      fs.rmSync(a, { recursive: true, force: true });
      fs.rmSync(b, { recursive: true, force: true });
    }
  });
});
