/** One timed synthesis: construct the app, then `app.synth()` into an outdir (cleared first, untimed). */
import { App } from "cdktf";
import * as fs from "node:fs";

/** Build and synth times of one synthesis, in milliseconds. */
export interface SynthTime {
  /** Constructing the app (our constructs or the bare bindings). */
  readonly buildMs: number;
  /** `app.synth()`: token resolution, validation, writing the JSON. */
  readonly synthMs: number;
  /**
   * CPU time of the whole process (every thread: the synth's, V8's helpers, the diagram renderer's
   * worker) over the same interval, so work moved off the synth thread still counts.
   */
  readonly cpuMs: number;
}

/**
 * Synthesizes what `build` adds to a new app into `outdir`; first, untimed, a full GC when
 * `--expose-gc` is on and `collectFirst` (so one run's garbage is not collected in the next).
 */
export function timedSynth(
  outdir: string,
  skipValidation: boolean,
  build: (app: App) => void,
  collectFirst = true,
): SynthTime {
  fs.rmSync(outdir, { recursive: true, force: true });
  if (collectFirst) collectGarbage();
  const cpu = process.cpuUsage();
  const started = performance.now();
  const app = new App({ outdir, skipValidation });
  build(app);
  const built = performance.now();
  app.synth();
  const done = performance.now();
  const used = process.cpuUsage(cpu);
  return { buildMs: built - started, synthMs: done - built, cpuMs: (used.user + used.system) / 1000 };
}

/** Runs a full GC when the process has `--expose-gc`. */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}
