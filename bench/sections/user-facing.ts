/**
 * Section 5: what a user waits for (issue 17 items 4 and 5). The example's synth as the user runs
 * it (`npm run synth`, the cdktf.json app command) next to the in-process synth and next to what
 * `npm run synth` ran before (the cdktf CLI starting `npx tsx main.ts`); `mve-ha --help` from the
 * source checkout and from the bundle the stacks carry; `mve-ha verify` of a simulated pair.
 * Every command runs as a whole process, `runs` times, in rounds that alternate the order.
 */
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { startPair } from "../../test/e2e/pair-fixture";
import { median, ms, seconds, times } from "../stats";
import type { ScaleSample } from "../synth/scale";
import { reported, type SectionResult } from "../verdict";
import type { Workers } from "../workers";

/** One command measured as a process. */
interface Probe {
  readonly label: string;
  /** Runs once; resolves with the wall time and, for the in-process row, the in-process time. */
  run(round: number): Promise<{ wallMs: number; inProcessMs?: number }>;
}

/** Runs `command` and resolves with its wall time; rejects with its output when it fails. */
async function wall(root: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<number> {
  const started = performance.now();
  const child = spawn(command, args, {
    cwd: root,
    env: { ...process.env, CHECKPOINT_DISABLE: "1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  for (const stream of [child.stdout, child.stderr]) stream.setEncoding("utf8").on("data", (c) => (output += c));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once("error", reject);
    child.once("close", resolve);
  });
  if (code !== 0) throw new Error(`${command} ${args.join(" ")} exited with ${code}:\n${output.slice(-2000)}`);
  return performance.now() - started;
}

/** Measures the user-facing synth, CLI start and verify; `runs` processes per row. */
export async function userFacing(workers: Workers, root: string, runs: number): Promise<SectionResult> {
  const out = (name: string, round: number) => {
    const dir = path.join(workers.scratch, `${name}-${round}`);
    fs.rmSync(dir, { recursive: true, force: true });
    return dir;
  };
  const synthProbes: Probe[] = [
    {
      label: "in-process synth of the example (compiled JS, build + synth), and its whole process",
      run: async () => {
        const { result, wallMs } = await workers.run<ScaleSample>("scale-worker", ["--pairs", "1"]);
        return { wallMs, inProcessMs: result.buildMs + result.synthMs };
      },
    },
    {
      label: "`npm run synth` (scripts/synth.cjs: cdktf.json app, no cdktf CLI)",
      run: async (round) => ({
        wallMs: await wall(root, "npm", ["run", "-s", "synth", "--", "--output", out("npm", round)]),
      }),
    },
    {
      label: "`node scripts/app.cjs` (the cdktf.json app command alone)",
      run: async (round) => ({
        wallMs: await wall(root, process.execPath, ["scripts/app.cjs"], { CDKTF_OUTDIR: out("app", round) }),
      }),
    },
    {
      label: 'before: `cdktf synth --app "npx tsx main.ts"` (what `npm run synth` ran)',
      run: async (round) => ({
        wallMs: await wall(root, "npx", [
          "--no-install",
          "cdktf",
          "synth",
          "--app",
          "npx --no-install tsx main.ts",
          "--output",
          out("before", round),
        ]),
      }),
    },
  ];
  const cliProbes: Probe[] = [
    {
      label: "`mve-ha --help`, source checkout (bin/mve-ha.js through tsx)",
      run: async () => ({ wallMs: await wall(root, process.execPath, ["bin/mve-ha.js", "--help"]) }),
    },
    {
      label: "`mve-ha --help`, the bundle the stacks carry (dist/bundle/mve-ha.cjs)",
      run: async () => ({ wallMs: await wall(root, process.execPath, ["dist/bundle/mve-ha.cjs", "--help"]) }),
    },
    {
      label: "`node -e 0` (Node.js start alone, for scale)",
      run: async () => ({ wallMs: await wall(root, process.execPath, ["-e", "0"]) }),
    },
  ];
  // Untimed: brings dist/app/main.cjs up to date, so that no timed run includes building it.
  await wall(root, "npm", ["run", "-s", "synth", "--", "--output", out("warm-up", 0)]);
  const synth = await measure(synthProbes, runs);
  const cli = await measure(cliProbes, runs);
  const verify = await measureVerify(root, runs);
  const inProcess = synth[0].inProcessMs ?? Number.NaN;
  const npmSynth = synth[1].wallMs;
  const before = synth[3].wallMs;
  return {
    tables: [
      {
        title: "5. What a user waits for: the example's synth",
        header: ["Command", "n", "wall time (median)", "vs in-process"],
        rows: synth.map((row, i) => [
          row.label,
          `${row.n}`,
          i === 0 ? `${seconds(row.wallMs)} (in-process ${seconds(inProcess)})` : seconds(row.wallMs),
          times(row.wallMs / inProcess),
        ]),
        notes: [
          "Each row a whole process, medians; rounds alternate the order. vs in-process: wall time / the in-process build + synth.",
          "npm run synth and the app command build dist/app/main.cjs only when a source changed (not in these runs).",
        ],
      },
      {
        title: "5b. mve-ha start and verify",
        header: ["Command", "n", "wall time (median)"],
        rows: [...cli, verify].map((row) => [row.label, `${row.n}`, ms(row.wallMs)]),
        notes: [
          "verify: the two simulated firewalls of test/e2e/pair-fixture (HTTPS, in the bench process) as they start: " +
            "not configured by the offline Terraform deploy, so checks fail; the requests and parsing are those of a full verify run.",
        ],
      },
    ],
    verdicts: [
      reported(
        "user-facing synth (npm run synth) next to in-process",
        `${seconds(npmSynth)} vs ${seconds(inProcess)} in-process (${times(npmSynth / inProcess)}); before: ${seconds(before)} (${times(before / npmSynth)} of now)`,
      ),
      reported("mve-ha --help (source checkout / bundle)", `${ms(cli[0].wallMs)} / ${ms(cli[1].wallMs)}`),
      reported("mve-ha verify of a simulated pair (bundle)", ms(verify.wallMs)),
    ],
  };
}

interface Row {
  readonly label: string;
  readonly n: number;
  readonly wallMs: number;
  readonly inProcessMs?: number;
}

async function measure(probes: readonly Probe[], runs: number): Promise<Row[]> {
  const walls = probes.map(() => [] as number[]);
  const inProcess = probes.map(() => [] as number[]);
  for (let round = 0; round < runs; round++) {
    const order = probes.map((_, i) => i);
    if (round % 2 === 1) order.reverse();
    for (const i of order) {
      const sample = await probes[i].run(round);
      walls[i].push(sample.wallMs);
      if (sample.inProcessMs !== undefined) inProcess[i].push(sample.inProcessMs);
    }
  }
  return probes.map((probe, i) => ({
    label: probe.label,
    n: walls[i].length,
    wallMs: median(walls[i]),
    inProcessMs: inProcess[i].length > 0 ? median(inProcess[i]) : undefined,
  }));
}

async function measureVerify(root: string, runs: number): Promise<Row> {
  const password = "bench-password";
  const sims = await startPair(password);
  try {
    const args = [
      "dist/bundle/mve-ha.cjs",
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
    ];
    const env = { PANOS_USERNAME: "admin", PANOS_PASSWORD: password, MVE_HA_LOOPBACK_ONLY: "1" };
    const walls: number[] = [];
    for (let i = 0; i < runs; i++) walls.push(await verifyWall(root, args, env));
    return {
      label: "`mve-ha verify` of two simulated firewalls (bundle, --json)",
      n: walls.length,
      wallMs: median(walls),
    };
  } finally {
    await Promise.all(sims.map((s) => s.stop()));
  }
}

/** verify exits 1 when a check fails (expected here); only a usage or internal error (2+) is a failure. */
async function verifyWall(root: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, ...env }, stdio: "ignore" });
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once("error", reject);
    child.once("close", resolve);
  });
  if (code !== 0 && code !== 1) throw new Error(`mve-ha verify exited with ${code}`);
  return performance.now() - started;
}
