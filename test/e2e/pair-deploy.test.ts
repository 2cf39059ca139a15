/**
 * End to end, offline: the guide's example (main.ts) applied stack by stack with the real
 * terraform binary and the offline providers; its provisioners run the real `mve-ha` against two
 * simulated PAN-OS firewalls on loopback. Then: the devices hold what the guide configures, a
 * second apply changes and commits nothing, `mve-ha verify` passes (with --outputs also against a
 * simulated Megaport API, and fails naming a VXC shut down), and a changed prop re-applies only what
 * it touches. The offline panos provider runs in device mode: every panos object of the firewall
 * stacks is written to the simulators, and each running configuration is checked element by element.
 */
import * as path from "node:path";
import { execFile } from "node:child_process";
import * as fs from "node:fs";
import { guideExample, type GuideExampleOptions } from "../../examples/guide-example";
import { CHECK_IDS } from "../../lib/verify";
import { type OfflineTerraform, prepareOfflineTerraform } from "../../tools/tf/harness";
import { placeholderVariables } from "../../tools/tf/placeholder-variables";
import { stackLevels, type SynthesizedStack, synthesize } from "../../tools/tf/stacks";
import { startMegaportSim } from "../megaport-sim";
import type { Simulator } from "../simulator";
import { describeWithTerraform, expectSuccess, fixtureFile, scratchDir } from "../terraform/support";
import { PANOS_DEVICE_ENV } from "../../tools/offline-provider/panos-device/connection";
import { panosObjectRow } from "../../tools/offline-provider/panos-device/xpaths";
import { expectPanosObjects } from "./panos-objects";
import { deviceNode, deviceText, liveProducts, megaportProductsInState, members, startPair } from "./pair-fixture";

const ROOT = path.resolve(__dirname, "../..");
const MVE_HA = [process.execPath, path.join(ROOT, "bin", "mve-ha.js")];
const PASSWORD = "e2e-Secret-p@ss";

/** Runs the real `mve-ha` as a child process without blocking this process's event loop. */
function runMveHa(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(
      MVE_HA[0],
      [MVE_HA[1], ...args],
      { env: { ...process.env, ...env, MVE_HA_LOOPBACK_ONLY: "1" }, encoding: "utf8" },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== "number") reject(error);
        else resolve({ code: error ? (error.code as number) : 0, stdout, stderr });
      },
    );
  });
}

