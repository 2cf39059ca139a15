/**
 * Terraform as the oracle for the provisioner contract: the bridges and commits of a firewall
 * stack, synthesized and run by the real `terraform` binary (terraform_data is built in, so this
 * runs offline), with a stand-in `mve-ha` that records what it was given. Proves the command lines,
 * the environment, the spec surviving `jsonencode`, credentials being inherited (not passed),
 * one run per change, HA rewritten (never deleted) on a change, undo on destroy, the final commit
 * on destroy, and the plan-time
 * IPv4 check. Skipped when `terraform` is not on PATH.
 */
import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { DataResource, TerraformIterator, TerraformStack, TerraformVariable, Testing } from "cdktf";
import {
  CommitOnDestroy,
  FirewallCommit,
  XmlBridge,
  XmlCleanup,
  buildFirewallModel,
  renderHaRemovalSpec,
  renderHaSpec,
  renderVsysImportRemovalSpec,
  renderVsysImportSpec,
} from "../../lib/panos";
import { parseSpec, type XmlSpec } from "../../lib/xmlspec";
import { firewallProps } from "./fixtures";

const terraform = spawnSync("terraform", ["version"], { encoding: "utf8" });
const describeWithTerraform = terraform.status === 0 ? describe : describe.skip;

interface Run {
  readonly argv: string[];
  readonly env: Record<string, string | undefined>;
  readonly credentialInherited: boolean;
}

const FAKE_CLI = `#!/usr/bin/env node
const fs = require("node:fs");
const pick = ["MVE_HA_HOST", "MVE_HA_PORT", "MVE_HA_PROTOCOL", "MVE_HA_CA_FILE", "MVE_HA_SPEC"];
const env = Object.fromEntries(pick.filter((k) => k in process.env).map((k) => [k, process.env[k]]));
const credentialInherited = process.env.PANOS_API_KEY === "sentinel-inherited-key";
fs.appendFileSync(process.env.FAKE_MVE_HA_LOG, JSON.stringify({ argv: process.argv.slice(2), env, credentialInherited }) + "\\n");
`;

const IMPORT = { kind: "interface", name: "ethernet1/1.100" } as const;

/** The bridges of a firewall stack, wired as PaloAltoFirewallConfig wires them, with the peer IP as a variable. */
function synthBridges(cli: string, devicePriority: number): string {
  const stack = new TerraformStack(Testing.app(), "firewall-0");
  const peer = new TerraformVariable(stack, "peer", { type: "string" });
  const base = firewallProps(0);
  const model = buildFirewallModel(
    { ...base, cli, ha: { ...base.ha, peerManagementIp: peer.stringValue, election: { devicePriority } } },
    "firewall-0",
  );
  const common = { api: model.api, cli: model.cli, subcommand: "apply" } as const;
  const root = new CommitOnDestroy(stack, "commit-on-destroy", { api: model.api, cli });
  const imported = new XmlBridge(stack, "vsys-import-interfaces", {
    ...common,
    spec: renderVsysImportSpec([IMPORT]),
    dependsOn: [root],
  });
  const cleanup = new XmlCleanup(stack, "vsys-import-cleanup", {
    api: model.api,
    cli,
    undoSpecs: { [IMPORT.name]: renderVsysImportRemovalSpec(IMPORT) },
    dependsOn: [imported],
    createBeforeDestroy: true,
  });
  const haCleanup = new XmlCleanup(stack, "high-availability-cleanup", {
    api: model.api,
    cli,
    undoSpecs: { "high-availability": renderHaRemovalSpec() },
    dependsOn: [imported, cleanup],
  });
  const ha = new XmlBridge(stack, "high-availability", {
    ...common,
    spec: renderHaSpec(model.ha),
    dependsOn: [imported, cleanup, haCleanup],
  });
  new FirewallCommit(stack, "commit", {
    api: model.api,
    cli,
    model,
    dependsOn: [root, imported, cleanup, haCleanup, ha],
  });
  return Testing.synth(stack);
}

