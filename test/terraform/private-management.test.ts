import * as path from "node:path";
import { guideExample, type GuideExampleOptions } from "../../examples/guide-example";
import type { PrivateVxcManagementPath } from "../../lib/pattern";
import { type OfflineTerraform, prepareOfflineTerraform } from "../../tools/tf/harness";
import { placeholderVariables } from "../../tools/tf/placeholder-variables";
import { stackLevels, type SynthesizedStack, synthesize } from "../../tools/tf/stacks";
import { describeWithTerraform, expectSuccess, fixtureFile, scratchDir } from "./support";

/** The README's switch: each firewall to a port of yours on VLAN 300, on 10.20.0.0/24. */
export const SWITCH_TO_PRIVATE: PrivateVxcManagementPath = {
  kind: "private-vxc",
  firewalls: [
    {
      productUid: "5e1e8a7c-0000-4000-8000-00000000a0a0",
      vlan: 300,
      address: { ip: "10.20.0.10", prefixLength: 24, gateway: "10.20.0.1" },
    },
    {
      productUid: "5e1e8a7c-0000-4000-8000-00000000a0a0",
      vlan: 301,
      address: { ip: "10.20.0.11", prefixLength: 24, gateway: "10.20.0.1" },
    },
  ],
};

/**
 * The guide's migration under real Terraform (offline providers): the example's network stack is
 * applied with Megaport Internet for management, then re-synthesized with a private management
 * path and planned. The plan orders the two private VXCs, deletes the Megaport Internet VXCs and
 * reruns the device preparation with the new address, and touches nothing else: not the MVEs,
 * not the HA links, not the cloud connections.
 */
describeWithTerraform("switching management to private VXCs under real Terraform (offline providers)", () => {
  let terraform: OfflineTerraform;
  let scratch: ReturnType<typeof scratchDir>;
  let plan: { stdout: string; changes: Array<{ address: string; actions: string[] }> };
  let privateNetwork: SynthesizedStack;

  function network(name: string, options: GuideExampleOptions): SynthesizedStack {
    const outdir = path.join(scratch.dir, name);
    synthesize(
      (app, base) => guideExample(app, { ...base, cli: "mve-ha", ...options }),
      outdir,
      path.join(scratch.dir, "state"),
    );
    const stack = stackLevels(outdir)
      .flat()
      .find((s) => s.name === "network")!;
    Object.assign(terraform.env, placeholderVariables(stack.workingDirectory, terraform.env));
    return stack;
  }

  async function run(stack: SynthesizedStack, args: string[]) {
    return expectSuccess(await terraform.run(stack.workingDirectory, args), `terraform ${args[0]} in ${stack.name}`);
  }

  beforeAll(async () => {
    scratch = scratchDir("private-management");
    terraform = await prepareOfflineTerraform({ fixturesFile: fixtureFile("guide-example.json") });
    const internet = network("internet", {});
    await run(internet, ["init", "-input=false", "-no-color"]);
    await run(internet, ["apply", "-input=false", "-no-color", "-auto-approve"]);

    privateNetwork = network("private", { management: { path: SWITCH_TO_PRIVATE } });
    await run(privateNetwork, ["init", "-input=false", "-no-color"]);
    const planned = await run(privateNetwork, ["plan", "-input=false", "-no-color", "-out=tfplan"]);
    const shown = JSON.parse((await run(privateNetwork, ["show", "-json", "tfplan"])).stdout) as {
      resource_changes: Array<{ address: string; change: { actions: string[] } }>;
    };
    const changes = shown.resource_changes
      .filter((c) => !(c.change.actions.length === 1 && ["no-op", "read"].includes(c.change.actions[0])))
      .map((c) => ({ address: c.address, actions: c.change.actions }));
    plan = { stdout: planned.stdout, changes };
    if (process.env.SHOW_PLAN)
      console.info(
        planned.stdout
          .split("\n")
          .filter((l) => /^\s+# |^Plan:/.test(l))
          .join("\n"),
      );
  }, 240_000);

  afterAll(async () => {
    await terraform?.dispose();
    scratch?.remove();
  });

  const changed = (pattern: RegExp) => plan.changes.filter((c) => pattern.test(c.address));

  test("the plan adds two private management VXCs and deletes the two Megaport Internet VXCs", () => {
    expect(changed(/^megaport_vxc\.management-private-\d_/).map((c) => c.actions)).toEqual([["create"], ["create"]]);
    expect(changed(/^megaport_vxc\.management-\d_/).map((c) => c.actions)).toEqual([["delete"], ["delete"]]);
  });

  test("the device preparation reruns (replaced) for the new address; nothing else changes but the outputs", () => {
    expect(changed(/^terraform_data\.prepare-\d_device-settings_/).map((c) => c.actions)).toEqual([
      ["delete", "create"],
      ["delete", "create"],
    ]);
    const others = plan.changes.filter(
      (c) => !/^(megaport_vxc\.management-|terraform_data\.prepare-\d_device-settings_)/.test(c.address),
    );
    expect(others).toEqual([]);
    expect(plan.stdout).toMatch(/Plan: 4 to add, 0 to change, 4 to destroy\./);
  });

  test("the private VXC's ends: the MVE's mgmt vNIC untagged, the port on the given VLAN", async () => {
    const shown = JSON.parse((await run(privateNetwork, ["show", "-json", "tfplan"])).stdout) as {
      resource_changes: Array<{ address: string; change: { after: Record<string, Record<string, unknown>> } }>;
    };
    const vxc = shown.resource_changes.find((c) => /^megaport_vxc\.management-private-0_/.test(c.address))!;
    expect(vxc.change.after.a_end).toMatchObject({ vnic_index: 0, inner_vlan: -1 });
    expect(vxc.change.after.b_end).toMatchObject({
      requested_product_uid: "5e1e8a7c-0000-4000-8000-00000000a0a0",
      ordered_vlan: 300,
    });
  });

  test("with management.ipv6 as well, the planned device settings carry each firewall's IPv6 address", async () => {
    const ipv6 = network("private-ipv6", {
      management: {
        path: SWITCH_TO_PRIVATE,
        ipv6: [
          { address: "2001:db8:10::10/64", gateway: "fe80::1" },
          { address: "2001:db8:10::11/64", gateway: "fe80::1" },
        ],
      },
    });
    await run(ipv6, ["init", "-input=false", "-no-color"]);
    const planned = await run(ipv6, ["plan", "-input=false", "-no-color", "-out=tfplan"]);
    expect(planned.stdout).toMatch(/Plan: 4 to add, 0 to change, 4 to destroy\./);
    const shown = JSON.parse((await run(ipv6, ["show", "-json", "tfplan"])).stdout) as {
      resource_changes: Array<{
        address: string;
        change: { after: { input?: { spec: { operations: Array<{ element?: string }> } } } };
      }>;
    };
    [0, 1].forEach((i) => {
      const prepare = shown.resource_changes.find((c) =>
        c.address.startsWith(`terraform_data.prepare-${i}_device-settings_`),
      )!;
      const elements = prepare.change.after.input!.spec.operations.map((op) => op.element ?? "").join("");
      expect(elements).toContain(
        `<ip-address>10.20.0.1${i}</ip-address><netmask>255.255.255.0</netmask><default-gateway>10.20.0.1</default-gateway><mtu>1500</mtu>` +
          `<ipv6-address>2001:db8:10::1${i}/64</ipv6-address><ipv6-default-gateway>fe80::1</ipv6-default-gateway>`,
      );
    });
  });
});
