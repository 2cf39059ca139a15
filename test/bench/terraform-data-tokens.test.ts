/**
 * Issue 17 item 1, fewer tokens per pair: cdktf's TerraformResource turns every `dependsOn` entry
 * into a token of its own, and captures a full stack trace for each (a pair's bridges and destroy
 * guards have ~150 such edges). TerraformData writes the same `depends_on` without one per edge.
 * Counted (cdktf's capture function is wrapped), not timed.
 */
import { App, TerraformStack, Testing } from "cdktf";
import { TerraformData } from "../../lib/core/terraform-data";
import { countCreationStacks } from "../../bench/synth/creation-stacks";

function build(dependencies: number): { stack: TerraformStack; captures: number } {
  const app = new App({ outdir: Testing.app().outdir });
  const stack = new TerraformStack(app, "s");
  const targets = Array.from({ length: dependencies }, (_, i) => new TerraformData(stack, `target-${i}`));
  // Each target's own reference (its fqn) is one token, created once per target whatever depends on it.
  targets.forEach((target) => target.fqn);
  const captures = countCreationStacks(() => {
    new TerraformData(stack, "first", { dependsOn: targets, input: { x: 1 } });
    new TerraformData(stack, "second", { dependsOn: targets });
  }).total;
  return { stack, captures };
}

test("dependsOn costs no token (and no stack trace) per dependency", () => {
  expect(build(1).captures).toBe(build(20).captures);
});

test("depends_on is written as before: the targets' addresses, in order", () => {
  const { stack } = build(3);
  const json = JSON.parse(Testing.synth(stack)) as {
    resource: { terraform_data: Record<string, { depends_on?: string[]; input?: unknown }> };
  };
  const addresses = ["terraform_data.target-0", "terraform_data.target-1", "terraform_data.target-2"];
  expect(json.resource.terraform_data.first).toEqual({ depends_on: addresses, input: { x: 1 } });
  expect(json.resource.terraform_data.second).toEqual({ depends_on: addresses });
});
