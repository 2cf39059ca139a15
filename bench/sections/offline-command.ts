/**
 * Section 3b: the packaged `mve-ha-offline` command (dist/bundle/mve-ha-offline.cjs, run with plain
 * node, as an installed package runs it): bundle size, `--help` start time, the bundled provider's
 * start to its handshake line, and validate and plan per stack of the example through the command
 * (each run includes the command's own quiet `terraform init`), with a relative -chdir from the
 * app's directory: as it runs by default (each provider started once, Terraform attaches) and with
 * `--no-reattach` (Terraform starts the providers itself, AutoMTLS), alternately. Medians of RUNS;
 * provider starts per command counted once per mode from Terraform's debug log.
 */
import { App } from "cdktf";
import { spawn, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { guideExample } from "../../examples/guide-example";
import { ensureOfflineBundle } from "../../scripts/bundle-offline";
import { MAGIC_COOKIE_KEY, MAGIC_COOKIE_VALUE } from "../../tools/offline-provider/protocol/handshake";
import { findTerraform } from "../../tools/tf/harness";
import { privateRoot } from "../../tools/tf/private-dir";
import { stackLevels } from "../../tools/tf/stacks";
import { median, mb, ms } from "../stats";
import type { Table } from "../table";
import { reported, type SectionResult } from "../verdict";

const RUNS = 5;
const ROOT = path.resolve(__dirname, "../..");
const FIXTURE = path.join(ROOT, "test/terraform/fixtures/guide-example.json");

/** Measures the packaged command; the Terraform rows only with `terraform` on PATH. */
export async function offlineCommand(): Promise<SectionResult> {
  const bundle = ensureOfflineBundle();
  const run = (cwd: string, args: string[], env: NodeJS.ProcessEnv = {}) => {
    const started = performance.now();
    const result = spawnSync(process.execPath, [bundle.file, ...args], {
      cwd,
      encoding: "utf8",
      env: { ...process.env, ...env },
    });
    if (result.status !== 0) throw new Error(`mve-ha-offline ${args.join(" ")} failed:\n${result.stderr}`);
    return performance.now() - started;
  };
  const medianOf = (measure: () => number | Promise<number>) => timesOf(measure).then(median);
  const rows: string[][] = [
    ["bundle size (dist/bundle/mve-ha-offline.cjs)", mb(bundle.bytes)],
    [`mve-ha-offline --help (start to exit)`, ms(await medianOf(() => run(ROOT, ["--help"])))],
  ];
  if (!findTerraform()) {
    rows.push(["validate / plan per stack", "skipped: terraform not on PATH"]);
    return { tables: [table(rows)], verdicts: [reported("mve-ha-offline validate + plan per stack", "not measured")] };
  }
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "bench-offline-command-"));
  try {
    const app = new App({ outdir: path.join(scratch, "cdktf.out") });
    guideExample(app, { cli: "mve-ha" });
    app.synth();
    // The schemas the bundle wrote into the private root on its first run (the --help above does not).
    run(scratch, ["--", "-chdir=cdktf.out/stacks/network", "validate"]);
    const schemaDir = newestSchemaDir();
    for (const schema of ["megaport", "panos"]) {
      const started = await medianOf(() => handshake(bundle.file, path.join(schemaDir, `${schema}.json`)));
      rows.push([`bundled provider start to handshake, plaintext, ${schema}`, ms(started)]);
    }
    const perStack: string[] = [];
    for (const stack of stackLevels(path.join(scratch, "cdktf.out")).flat()) {
      const chdir = `-chdir=cdktf.out/stacks/${stack.name}`;
      const commands = { validate: ["--", chdir, "validate"], plan: [`--fixture=${FIXTURE}`, "--", chdir, "plan"] };
      const modes = { reattach: [], "--no-reattach": ["--no-reattach"] } as const;
      const times: Record<string, number[]> = {};
      // The two modes alternate, so that the machine's load changes both alike.
      for (let i = 0; i < RUNS; i++) {
        for (const [mode, option] of Object.entries(modes)) {
          for (const [command, args] of Object.entries(commands)) {
            (times[`${mode} ${command}`] ??= []).push(run(scratch, [...option, ...args]));
          }
        }
      }
      const sum = (mode: string) => median(times[`${mode} validate`]) + median(times[`${mode} plan`]);
      for (const [mode, option] of Object.entries(modes)) {
        for (const [command, args] of Object.entries(commands)) {
          const starts = countStarts((env) => run(scratch, [...option, ...args], env), scratch);
          rows.push([
            `${stack.name}: ${command}, ${mode} (provider starts: ${starts})`,
            ms(median(times[`${mode} ${command}`])),
          ]);
        }
        rows.push([`${stack.name}: validate + plan, ${mode}`, ms(sum(mode))]);
      }
      perStack.push(`${stack.name} ${ms(sum("reattach"))} (--no-reattach ${ms(sum("--no-reattach"))})`);
      // The firewall stacks plan against the network stack's (offline) state.
      if (stack.name === "network") run(scratch, [`--fixture=${FIXTURE}`, "--", chdir, "apply", "-auto-approve"]);
    }
    return {
      tables: [table(rows)],
      verdicts: [reported("mve-ha-offline validate + plan per stack", perStack.join(", "))],
    };
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

/** Provider starts of one command: the providers' "ready" lines in Terraform's debug log. */
function countStarts(runWith: (env: NodeJS.ProcessEnv) => unknown, dir: string): number {
  const log = path.join(dir, "starts.log");
  fs.rmSync(log, { force: true });
  runWith({ TF_LOG: "debug", TF_LOG_PATH: log });
  return [...fs.readFileSync(log, "utf8").matchAll(/\[offline-provider\] \w+\.json ready in/g)].length;
}

function table(rows: string[][]): Table {
  return {
    title: "3b. The packaged mve-ha-offline command (plain node, relative -chdir)",
    header: ["Measurement", `Median of ${RUNS}`],
    rows,
    notes: [
      "Each validate or plan is one `node dist/bundle/mve-ha-offline.cjs -- -chdir=cdktf.out/stacks/<stack> <command>`" +
        " from the app directory, its quiet terraform init included; plans use the guide example's fixture file.",
      "reattach: the command starts each provider the stack needs once and Terraform attaches to it (the default);" +
        " --no-reattach: Terraform starts them itself, per provider instance and walk, over AutoMTLS." +
        " Provider starts are counted in one extra run of each command with TF_LOG=debug.",
    ],
  };
}

async function timesOf(measure: () => number | Promise<number>): Promise<number[]> {
  const values: number[] = [];
  for (let i = 0; i < RUNS; i++) values.push(await measure());
  return values;
}

function newestSchemaDir(): string {
  const packaged = path.join(privateRoot(), "packaged");
  const [newest] = fs
    .readdirSync(packaged)
    .map((name) => path.join(packaged, name, "schemas"))
    .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs);
  return newest;
}

/** Milliseconds from spawning the bundle as the provider to its go-plugin handshake line. */
function handshake(bundle: string, schemaFile: string): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, [bundle, "--schema", schemaFile], {
    env: { PATH: process.env.PATH, [MAGIC_COOKIE_KEY]: MAGIC_COOKIE_VALUE, PLUGIN_PROTOCOL_VERSIONS: "5,6" },
    stdio: ["ignore", "pipe", "ignore"],
  });
  return new Promise((resolve, reject) => {
    child.stdout.once("data", () => {
      resolve(performance.now() - started);
      child.kill();
    });
    child.once("exit", (code) => reject(new Error(`the bundled provider exited (${code}) before its handshake`)));
  });
}
