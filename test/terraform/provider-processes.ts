/**
 * What the tests of provider starts look at: the processes alive with a given environment entry
 * (Linux /proc), and how often each offline provider reported a start in a log file.
 */
import * as fs from "node:fs";

/** A live process: its pid, its parent's and its command line. */
export interface LiveProcess {
  readonly pid: number;
  readonly ppid: number;
  readonly argv: readonly string[];
}

/** Live processes whose environment holds `entry` (`NAME=value`), e.g. a fixture file or a test's mark. */
export function processesWithEnv(entry: string): LiveProcess[] {
  return fs.readdirSync("/proc").flatMap((name) => {
    if (!/^\d+$/.test(name)) return [];
    try {
      if (!fs.readFileSync(`/proc/${name}/environ`, "utf8").split("\0").includes(entry)) return [];
      const argv = fs.readFileSync(`/proc/${name}/cmdline`, "utf8").split("\0").filter(Boolean);
      // /proc/<pid>/stat: "pid (comm) state ppid …"; comm may hold spaces and parentheses.
      const stat = fs.readFileSync(`/proc/${name}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      return [{ pid: Number(name), ppid, argv }];
    } catch {
      return []; // gone, or not ours to read
    }
  });
}

/** Whether `process` is an offline provider (`<program> --schema <file>`). */
export function isProvider(process: LiveProcess): boolean {
  return process.argv.includes("--schema");
}

export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Resolves once none of `pids` is alive; rejects after `limitMs` (a hang, not a slow machine). */
export async function waitUntilGone(pids: number[], limitMs: number): Promise<void> {
  const deadline = Date.now() + limitMs;
  while (pids.some(alive)) {
    if (Date.now() > deadline) throw new Error(`processes ${pids.filter(alive).join(", ")} still run`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Each start an offline provider reported ("<schema>.json ready in … (<mode>)") in `logs`, in order. */
export function providerStartLines(...logs: string[]): Array<{ schema: string; mode: string }> {
  return logs
    .filter((file) => file && fs.existsSync(file))
    .flatMap((log) => [
      ...fs.readFileSync(log, "utf8").matchAll(/\[offline-provider\] (\w+)\.json ready in \d+ ms \((\w+)\)/g),
    ])
    .map((match) => ({ schema: match[1], mode: match[2] }));
}

/** How often each provider reported a start in `logs` (Terraform's debug log, a provider log). */
export function providerStarts(...logs: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { schema } of providerStartLines(...logs)) counts[schema] = (counts[schema] ?? 0) + 1;
  return counts;
}
