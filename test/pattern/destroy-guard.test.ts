/**
 * Given a pair, when synthesized, then every stack carries the destroy guard while preventDestroy
 * is on (the default) and none when it is off. What Terraform then shows is tested with real
 * Terraform in test/terraform/destroy.test.ts.
 */
import { DESTROY_GUARD_NAME, destroyGuardMessage } from "../../lib/pattern/destroy-guard";
import { pairProps, synthPair } from "./fixtures";

const guardOf = (template: { resources: (type: string) => Record<string, unknown> }) =>
  template.resources("terraform_data")[DESTROY_GUARD_NAME] as
    { input: { message: string }; lifecycle: { prevent_destroy: boolean } } | undefined;

describe("the destroy guard", () => {
  test("by default every stack has one, protected, whose message names the stacks in destroy order", () => {
    const { network, firewalls } = synthPair(pairProps({ stackPrefix: "syd-" }));
    for (const template of [network, ...firewalls]) {
      const guard = guardOf(template);
      expect(guard?.lifecycle).toEqual({ prevent_destroy: true });
      expect(guard?.input.message).toBe(destroyGuardMessage(["syd-firewall-1", "syd-firewall-0", "syd-network"]));
      expect(guard?.input.message).toContain("set preventDestroy: false");
    }
  });

  test("it depends on every other resource of its stack, so a destroy plans it, and stops at it, first", () => {
    const { network, firewalls } = synthPair(pairProps());
    for (const template of [network, ...firewalls]) {
      const guard = template.resources("terraform_data")[DESTROY_GUARD_NAME] as { depends_on: string[] };
      const others = template.addresses().filter((a) => a !== `terraform_data.${DESTROY_GUARD_NAME}`);
      expect(others.length).toBeGreaterThan(5);
      expect([...guard.depends_on].sort()).toEqual(others);
    }
  });

  test("with preventDestroy: false no stack has one", () => {
    const { network, firewalls } = synthPair(pairProps({ preventDestroy: false }));
    for (const template of [network, ...firewalls]) expect(guardOf(template)).toBeUndefined();
  });

  test("its name is a valid Terraform resource name", () => {
    expect(DESTROY_GUARD_NAME).toMatch(/^[A-Za-z_][A-Za-z0-9_-]*$/);
  });
});
