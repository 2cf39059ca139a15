/**
 * The measurement processes: the project's TypeScript compiled file by file to CommonJS (esbuild,
 * the layout `tsc` emits) so that synthesis runs as compiled JS, as `node main.js` would, without
 * tsx's transform and source maps. Each run is a fresh `node --expose-gc` process.
 */
import { build } from "esbuild";
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { CLI_BUNDLE_RELATIVE_PATH } from "../lib/core/cli-bundle-location";
import { ensureCliBundle } from "../scripts/bundle-cli";

/** The measurement processes (bench/synth/<name>.ts). */
export type WorkerName = "ratio-worker" | "scale-worker" | "recipe-worker";

/** The compiled workers and how to run them. */
export interface Workers {
  /** Runs worker `name` with `args`; resolves with its result JSON and the process's wall time. */
  run<T>(name: WorkerName, args: readonly string[]): Promise<{ result: T; wallMs: number }>;
  /** A scratch directory that lives as long as the workers. */
  readonly scratch: string;
  /** Removes the compiled files and the scratch directory. */
  dispose(): void;
}

/** Compiles the workers into a temporary directory. */
export async function compileWorkers(root: string): Promise<Workers> {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-workers-"));
  await build({
    entryPoints: ["examples", "lib", ".gen", "bench/bare", "bench/synth"].map((dir) => `${root}/${dir}/**/*.ts`),
    outbase: root,
    outdir,
    platform: "node",
    format: "cjs",
    target: "node20",
    logLevel: "warning",
  });
  // The compiled library finds the mve-ha bundle its stacks carry from the package root above it.
  const bundle = ensureCliBundle(root);
  fs.copyFileSync(path.join(root, "package.json"), path.join(outdir, "package.json"));
  fs.mkdirSync(path.join(outdir, path.dirname(CLI_BUNDLE_RELATIVE_PATH)), { recursive: true });
  fs.copyFileSync(bundle.file, path.join(outdir, CLI_BUNDLE_RELATIVE_PATH));
  return {
    run: (name, args) => runWorker(root, path.join(outdir, "bench", "synth", `${name}.js`), outdir, args),
    scratch: fs.mkdtempSync(path.join(outdir, "scratch-")),
    dispose: () => fs.rmSync(outdir, { recursive: true, force: true }),
  };
}

let sequence = 0;

async function runWorker<T>(
  root: string,
  script: string,
  outdir: string,
  args: readonly string[],
): Promise<{ result: T; wallMs: number }> {
  const resultFile = path.join(outdir, `result-${process.pid}-${sequence++}.json`);
  const started = performance.now();
  const child = spawn(process.execPath, ["--expose-gc", script, ...args, "--result", resultFile], {
    cwd: root,
    // NODE_PATH: the compiled files live outside the project; packages resolve from the project's node_modules.
    // CHECKPOINT_DISABLE: cdktf runs `terraform version`, which must not call HashiCorp (as in `npm run synth`).
    env: { ...process.env, NODE_PATH: path.join(root, "node_modules"), CHECKPOINT_DISABLE: "1" },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once("error", reject);
    child.once("close", resolve);
  });
  const wallMs = performance.now() - started;
  if (code !== 0 || !fs.existsSync(resultFile)) {
    throw new Error(`${path.basename(script)} ${args.join(" ")} exited with ${code}:\n${stderr.slice(-4000)}`);
  }
  const result = JSON.parse(fs.readFileSync(resultFile, "utf8")) as T;
  fs.rmSync(resultFile, { force: true });
  return { result, wallMs };
}
