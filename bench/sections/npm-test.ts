/** Section 4: the full `npm test` (typecheck, lint, jest --maxWorkers=2), timed as a child process. */
import { spawn } from "node:child_process";
import type { Table } from "../table";
import { seconds } from "../stats";
import { verdict, type SectionResult } from "../verdict";

/** Runs `npm test` in `root` once and reports its wall time and jest's summary. */
export async function npmTest(root: string): Promise<SectionResult> {
  const started = performance.now();
  const child = spawn("npm", ["test"], {
    cwd: root,
    env: { ...process.env, CI: "true" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  for (const stream of [child.stdout, child.stderr])
    stream.setEncoding("utf8").on("data", (c: string) => (output += c));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once("error", reject);
    child.once("close", resolve);
  });
  const wallMs = performance.now() - started;
  const summary = ["Test Suites:", "Tests:"]
    .map((label) =>
      output
        .split("\n")
        .find((line) => line.startsWith(label))
        ?.trim(),
    )
    .filter((line): line is string => line !== undefined);
  if (code !== 0) console.error(`npm test exited with ${code}; its last output:\n${output.slice(-3000)}`);
  const table: Table = {
    title: "4. Full npm test",
    header: ["Command", "wall time", "exit code"],
    rows: [["npm test (tsc --noEmit, eslint, prettier --check, jest --maxWorkers=2)", seconds(wallMs), `${code}`]],
    notes: summary.length > 0 ? summary : ["(no jest summary found in the output)"],
  };
  return {
    tables: [table],
    verdicts: [
      verdict(
        "full npm test time (well under 5 minutes)",
        code === 0 && wallMs < 300_000,
        `${seconds(wallMs)}, exit ${code}`,
      ),
    ],
  };
}
