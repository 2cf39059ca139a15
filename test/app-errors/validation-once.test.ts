/**
 * A ValidationError reaches the user once, as its message, with no stack trace: under `npx tsx`
 * and under `cdktf synth` (which echoes what the app prints; plain `node` on the compiled package
 * is proven by the consumer test, scripts/consumer-test.ts).
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const ROOT = path.join(__dirname, "..", "..");
const APP = path.relative(ROOT, path.join(__dirname, "fixtures", "invalid-app.ts"));
const MESSAGE =
  "guide: haLinks.ha3RateLimitMbps = -5: must be a whole number of Mbps from 1 to 100000. Allowed: 1..100000.";
/** A line of a JavaScript stack trace. */
const STACK_FRAME = /^\s+at .+[(:]\d+/m;

function occurrences(text: string, part: string): number {
  return text.split(part).length - 1;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): { status: number | null; output: string } {
  const result = spawnSync(command, args, {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, CHECKPOINT_DISABLE: "1", FORCE_COLOR: "0", NO_COLOR: "1", ...env },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

let outdir: string;
beforeEach(() => {
  outdir = fs.mkdtempSync(path.join(os.tmpdir(), "validation-once-"));
});
afterEach(() => fs.rmSync(outdir, { recursive: true, force: true }));

test("npx tsx: the message once, no stack trace, exit status 1", () => {
  const { status, output } = run("npx", ["--no-install", "tsx", APP], { CDKTF_OUTDIR: outdir });
  expect(status).toBe(1);
  expect(occurrences(output, MESSAGE)).toBe(1);
  expect(output).not.toMatch(STACK_FRAME);
});

test("cdktf synth: the message once, no stack trace, synth fails", () => {
  const { status, output } = run("npx", [
    "--no-install",
    "cdktf",
    "synth",
    "--app",
    `npx --no-install tsx ${APP}`,
    "--output",
    outdir,
  ]);
  expect(status).not.toBe(0);
  expect(occurrences(output, MESSAGE)).toBe(1);
  expect(output).not.toMatch(STACK_FRAME);
});
