import * as path from "node:path";
import { guideExample } from "../../examples/guide-example";
import { pairOutputsFrom } from "../../lib/cli/stack-outputs";
import { type OfflineTerraform, prepareOfflineTerraform } from "../../tools/tf/harness";
import { placeholderVariables } from "../../tools/tf/placeholder-variables";
import { stackLevels, type SynthesizedStack, synthesize } from "../../tools/tf/stacks";
import { describeWithTerraform, expectSuccess, fixtureFile, recordedCliRuns, scratchDir } from "./support";

/**
 * Real Terraform judges every stack of the guide's example (main.ts): init, validate, plan, apply,
 * then a plan that must report no changes, stack by stack in dependency order, with cross-stack
 * references read from the applied upstream state. Provisioners run the recording `mve-ha` shim.
 */
describeWithTerraform("the example's stacks under real Terraform (offline providers)", () => {
  let terraform: OfflineTerraform;
  let scratch: ReturnType<typeof scratchDir>;
  let levels: SynthesizedStack[][];
  const timings: string[] = [];

  beforeAll(async () => {
    scratch = scratchDir("example-stacks");
    terraform = await prepareOfflineTerraform({ fixturesFile: fixtureFile("guide-example.json") });
    const outdir = path.join(scratch.dir, "cdktf.out");
    // `mve-ha` on PATH, so the provisioners run the harness's recording shim, not the bundled CLI.
    synthesize(
      (app, options) => guideExample(app, { ...options, cli: "mve-ha" }),
      outdir,
      path.join(scratch.dir, "state"),
    );
    levels = stackLevels(outdir);
    for (const stack of levels.flat()) {
      Object.assign(terraform.env, placeholderVariables(stack.workingDirectory, terraform.env));
    }
  }, 60_000);

  afterAll(async () => {
    if (timings.length > 0) console.info(`offline Terraform timings (ms):\n${timings.join("\n")}`);
    await terraform?.dispose();
    scratch?.remove();
  });

  async function step(stack: SynthesizedStack, what: string, args: string[]) {
    const run = expectSuccess(
      await terraform.run(stack.workingDirectory, args),
      `terraform ${what} in stack ${stack.name}`,
    );
    timings.push(`${stack.name.padEnd(12)} ${what.padEnd(10)} ${run.ms}`);
    return run;
  }

  async function deploy(stack: SynthesizedStack) {
    await step(stack, "init", ["init", "-input=false", "-no-color"]);
    await step(stack, "validate", ["validate", "-no-color"]);
    await step(stack, "plan", ["plan", "-input=false", "-no-color", "-out=tfplan"]);
    await step(stack, "apply", ["apply", "-input=false", "-no-color", "-auto-approve"]);
    // Exit code 0 with -detailed-exitcode means "no changes"; 2 would mean a diff.
    const replan = await step(stack, "re-plan", ["plan", "-input=false", "-no-color", "-detailed-exitcode"]);
    expect(replan.stdout).toContain("No changes.");
  }

  test("every stack inits, validates, plans, applies and then plans no changes, in dependency order", async () => {
    expect(levels.map((level) => level.map((stack) => stack.name))).toEqual([
      ["network"],
      ["firewall-0", "firewall-1"],
    ]);
    for (const level of levels) await Promise.all(level.map(deploy));
  }, 180_000);

  test("the network stack outputs the management IPs and the verify command", async () => {
    const network = levels[0][0];
    const outputs = JSON.parse(
      expectSuccess(await terraform.run(network.workingDirectory, ["output", "-json"]), "output").stdout,
    );
    expect(outputs["firewall-0-management-ip"].value).toBe("127.0.0.2");
    expect(outputs["firewall-1-management-ip"].value).toBe("127.0.0.3");
    expect(outputs["verify-command"].value).toBe("mve-ha verify --outputs outputs.json --insecure");
    // What `terraform output -json` printed is what `mve-ha verify --outputs` reads: hosts and every product UID.
    const pair = pairOutputsFrom(outputs, "terraform output -json");
    expect(pair.hosts).toEqual(["127.0.0.2", "127.0.0.3"]);
    const uids = [...pair.products.mves, ...pair.products.vxcs].map((p) => p.uid);
    expect(uids).toHaveLength(2 + 3 + 2 + 2 * 2);
    expect(new Set(uids).size).toBe(uids.length);
    for (const uid of uids) expect(uid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(outputs["bgp-peerings"].value[0]["firewall-1"]).toEqual({
      connection: "aws",
      vlan: 100,
      localAddress: "169.254.100.5/30",
      peerAddress: "169.254.100.6",
      peerAsn: 64512,
    });
  });

  test("cross-stack references resolve through the applied network state: own host, peer crossing over", async () => {
    for (const [index, host] of ["127.0.0.2", "127.0.0.3"].entries()) {
      const firewall = levels[1][index];
      const state = JSON.parse(
        expectSuccess(await terraform.run(firewall.workingDirectory, ["show", "-json"]), "show").stdout,
      );
      const ha = state.values.root_module.resources.find((r: { address: string }) =>
        r.address.startsWith("terraform_data.firewall_high-availability_"),
      );
      expect(ha.values.input.host).toBe(host);
      const peer = index === 0 ? "127.0.0.3" : "127.0.0.2";
      const haXml: string = ha.values.input.spec.operations.map((o: { element?: string }) => o.element ?? "").join("");
      expect(haXml).toContain(`<peer-ip>${peer}</peer-ip>`);
      expect(haXml).toContain(`<device-id>${index}</device-id>`);
    }
  });

  test("the provisioners ran the mve-ha shim against loopback only, recording variable names, never values", () => {
    const lines = recordedCliRuns(terraform.cliLog);
    const runs = lines.map((line) => `${line.argv[0]} ${line.argv[line.argv.indexOf("--host") + 1]}`).sort();
    expect(runs).toEqual([
      "apply 127.0.0.2",
      "apply 127.0.0.2",
      "apply 127.0.0.2",
      "apply 127.0.0.3",
      "apply 127.0.0.3",
      "apply 127.0.0.3",
      "commit 127.0.0.2",
      "commit 127.0.0.3",
      "prepare 127.0.0.2",
      "prepare 127.0.0.3",
    ]);
    for (const line of lines) {
      expect(line.refused).toBeUndefined();
      expect(line.envNames).toEqual(expect.arrayContaining(["MVE_HA_HOST", "MVE_HA_PORT", "MVE_HA_PROTOCOL"]));
      expect(JSON.stringify(line)).not.toContain("operations");
    }
  });
});
