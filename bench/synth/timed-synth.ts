/** One timed synthesis: construct the app, then `app.synth()` into an outdir (cleared first, untimed). */
import { App } from "cdktf";
import * as fs from "node:fs";

/** Build and synth times of one synthesis, in milliseconds. */
export interface SynthTime {
  /** Constructing the app (our constructs or the bare bindings). */
  readonly buildMs: number;
  /** `app.synth()`: token resolution, validation, writing the JSON. */
  readonly synthMs: number;
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
  const started = performance.now();
  const app = new App({ outdir, skipValidation });
  build(app);
  const built = performance.now();
  app.synth();
  const done = performance.now();
  return { buildMs: built - started, synthMs: done - built };
}

/** Runs a full GC when the process has `--expose-gc`. */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}