describeWithTerraform("the provisioner contract, run by Terraform", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "panos-bridge-"));
  const cli = path.join(dir, "fake-mve-ha");
  const log = path.join(dir, "runs.jsonl");
  const rc = path.join(dir, "terraform.rc");
  const env = {
    ...process.env,
    FAKE_MVE_HA_LOG: log,
    PANOS_API_KEY: "sentinel-inherited-key",
    TF_CLI_CONFIG_FILE: rc,
    TF_IN_AUTOMATION: "1",
    CHECKPOINT_DISABLE: "1",
  };
  let seen = 0;

  function tf(...args: string[]): string {
    return execFileSync("terraform", [...args, "-no-color"], { cwd: dir, env, encoding: "utf8", timeout: 120_000 });
  }
  function write(devicePriority: number): void {
    fs.writeFileSync(path.join(dir, "cdk.tf.json"), synthBridges(cli, devicePriority));
  }
  /** The runs since the last call. */
  function newRuns(): Run[] {
    const lines = fs.existsSync(log) ? fs.readFileSync(log, "utf8").trim().split("\n").filter(Boolean) : [];
    const runs = lines.slice(seen).map((l) => JSON.parse(l) as Run);
    seen = lines.length;
    return runs;
  }
  const specOf = (run: Run): XmlSpec => parseSpec(run.env.MVE_HA_SPEC as string);
  const apply = () => tf("apply", "-auto-approve", "-input=false", "-var", "peer=203.0.113.20");

  beforeAll(() => {
    fs.writeFileSync(cli, FAKE_CLI, { mode: 0o755 });
    fs.writeFileSync(rc, "disable_checkpoint = true\n");
    write(100);
    tf("init", "-input=false");
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("first apply: import, then HA, then one commit, each with the agreed command line", () => {
    apply();
    const runs = newRuns();
    const connection = ["--host", "203.0.113.10", "--port", "443", "--protocol", "https", "--insecure"];
    expect(runs.map((r) => r.argv)).toEqual([
      ["apply", ...connection, "--timeout", "600", "--spec-env", "MVE_HA_SPEC"],
      ["apply", ...connection, "--timeout", "600", "--spec-env", "MVE_HA_SPEC"],
      ["commit", ...connection, "--timeout", "1200"],
    ]);
    expect(specOf(runs[0])).toEqual(renderVsysImportSpec([IMPORT]));
    const ha = specOf(runs[1]);
    expect(ha.name).toBe("high-availability");
    expect(ha.operations[0].element).toContain("<peer-ip>203.0.113.20</peer-ip>");
    expect(ha.operations[0].element).toContain("<device-priority>100</device-priority>");
    expect(runs.every((r) => r.credentialInherited)).toBe(true);
    expect(runs[2].env.MVE_HA_SPEC).toBeUndefined();
  });

  test("no credential in the state", () => {
    expect(fs.readFileSync(path.join(dir, "terraform.tfstate"), "utf8")).not.toContain("sentinel-inherited-key");
  });

  test("an unchanged configuration runs nothing: no apply, no commit", () => {
    apply();
    expect(newRuns()).toEqual([]);
  });

  test("an HA change rewrites HA with one edit (never deletes it), then commits once", () => {
    write(90);
    apply();
    const runs = newRuns();
    expect(runs.map((r) => [r.argv[0], r.env.MVE_HA_SPEC === undefined ? undefined : specOf(r).name])).toEqual([
      ["apply", "high-availability"],
      ["commit", undefined],
    ]);
    expect(specOf(runs[0]).operations).toEqual([expect.objectContaining({ action: "edit" })]);
    expect(specOf(runs[0]).operations[0].element).toContain("<device-priority>90</device-priority>");
  });

  test("a plan-time value that is not an IPv4 address fails the plan before anything runs", () => {
    const result = spawnSync(
      "terraform",
      ["plan", "-input=false", "-no-color", "-var", "peer=203.0.113.20</peer-ip><evil/>"],
      { cwd: dir, env, encoding: "utf8", timeout: 120_000 },
    );
    expect(result.status).not.toBe(0);
    expect(result.stderr.replace(/\s+/g, " ")).toContain('"high-availability" XML spec is not an IPv4 address');
    expect(newRuns()).toEqual([]);
  });

  test("destroy: HA removed, the interface's import removed, and a final commit", () => {
    tf("destroy", "-auto-approve", "-input=false", "-var", "peer=203.0.113.20");
    const runs = newRuns();
    expect(runs.map((r) => [r.argv[0], r.env.MVE_HA_SPEC === undefined ? undefined : specOf(r)])).toEqual([
      ["apply", renderHaRemovalSpec()],
      ["apply", renderVsysImportRemovalSpec(IMPORT)],
      ["commit", undefined],
    ]);
  });
});

