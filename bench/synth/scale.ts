/**
 * N of the guide's pairs in one app, synthesized once in a fresh process: what `cdktf synth` of
 * such an app costs, in time and memory. The caller starts one process per sample.
 */
import type { App } from "cdktf";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { guideExample } from "../../examples/guide-example";
import { collectGarbage, timedSynth, type SynthTime } from "./timed-synth";

/** One cold synthesis. */
export interface ScaleSample extends SynthTime {
  readonly pairs: number;
  readonly skipValidation: boolean;
  /** Process start to the start of the measurement: Node startup and module loading. */
  readonly startupMs: number;
  /** Resident set size before building the app. */
  readonly rssBeforeBytes: number;
  /** Peak resident set size of the process (`process.resourceUsage().maxRSS`). */
  readonly peakRssBytes: number;
  /** V8 heap in use right after synth, garbage included. */
  readonly heapUsedBytes: number;
  /** V8 heap in use after a full GC with the app still referenced: what the app itself holds. */
  readonly heapLiveBytes: number;
  /** Heap in use after a full GC before building the app (baseline of heapLiveBytes). */
  readonly heapBeforeBytes: number;
}

/** Adds `pairs` of the guide's pairs to `app` (stack prefixes `p0-`, `p1-`, …; the plain example for one). */
export function addPairs(app: App, pairs: number): void {
  for (let i = 0; i < pairs; i++) guideExample(app, { stackPrefix: pairs === 1 ? "" : `p${i}-` });
}

/** Synthesizes what `build` adds once into `outdir` and reports time and memory (`pairs` is for the record). */
export function measureScale(
  pairs: number,
  skipValidation: boolean,
  outdir: string,
  build: (app: App) => void,
): ScaleSample {
  const startupMs = performance.now();
  collectGarbage();
  const heapBeforeBytes = process.memoryUsage().heapUsed;
  const rssBeforeBytes = process.memoryUsage().rss;
  let app: App | undefined;
  const time = timedSynth(outdir, skipValidation, (built) => {
    app = built;
    build(built);
  });
  const peakRssBytes = process.resourceUsage().maxRSS * 1024;
  const heapUsedBytes = process.memoryUsage().heapUsed;
  collectGarbage();
  const heapLiveBytes = process.memoryUsage().heapUsed;
  if (app === undefined) throw new Error("no app was built"); // also keeps the app alive through the GC above
  return {
    pairs,
    skipValidation,
    startupMs,
    ...time,
    rssBeforeBytes,
    peakRssBytes,
    heapUsedBytes,
    heapLiveBytes,
    heapBeforeBytes,
  };
}

/** A fresh temporary outdir, removed after `use`. */
export function withOutdir<T>(use: (outdir: string) => T): T {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-scale-"));
  try {
    return use(outdir);
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}
