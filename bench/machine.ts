/** The machine a run measured: what BENCHMARKS.md must say next to the numbers. */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import { findTerraform } from "../tools/tf/harness";

/** Facts about this machine and toolchain, as label/value pairs. */
export function describeMachine(): Array<readonly [string, string]> {
  const cpus = os.cpus();
  return [
    ["date", new Date().toISOString()],
    ["CPUs (nproc)", `${os.availableParallelism()} × ${cpus[0]?.model.trim() ?? "unknown"}`],
    ["memory", `${(os.totalmem() / 1e9).toFixed(1)} GB`],
    ["OS", `${os.type()} ${os.release()} ${os.arch()}`],
    ["node", process.version],
    ["terraform", terraformVersion()],
    ["load average at start (1/5/15 min)", loadAverage()],
    [
      "cdktf",
      (JSON.parse(fs.readFileSync(require.resolve("cdktf/package.json"), "utf8")) as { version: string }).version,
    ],
  ];
}

/** The 1, 5 and 15 minute load averages: other work on the machine makes every number here noisier. */
export function loadAverage(): string {
  return os
    .loadavg()
    .map((load) => load.toFixed(2))
    .join(" / ");
}

function terraformVersion(): string {
  const binary = findTerraform();
  if (!binary) return "not on PATH";
  const run = spawnSync(binary, ["version", "-json"], {
    encoding: "utf8",
    env: { ...process.env, CHECKPOINT_DISABLE: "1" },
  });
  try {
    return (JSON.parse(run.stdout) as { terraform_version: string }).terraform_version;
  } catch {
    return run.stdout.split("\n")[0] ?? "unknown";
  }
}
