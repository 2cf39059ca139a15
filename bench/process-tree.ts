/**
 * Peak memory of a command and everything it starts (npm → tsc, eslint, jest and its workers),
 * sampled from /proc while it runs. Why not `/usr/bin/time` or `resourceUsage().maxRSS`: those give
 * the largest single process, and `npm test`'s budget (≤ 1 GB) is for everything alive at once.
 */
import type { ChildProcess } from "node:child_process";
import * as fs from "node:fs";

/** How a sampled command ended and the peaks seen while it ran. */
export interface SampledRun {
  readonly code: number | null;
  readonly wallMs: number;
  /** Largest sum of the resident sets of the command and all its descendants at one sample. */
  readonly peakTreeRssBytes: number;
  /** Largest resident set of any one process of the tree. */
  readonly peakProcessRssBytes: number;
}

const SAMPLE_MS = 100;
const PAGE_BYTES = 4096;

/** Every process's parent, from /proc/<pid>/stat (empty where /proc is not Linux's). */
function parents(): Map<number, number> {
  const parentOf = new Map<number, number>();
  let entries: string[];
  try {
    entries = fs.readdirSync("/proc");
  } catch {
    return parentOf;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      // The command name (field 2) may hold spaces and parentheses: read after its closing one.
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      parentOf.set(Number(entry), Number(fields[1]));
    } catch {
      // The process ended between listing and reading.
    }
  }
  return parentOf;
}

/** Resident set of a process in bytes (0 once it has ended). */
function rssBytes(pid: number): number {
  try {
    const pages = Number(fs.readFileSync(`/proc/${pid}/statm`, "utf8").split(" ")[1]);
    return Number.isFinite(pages) ? pages * PAGE_BYTES : 0;
  } catch {
    return 0;
  }
}

/** `root` and its descendants alive now. */
export function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, parent] of parents()) children.set(parent, [...(children.get(parent) ?? []), pid]);
  const tree: number[] = [];
  const pending = [root];
  while (pending.length > 0) {
    const pid = pending.pop() as number;
    tree.push(pid);
    pending.push(...(children.get(pid) ?? []));
  }
  return tree;
}

/** Waits for `child` to end, sampling its process tree's memory every 100 ms; `onSample` sees each sample. */
export async function runSampled(child: ChildProcess, onSample?: (treeRssBytes: number) => void): Promise<SampledRun> {
  const started = performance.now();
  let peakTree = 0;
  let peakProcess = 0;
  const sample = () => {
    if (child.pid === undefined) return;
    const sizes = processTree(child.pid).map(rssBytes);
    const tree = sizes.reduce((a, b) => a + b, 0);
    peakTree = Math.max(peakTree, tree);
    peakProcess = Math.max(peakProcess, ...sizes);
    onSample?.(tree);
  };
  const timer = setInterval(sample, SAMPLE_MS);
  sample();
  try {
    const code = await new Promise<number | null>((resolve, reject) => {
      child.once("error", reject);
      child.once("close", resolve);
    });
    return {
      code,
      wallMs: performance.now() - started,
      peakTreeRssBytes: peakTree,
      peakProcessRssBytes: peakProcess,
    };
  } finally {
    clearInterval(timer);
  }
}