/**
 * Removing a connection, wired as PaloAltoFirewallConfig wires it. The subinterfaces are a
 * stand-in whose destroy-time run is logged as `provider-delete`: the provider deletes a
 * subinterface only after the cleanup instance removed it from vsys1, and the connection's
 * commit-on-removal commits after that.
 */
function synthConnections(cli: string, names: readonly string[]): string {
  const stack = new TerraformStack(Testing.app(), "firewall-0");
  const model = buildFirewallModel({ ...firewallProps(0), cli }, "firewall-0");
  const { api } = model;
  const root = new CommitOnDestroy(stack, "commit-on-destroy", { api, cli });
  const removal = new CommitOnDestroy(stack, "commit-on-removal", {
    api,
    cli,
    forEach: names,
    dependsOn: [root],
    createBeforeDestroy: true,
  });
  // One for_each block standing in for the subinterfaces: unlike a real provider resource, a
  // stand-in's destroy-time log needs its block to stay in the configuration.
  const subinterfaces = [
    new DataResource(stack, "subinterfaces", {
      forEach: TerraformIterator.fromList([...names]),
      input: { name: "${each.key}" },
      dependsOn: [removal],
      lifecycle: { createBeforeDestroy: true },
      provisioners: [{ type: "local-exec", when: "destroy", command: `${cli} provider-delete \${self.input.name}` }],
    }),
  ];
  const items = names.map((name) => ({ kind: "interface", name }) as const);
  const imported = new XmlBridge(stack, "vsys-import-interfaces", {
    api,
    cli,
    subcommand: "apply",
    spec: renderVsysImportSpec(items),
    dependsOn: subinterfaces,
  });
  const cleanup = new XmlCleanup(stack, "vsys-import-cleanup", {
    api,
    cli,
    undoSpecs: Object.fromEntries(items.map((i) => [i.name, renderVsysImportRemovalSpec(i)])),
    dependsOn: [imported, ...subinterfaces],
    createBeforeDestroy: true,
  });
  const zone = new DataResource(stack, "zone", { input: { members: [...names] }, dependsOn: [imported, cleanup] });
  new FirewallCommit(stack, "commit", {
    api,
    cli,
    model: names,
    dependsOn: [root, removal, ...subinterfaces, imported, cleanup, zone],
  });
  return Testing.synth(stack);
}

describeWithTerraform("removing a connection, run by Terraform", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "panos-removal-"));
  const cli = path.join(dir, "fake-mve-ha");
  const log = path.join(dir, "runs.jsonl");
  const env = {
    ...process.env,
    FAKE_MVE_HA_LOG: log,
    TF_CLI_CONFIG_FILE: path.join(dir, "rc"),
    CHECKPOINT_DISABLE: "1",
  };
  const tf = (...args: string[]) =>
    execFileSync("terraform", [...args, "-no-color"], { cwd: dir, env, encoding: "utf8", timeout: 120_000 });
  /** Each run as "<subcommand> <spec name or first argument>". */
  const runs = (): string[] =>
    fs
      .readFileSync(log, "utf8")
      .split("\n")
      .filter(Boolean)
      .map((line) => {
        const run = JSON.parse(line) as Run;
        if (run.env.MVE_HA_SPEC !== undefined) return `${run.argv[0]} ${parseSpec(run.env.MVE_HA_SPEC).name}`;
        return run.argv[1]?.startsWith("-") ? run.argv[0] : run.argv.join(" ");
      });

  beforeAll(() => {
    fs.writeFileSync(cli, FAKE_CLI, { mode: 0o755 });
    fs.writeFileSync(path.join(dir, "rc"), "disable_checkpoint = true\n");
    fs.writeFileSync(path.join(dir, "cdk.tf.json"), synthConnections(cli, ["aws", "azure"]));
    tf("init", "-input=false");
    tf("apply", "-auto-approve", "-input=false");
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("adding both connections imports them once and commits once", () => {
    expect(runs()).toEqual(["apply vsys-import aws azure", "commit"]);
    fs.writeFileSync(log, "");
  });

  test("removing one: the stack commits its updates, then out of vsys1, deleted by the provider, committed", () => {
    fs.writeFileSync(path.join(dir, "cdk.tf.json"), synthConnections(cli, ["aws"]));
    tf("apply", "-auto-approve", "-input=false");
    // create_before_destroy defers the three destroys until every dependent (zone, commit) is updated.
    expect(runs()).toEqual([
      "apply vsys-import aws",
      "commit",
      "apply vsys-import-removal interface azure",
      "provider-delete azure",
      "commit",
    ]);
  });
});
