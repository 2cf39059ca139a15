/**
 * Issue 17: what a user runs to synthesize. `npm run synth` and the cdktf.json app command run the
 * compiled app (scripts/app.cjs) without the cdktf CLI and without tsx, and write what the
 * in-process synth writes. Counted (which programs ran), not timed.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { hashSources } from "../../tools/tf/bundle";
import { digestOutdir, IDENTITY_FIXTURE } from "../../bench/synth/identity";
import * as bundleCli from "../../scripts/bundle-cli";

const ROOT = path.resolve(__dirname, "../..");
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the plain-JavaScript launcher
const launcher = require("../../scripts/app.cjs") as {
  hashSources: typeof hashSources;
  APP_SOURCE_DIRS: string[];
  APP_SOURCE_FILES: string[];
};

interface ProcessRecord {
  readonly argv: string[];
  readonly execArgv: string[];
}

let scratch: string;
beforeAll(() => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), "user-synth-"));
});
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

/** Runs `command` with every Node.js process it starts recording its command line. */
function recorded(
  command: string,
  args: string[],
): { status: number | null; stdout: string; processes: ProcessRecord[] } {
  const log = path.join(scratch, `processes-${Date.now()}.jsonl`);
  const recorder = path.join(scratch, "recorder.cjs");
  fs.writeFileSync(
    recorder,
    `require("node:fs").appendFileSync(${JSON.stringify(log)}, JSON.stringify({ argv: process.argv, execArgv: process.execArgv }) + "\\n");`,
  );
  const result = spawnSync(command, args, {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, CHECKPOINT_DISABLE: "1", NODE_OPTIONS: `--require ${recorder}` },
  });
  const processes = fs.existsSync(log)
    ? fs
        .readFileSync(log, "utf8")
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line) as ProcessRecord)
    : [];
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")}: ${result.stderr}`);
  return { status: result.status, stdout: result.stdout, processes };
}

function ranCdktfCliOrTsx(p: ProcessRecord): boolean {
  return [...p.argv, ...p.execArgv].some((arg) => /cdktf-cli|[/\\]tsx[/\\]|[/\\]\.bin[/\\](cdktf|tsx)$/.test(arg));
}

describe("the user's synth", () => {
  test("the launcher's source hash is the one the CLI bundle's stamp uses (tools/tf/bundle.ts)", () => {
    const files = ["package-lock.json", "package.json"];
    expect(launcher.hashSources(ROOT, ["lib"], files)).toBe(hashSources(ROOT, ["lib"], files));
    expect(launcher.hashSources(ROOT, launcher.APP_SOURCE_DIRS, launcher.APP_SOURCE_FILES)).toBe(
      hashSources(ROOT, launcher.APP_SOURCE_DIRS, launcher.APP_SOURCE_FILES),
    );
  });

  test("npm run synth checks the CLI bundle's stamp over the same sources scripts/bundle-cli.ts hashes", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const synth = require(path.join(ROOT, "scripts", "synth.cjs")) as {
      CLI_SOURCE_DIRS: string[];
      CLI_SOURCE_FILES: string[];
    };
    expect({ dirs: synth.CLI_SOURCE_DIRS, files: synth.CLI_SOURCE_FILES }).toEqual({
      dirs: bundleCli.SOURCE_DIRS,
      files: bundleCli.SOURCE_FILES,
    });
  });

  test("cdktf.json runs the compiled app through the plain-JavaScript launcher", () => {
    const config = JSON.parse(fs.readFileSync(path.join(ROOT, "cdktf.json"), "utf8")) as { app: string };
    expect(config.app).toBe("node scripts/app.cjs");
  });

  test("npm run synth: no cdktf CLI, no tsx; the example's output as in-process; stale stacks removed", () => {
    const outdir = path.join(scratch, "out");
    fs.mkdirSync(path.join(outdir, "stacks", "removed-stack"), { recursive: true });
    const run = recorded("npm", ["run", "synth", "--", "--output", outdir]);
    expect(run.stdout).toContain(
      "Generated Terraform code for the stacks: firewall-0, firewall-1, network, prod-firewall-0, prod-firewall-1, prod-network",
    );
    expect(run.processes.filter(ranCdktfCliOrTsx).map((p) => p.argv.join(" "))).toEqual([]);
    const apps = run.processes.filter((p) => p.argv.some((arg) => arg.endsWith(path.join("scripts", "app.cjs"))));
    expect(apps).toHaveLength(1);
    const recordedDigests = (
      JSON.parse(fs.readFileSync(path.join(ROOT, IDENTITY_FIXTURE), "utf8")) as {
        example: Record<string, string>;
      }
    ).example;
    // main.ts also holds the production example (examples/production-example.ts): the guide's pair
    // is recorded; the manifest lists both pairs' stacks.
    const isProduction = (file: string) => file.startsWith("stacks/prod-") || file.startsWith("production.");
    const digests = digestOutdir(outdir);
    const guideDigests = Object.fromEntries(
      Object.entries(digests).filter(([file]) => !isProduction(file) && file !== "manifest.json"),
    );
    const { "manifest.json": _manifest, ...recordedGuide } = recordedDigests;
    expect(guideDigests).toEqual(recordedGuide);
    const manifest = JSON.parse(fs.readFileSync(path.join(outdir, "manifest.json"), "utf8")) as {
      stacks: Record<string, unknown>;
    };
    expect(Object.keys(manifest.stacks).sort()).toEqual([
      "firewall-0",
      "firewall-1",
      "network",
      "prod-firewall-0",
      "prod-firewall-1",
      "prod-network",
    ]);
    expect(Object.keys(digests).filter(isProduction).length).toBeGreaterThan(0);
    expect(fs.existsSync(path.join(outdir, "stacks", "removed-stack"))).toBe(false);
  });
});
