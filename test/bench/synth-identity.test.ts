/**
 * Issue 17: what was done for speed leaves the synthesized output byte-identical. The fixture
 * holds the digests of every output file of the example and of three pairs in one app, written
 * with the eager bindings from before issue 17 (`.gen/` of that commit checked out over today's
 * code, then `npx tsx bench/synth/identity.ts --write`; the CLI bundle's hash is a placeholder).
 * Rewrite it the same way when a change of the constructs changes the output on purpose.
 * Rewritten once since (issue 13, one commit per VLAN change): the firewall stacks' `commit` gained
 * `--data-interface`/`--model-subinterfaces` (its input and environment); the code of that change
 * without issue 17's later token work gave the same digests as the code with it.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { App, TerraformStack, Testing } from "cdktf";
import { Construct } from "constructs";
import { withoutTokenCreationStacks } from "../../lib";
import { PaloAltoHaPair } from "../../lib/pattern";
import { identityDigests, IDENTITY_FIXTURE } from "../../bench/synth/identity";
import { countCreationStacks } from "../../bench/synth/creation-stacks";
import { addPairs } from "../../bench/synth/scale";
import { pairProps, validationErrorOf } from "../pattern/fixtures";

const outdirs: string[] = [];
/** A fresh outdir, removed after the suite. */
function outdir(): string {
  outdirs.push(fs.mkdtempSync(path.join(os.tmpdir(), "creation-stacks-")));
  return outdirs[outdirs.length - 1];
}
afterAll(() => outdirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

const recorded = JSON.parse(fs.readFileSync(path.resolve(__dirname, "../..", IDENTITY_FIXTURE), "utf8")) as unknown;

describe("synthesized output identical to before issue 17", () => {
  test("the example and three pairs in one app", () => {
    expect(identityDigests()).toEqual(recorded);
  });

  test("the same with withoutTokenCreationStacks", () => {
    expect(withoutTokenCreationStacks(() => identityDigests())).toEqual(recorded);
  });
});

describe("withoutTokenCreationStacks", () => {
  test("captures no creation stack inside, and captures them again afterwards", () => {
    const inside = countCreationStacks(() =>
      withoutTokenCreationStacks(() => addPairs(new App({ outdir: outdir() }), 1)),
    );
    expect(inside.frames).toBe(0);
    const after = countCreationStacks(() => addPairs(new App({ outdir: outdir() }), 1));
    expect(after.total).toBeGreaterThan(100);
    expect(after.frames).toBeGreaterThan(after.total);
    expect(process.env.CDKTN_DISABLE_CREATION_STACK).toBeUndefined();
  });

  test("puts cdktf back when the app throws, and our validation errors still name the construct path", () => {
    const app = Testing.app();
    const error = withoutTokenCreationStacks(() =>
      validationErrorOf(
        () => new PaloAltoHaPair(new Construct(app, "region"), "syd", pairProps({ cloudConnections: [] })),
      ),
    );
    expect(error.message).toMatch(/^region\/syd: cloudConnections = \[\]: is empty/);
    const after = countCreationStacks(() => addPairs(new App({ outdir: outdir() }), 1));
    expect(after.frames).toBeGreaterThan(0);
  });

  test("cdktf's own validation errors at synth still name the construct path", () => {
    const app = new App({ outdir: outdir() });
    const stack = new TerraformStack(new Construct(app, "region"), "lonely");
    stack.node.addValidation({ validate: () => ["refused on purpose"] });
    expect(() => withoutTokenCreationStacks(() => app.synth())).toThrow(/region\/lonely.*refused on purpose/s);
  });
});
