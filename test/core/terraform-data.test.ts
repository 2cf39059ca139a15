import { DataResource, TerraformStack, Testing } from "cdktf";
import { TerraformData } from "../../lib/core/terraform-data";
import { Template } from "../helpers/template";

describe("TerraformData", () => {
  test("synthesizes the built-in terraform_data block with input, triggers_replace and meta-arguments", () => {
    const stack = new TerraformStack(Testing.app(), "s");
    const first = new TerraformData(stack, "first", { input: { a: 1 } });
    new TerraformData(stack, "second", {
      input: { host: "127.0.0.2", nested: { list: [1, 2] } },
      triggersReplace: { fingerprint: "abc" },
      dependsOn: [first],
      provisioners: [{ type: "local-exec", command: "true" }],
    });
    const t = Template.synth(stack);
    expect(t.resource("terraform_data", "second")).toEqual({
      input: { host: "127.0.0.2", nested: { list: [1, 2] } },
      triggers_replace: { fingerprint: "abc" },
      depends_on: [t.address(first)],
      provisioner: [{ "local-exec": { command: "true" } }],
    });
    expect(t.json.terraform?.required_providers).toBeUndefined();
  });

  test("adds no validation of its own (cdktf's DataResource runs `terraform version` per instance)", () => {
    const stack = new TerraformStack(Testing.app(), "s");
    const validations = (c: { node: unknown }) => (c.node as { _validations?: unknown[] })._validations ?? [];
    expect(validations(new DataResource(stack, "cdktf", {}))).toHaveLength(1);
    expect(validations(new TerraformData(stack, "ours", {}))).toHaveLength(0);
  });
});