describeWithTerraform("end to end: the guide's pair through Terraform, mve-ha and two simulated firewalls", () => {
  let terraform: OfflineTerraform;
  let scratch: ReturnType<typeof scratchDir>;
  let sims: [Simulator, Simulator];
  let outdir: string;
  let stacks: Record<string, SynthesizedStack>;
  const output: string[] = [];

  function synth(overrides: Partial<GuideExampleOptions> = {}) {
    synthesize(
      (app, options) =>
        guideExample(app, {
          ...options,
          managementApi: { port: sims[0].port, protocol: "https", caFile: sims[0].caFile },
          ...overrides,
        }),
      outdir,
      path.join(scratch.dir, "state"),
    );
    stacks = Object.fromEntries(
      stackLevels(outdir)
        .flat()
        .map((s) => [s.name, s]),
    );
    for (const stack of Object.values(stacks)) {
      Object.assign(terraform.env, placeholderVariables(stack.workingDirectory, terraform.env));
    }
  }

  async function tf(stack: string, ...args: string[]) {
    const run = await terraform.run(stacks[stack].workingDirectory, [...args, "-no-color"]);
    output.push(run.stdout, run.stderr);
    return run;
  }

  async function apply(stack: string) {
    return expectSuccess(await tf(stack, "apply", "-input=false", "-auto-approve"), `apply ${stack}`);
  }

  /** What a plan of each stack would change (the three plans run in parallel). */
  async function plannedAll(): Promise<Record<string, string[]>> {
    const names = ["network", "firewall-0", "firewall-1"];
    const plans = await Promise.all(names.map((name) => planned(name)));
    return Object.fromEntries(names.map((name, i) => [name, plans[i]]));
  }

  /** Resource addresses a plan would change, by action. */
  async function planned(stack: string): Promise<string[]> {
    expectSuccess(await tf(stack, "plan", "-input=false", "-out=tfplan"), `plan ${stack}`);
    const shown = expectSuccess(await tf(stack, "show", "-json", "tfplan"), `show ${stack}`);
    const plan = JSON.parse(shown.stdout) as {
      resource_changes?: { address: string; change: { actions: string[] } }[];
    };
    return (plan.resource_changes ?? [])
      .filter((c) => !(c.change.actions.length === 1 && ["no-op", "read"].includes(c.change.actions[0])))
      .map((c) => `${c.change.actions.join("+")} ${c.address.replace(/_[0-9A-F]{8}(\[|$)/, "$1")}`)
      .sort();
  }

  beforeAll(async () => {
    scratch = scratchDir("e2e");
    outdir = path.join(scratch.dir, "cdktf.out");
    sims = await startPair(PASSWORD);
    terraform = await prepareOfflineTerraform({
      fixturesFile: fixtureFile("guide-example.json"),
      cli: { kind: "exec", command: MVE_HA },
    });
    // The provisioners run the CLI bundled into each stack; it refuses any host off loopback. The
    // panos provider writes to the simulators (device mode), trusting their CA as Go's TLS does.
    Object.assign(terraform.env, {
      PANOS_USERNAME: sims[0].username,
      PANOS_PASSWORD: PASSWORD,
      MVE_HA_LOOPBACK_ONLY: "1",
      [PANOS_DEVICE_ENV]: "on",
      SSL_CERT_FILE: sims[0].caFile ?? "",
    });
    synth();
    await Promise.all(
      Object.keys(stacks).map(async (stack) => expectSuccess(await tf(stack, "init", "-input=false"), `init ${stack}`)),
    );
  }, 60_000);

  afterAll(async () => {
    await terraform?.dispose();
    await Promise.all((sims ?? []).map((s) => s.stop()));
    scratch?.remove();
  });

  test("network: device preparation configures both firewalls, commits once each and restarts them for jumbo frames", async () => {
    await apply("network");
    for (const [i, sim] of sims.entries()) {
      const running = sim.running;
      expect(deviceText(running, "deviceconfig/setting/auto-mac-detect")).toBe("yes");
      expect(deviceText(running, "deviceconfig/setting/jumbo-frame/mtu")).toBe("9100");
      expect(deviceNode(running, "deviceconfig/system/type")?.children.map((c) => c.name)).toEqual(["static"]);
      expect(deviceText(running, "deviceconfig/system/ip-address")).toBe(`127.0.0.${2 + i}`);
      expect(deviceText(running, "deviceconfig/system/netmask")).toBe("255.255.255.248");
      expect(deviceText(running, "deviceconfig/system/default-gateway")).toBe("127.0.0.1");
      expect(deviceText(running, "deviceconfig/system/mtu")).toBe("1500");
      expect(deviceText(running, "deviceconfig/system/dns-setting/servers/primary")).toBe("1.1.1.1");
      expect(deviceText(running, "deviceconfig/system/dns-setting/servers/secondary")).toBe("8.8.8.8");
      expect(sim.commits.map((c) => c.result)).toEqual(["OK"]);
      expect(sim.boots).toBe(2);
      expect(sim.jumboMode).toBe(true);
    }
  }, 120_000);

  test("every panos resource type of the firewall stacks has a row in the offline device table", () => {
    for (const stack of ["firewall-0", "firewall-1"]) {
      const synthesized = JSON.parse(
        fs.readFileSync(path.join(stacks[stack].workingDirectory, "cdk.tf.json"), "utf8"),
      ) as { resource: Record<string, unknown> };
      const types = Object.keys(synthesized.resource).filter((t) => t.startsWith("panos_"));
      expect(types.length).toBeGreaterThanOrEqual(7);
      expect(types.filter((t) => !panosObjectRow(t))).toEqual([]);
    }
  });

  test("firewalls: vsys import, Active/Active HA with crossing peers, and exactly one commit per firewall", async () => {
    await Promise.all([apply("firewall-0"), apply("firewall-1")]);
    for (const [i, sim] of sims.entries()) {
      const running = sim.running;
      // The panos provider wrote every object of the stack; the stack's commit took them to running.
      expectPanosObjects(running, i as 0 | 1);
      expect(members(running, "vsys/entry/import/network/interface").sort()).toEqual([
        "ethernet1/1",
        "ethernet1/1.100",
        "ethernet1/1.200",
      ]);
      const ha = "deviceconfig/high-availability";
      expect(deviceText(running, `${ha}/enabled`)).toBe("yes");
      expect(deviceText(running, `${ha}/group/group-id`)).toBe("1");
      expect(deviceText(running, `${ha}/group/peer-ip`)).toBe(`127.0.0.${3 - i}`);
      expect(deviceText(running, `${ha}/group/peer-ip-backup`)).toBe(`10.255.1.${2 - i}`);
      expect(deviceText(running, `${ha}/group/mode/active-active/device-id`)).toBe(String(i));
      expect(deviceText(running, `${ha}/group/mode/active-active/network-configuration/sync/virtual-router`)).toBe(
        "no",
      );
      expect(deviceText(running, `${ha}/group/configuration-synchronization/enabled`)).toBe("yes");
      expect(deviceText(running, `${ha}/group/state-synchronization/enabled`)).toBe("yes");
      expect(deviceText(running, `${ha}/interface/ha1/port`)).toBe("management");
      expect(deviceText(running, `${ha}/interface/ha1-backup/port`)).toBe("ethernet1/2");
      expect(deviceText(running, `${ha}/interface/ha2/port`)).toBe("ethernet1/3");
      expect(deviceText(running, `${ha}/interface/ha2/ip-address`)).toBe(`10.255.2.${1 + i}`);
      expect(deviceText(running, `${ha}/interface/ha3/port`)).toBe("ethernet1/4");
      const groups = deviceNode(running, `${ha}/group/monitoring/path-monitoring/path-group/virtual-router/entry`);
      expect(groups?.attributes.name).toBe("default");
      // One commit by the preparation, exactly one by the firewall stack.
      expect(sim.commits.map((c) => c.result)).toEqual(["OK", "OK"]);
      expect(sim.pendingChanges).toBe(false);
    }
  }, 120_000);

  test("a second apply of every stack plans no changes, writes nothing and commits nothing", async () => {
    const before = sims.map((s) => ({ writes: s.writes, commits: s.commits.length, boots: s.boots }));
    const again = async (stack: string) => {
      const replan = await tf(stack, "plan", "-input=false", "-detailed-exitcode");
      expect(replan.code).toBe(0);
      const run = await apply(stack);
      expect(run.stdout).toContain("0 added, 0 changed, 0 destroyed");
    };
    await again("network");
    await Promise.all([again("firewall-0"), again("firewall-1")]);
    expect(sims.map((s) => ({ writes: s.writes, commits: s.commits.length, boots: s.boots }))).toEqual(before);
  }, 120_000);

  test("mve-ha verify checks the simulated pair: every check passes or is skipped, exit 0", async () => {
    // Asynchronously: the simulators answer from this process's event loop.
    const run = await runMveHa(
      [
        "verify",
        "--host",
        "127.0.0.2",
        "--host",
        "127.0.0.3",
        "--port",
        String(sims[0].port),
        "--ca-file",
        sims[0].caFile ?? "",
        "--json",
      ],
      { PANOS_USERNAME: "admin", PANOS_PASSWORD: PASSWORD },
    );
    output.push(run.stdout, run.stderr);
    const report = JSON.parse(run.stdout) as {
      ok: boolean;
      firewalls: { host: string; checks: { id: string; status: string; detail: string }[] }[];
    };
    expect(report.firewalls.map((f) => f.host)).toEqual(["127.0.0.2", "127.0.0.3"]);
    for (const firewall of report.firewalls) {
      const bad = firewall.checks.filter((c) => c.status !== "pass" && c.status !== "skip");
      expect(bad).toEqual([]);
      expect(firewall.checks.map((c) => c.id)).toEqual([...CHECK_IDS]);
      expect(firewall.checks.find((c) => c.id === "ha.local-state")?.status).toBe("pass");
    }
    expect(report.ok).toBe(true);
    expect(run.code).toBe(0);
  }, 60_000);

  test("mve-ha verify --outputs checks both firewalls and every Megaport product from the stack outputs; a VXC shut down fails it", async () => {
    // Both shapes: `terraform output -json` of the network stack, and cdktf's outputs file (stacks by name).
    const shown = expectSuccess(await tf("network", "output", "-json"), "output");
    const terraformOutputs = path.join(scratch.dir, "terraform-outputs.json");
    fs.writeFileSync(terraformOutputs, shown.stdout);
    const values = Object.fromEntries(
      Object.entries(JSON.parse(shown.stdout) as Record<string, { value: unknown }>).map(([k, v]) => [k, v.value]),
    );
    const cdktfOutputs = path.join(scratch.dir, "outputs.json");
    fs.writeFileSync(cdktfOutputs, JSON.stringify({ network: values, "firewall-0": {}, "firewall-1": {} }));

    const products = megaportProductsInState(path.join(scratch.dir, "state", "terraform.network.tfstate"));
    expect(products.filter((p) => p.type === "megaport_mve")).toHaveLength(2);
    expect(products.filter((p) => p.type === "megaport_vxc")).toHaveLength(3 + 2 + 2 * 2);
    const megaport = await startMegaportSim({ products: liveProducts(products) });
    try {
      const env = { PANOS_USERNAME: "admin", PANOS_PASSWORD: PASSWORD, ...megaport.env() };
      const connection = ["--port", String(sims[0].port), "--ca-file", sims[0].caFile ?? ""];
      for (const file of [terraformOutputs, cdktfOutputs]) {
        const run = await runMveHa(["verify", "--outputs", file, ...connection, "--json"], env);
        output.push(run.stdout, run.stderr);
        const report = JSON.parse(run.stdout) as {
          ok: boolean;
          firewalls: { host: string; checks: { status: string }[] }[];
          megaport: { checks: { id: string; status: string; detail: string }[] };
        };
        expect(report.firewalls.map((f) => f.host)).toEqual(["127.0.0.2", "127.0.0.3"]);
        for (const firewall of report.firewalls) {
          expect(firewall.checks.filter((c) => c.status !== "pass" && c.status !== "skip")).toEqual([]);
        }
        expect(report.megaport.checks).toEqual([
          { id: "megaport.mves", status: "pass", detail: "2 MVEs ready and up (LIVE)" },
          { id: "megaport.vxcs", status: "pass", detail: "9 VXCs ready and up (LIVE)" },
        ]);
        expect(report.ok).toBe(true);
        expect(run.code).toBe(0);
      }
      // Every product in the state was asked for (by the UID the outputs gave), each once per run.
      const asked = megaport.requests.filter((r) => r.path.startsWith("/v2/product/")).map((r) => r.path.slice(12));
      expect(asked.sort()).toEqual([...products, ...products].map((p) => p.uid).sort());

      const aws1 = products.find((p) => p.name.endsWith("fw-1 aws"));
      expect(aws1).toBeDefined();
      megaport.patch(aws1!.uid, { shutdown: true });
      const down = await runMveHa(["verify", "--outputs", cdktfOutputs, ...connection, "--json"], env);
      output.push(down.stdout, down.stderr);
      const failed = JSON.parse(down.stdout) as { ok: boolean; megaport: { checks: unknown[] } };
      expect(failed.megaport.checks).toEqual([
        { id: "megaport.mves", status: "pass", detail: "2 MVEs ready and up (LIVE)" },
        {
          id: "megaport.vxcs",
          status: "fail",
          detail: `aws connection of firewall 1 ${aws1!.name} (${aws1!.uid}) is LIVE but shut down`,
        },
      ]);
      expect(failed.ok).toBe(false);
      expect(down.code).toBe(1);
      expect(output.join("\n")).not.toContain(megaport.secretKey);
    } finally {
      await megaport.stop();
    }
  }, 60_000);

  test("changing HA3 bandwidth re-applies only the HA3 VXC; the firewalls are not touched", async () => {
    const before = sims.map((s) => ({ writes: s.writes, commits: s.commits.length }));
    synth({ ha3RateLimitMbps: 20_000 });
    expect(await plannedAll()).toEqual({
      network: ["update megaport_vxc.ha3_vxc"],
      "firewall-0": [],
      "firewall-1": [],
    });
    await apply("network");
    expect(sims.map((s) => ({ writes: s.writes, commits: s.commits.length }))).toEqual(before);
  }, 120_000);

  test("changing the AWS neighbour's ASN replaces the AWS VXCs and re-applies each firewall's BGP and commit, nothing else", async () => {
    synth({ ha3RateLimitMbps: 20_000, amazonAsn: 64513 });
    const firewall = [
      "delete+create terraform_data.firewall_commit",
      "update panos_virtual_router.firewall_virtual-router",
    ];
    // The ASN is in the AWS partner config, which megaport 1.13.1 replaces on change (offline too,
    // tools/offline-provider/provider/requires-replace.ts); the pair's preventDestroy does not
    // cover a connection's VXCs.
    expect(await plannedAll()).toEqual({
      network: ["delete+create megaport_vxc.aws-0_attachment_vxc", "delete+create megaport_vxc.aws-1_attachment_vxc"],
      "firewall-0": firewall,
      "firewall-1": firewall,
    });
    const requests = sims.map((s) => s.requests.length);
    await apply("network");
    await Promise.all([apply("firewall-0"), apply("firewall-1")]);
    for (const [i, sim] of sims.entries()) {
      // HA and vsys import did not change; the provider rewrote the router alone (one edit), and the
      // commit took the new peer ASN to the running configuration.
      const writes = sim.requests
        .slice(requests[i])
        .filter((r) => r.type === "config" && ["set", "edit", "delete"].includes(r.action ?? ""));
      expect(writes.map((r) => `${r.action} ${r.xpath}`)).toEqual([
        "edit /config/devices/entry[@name='localhost.localdomain']/network/virtual-router/entry[@name='default']",
      ]);
      expect(sim.commits.map((c) => c.result)).toEqual(["OK", "OK", "OK"]);
      expect(sim.pendingChanges).toBe(false);
      expectPanosObjects(sim.running, i as 0 | 1, "64513");
    }
  }, 180_000);

  test("changing an HA setting rewrites HA on both firewalls and commits exactly once each", async () => {
    synth({ ha3RateLimitMbps: 20_000, amazonAsn: 64513, ha: { tentativeHoldTimeSeconds: 90 } });
    const firewall = [
      "delete+create terraform_data.firewall_commit",
      "delete+create terraform_data.firewall_high-availability",
    ];
    expect(await plannedAll()).toEqual({ network: [], "firewall-0": firewall, "firewall-1": firewall });
    await Promise.all([apply("firewall-0"), apply("firewall-1")]);
    for (const sim of sims) {
      expect(
        deviceText(sim.running, "deviceconfig/high-availability/group/mode/active-active/tentative-hold-time"),
      ).toBe("90");
      expect(sim.commits.map((c) => c.result)).toEqual(["OK", "OK", "OK", "OK"]);
      expect(sim.pendingChanges).toBe(false);
    }
  }, 180_000);

  test("no credential appears in any Terraform or mve-ha output, state or plan", () => {
    const everything = output.join("\n");
    expect(everything).not.toContain(PASSWORD);
    for (const sim of sims) expect(everything).not.toContain(sim.apiKey);
    const states = ["network", "firewall-0", "firewall-1"].map((s) =>
      fs.readFileSync(path.join(scratch.dir, "state", `terraform.${s}.tfstate`), "utf8"),
    );
    for (const state of states) expect(state).not.toContain(PASSWORD);
  });
});
