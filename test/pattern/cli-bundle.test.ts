/**
 * Self-contained stacks: given a pair with the default `cli`, when synthesized, then every
 * provisioner runs `node` on the bundled mve-ha CLI that the stack carries as an asset (a path
 * relative to the stack module, the same bytes as dist/bundle/mve-ha.cjs), and a plan of a stack
 * copied without it fails naming the file. Given `cli`, the provisioners run that command instead
 * and the stacks carry no CLI.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { cliBundlePath } from "../../lib/core/cli-bundle-location";
import { readOutput, STACKS, temporaryDirectory } from "../example/synth";
import type { Json } from "../helpers/template";
import { App } from "cdktf";
import { PaloAltoHaPair } from "../../lib/pattern";
import { pairProps } from "./fixtures";

const ASSET = /^\$\{path\.module\}\/(assets\/mve-ha-cli\/[0-9A-F]+\/mve-ha\.cjs)$/;

/** Every local-exec provisioner of a synthesized stack, with its resource's preconditions. */
function provisioners(stack: Json): { address: string; run: Json; preconditions: Json[] }[] {
  return Object.entries((stack.resource?.terraform_data ?? {}) as Record<string, Json>).flatMap(([id, block]) =>
    (block.provisioner ?? []).map((p: Json) => ({
      address: `terraform_data.${id}`,
      run: p["local-exec"],
      preconditions: block.lifecycle?.precondition ?? [],
    })),
  );
}

function synth(cli?: string) {
  const outdir = temporaryDirectory("cli-bundle");
  const app = new App({ outdir });
  new PaloAltoHaPair(app, "syd", pairProps(cli === undefined ? {} : { cli }));
  app.synth();
  return { outdir, output: readOutput(outdir) };
}

describe("the mve-ha CLI travels with each stack", () => {
  const synthesized = synth();
  afterAll(() => fs.rmSync(synthesized.outdir, { recursive: true, force: true }));

  test.each(STACKS)("stack %s: provisioners run node on the bundle in its own assets folder", (name) => {
    const stack = synthesized.output.stacks[name];
    const runs = provisioners(stack);
    expect(runs.length).toBeGreaterThan(0);
    for (const { run } of runs) {
      expect(run.command).toMatch(/^node "\$MVE_HA_CLI_BUNDLE" (prepare|apply|commit) --host "\$MVE_HA_HOST" /);
      expect(run.environment.MVE_HA_CLI_BUNDLE).toMatch(ASSET);
    }
    const relative = ASSET.exec(runs[0].run.environment.MVE_HA_CLI_BUNDLE)![1];
    const carried = path.join(synthesized.outdir, "stacks", name, relative);
    expect(fs.readFileSync(carried).equals(fs.readFileSync(cliBundlePath()))).toBe(true);
  });

  test.each(STACKS)(
    "stack %s: every resource that runs the CLI first checks at plan time that the file is there",
    (name) => {
      for (const { address, run, preconditions } of provisioners(synthesized.output.stacks[name])) {
        const file = run.environment.MVE_HA_CLI_BUNDLE;
        const check = preconditions.find((p) => String(p.condition).includes("fileexists"));
        expect({ address, condition: check?.condition }).toEqual({ address, condition: `\${fileexists("${file}")}` });
        expect(check.error_message).toContain(ASSET.exec(file)![1]);
        expect(check.error_message).toContain("is missing from the stack directory");
      }
    },
  );

  test("the bundle runs on its own: --version answers this package's version", () => {
    const version = execFileSync(process.execPath, [cliBundlePath(), "--version"], { encoding: "utf8" }).trim();
    const pkg = JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../package.json"), "utf8"));
    expect(version).toBe(pkg.version);
  });

  test("the bundle leaves Graphviz out: every stack carries it, and only verify --report draws", () => {
    const bundle = fs.readFileSync(cliBundlePath(), "utf8");
    // Required by name at run time (the report notes the missing diagram), never inlined.
    expect(bundle).toContain('require("@viz-js/viz")');
    expect(bundle).not.toMatch(/WebAssembly\.instantiate/);
    expect(fs.statSync(cliBundlePath()).size).toBeLessThan(1.5 * 1024 * 1024);
  });
});

describe("cli overrides the bundled CLI", () => {
  const synthesized = synth("npx mve-ha");
  afterAll(() => fs.rmSync(synthesized.outdir, { recursive: true, force: true }));

  test.each(STACKS)("stack %s: provisioners run the given command and the stack carries no CLI", (name) => {
    for (const { run, preconditions } of provisioners(synthesized.output.stacks[name])) {
      expect(run.command).toMatch(/^npx mve-ha (prepare|apply|commit) --host /);
      expect(run.environment.MVE_HA_CLI_BUNDLE).toBeUndefined();
      expect(preconditions.filter((p) => String(p.condition).includes("fileexists"))).toEqual([]);
    }
    expect(fs.existsSync(path.join(synthesized.outdir, "stacks", name, "assets"))).toBe(false);
  });
});
