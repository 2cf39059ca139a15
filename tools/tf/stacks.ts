import { App } from "cdktf";
import * as fs from "node:fs";
import * as path from "node:path";

/** A synthesized stack, as `cdktf.out/manifest.json` lists it. */
export interface SynthesizedStack {
  readonly name: string;
  /** Absolute working directory (`<outdir>/stacks/<name>`). */
  readonly workingDirectory: string;
  readonly dependencies: readonly string[];
}

/** Builds an app the way `examples/guide-example.ts` does: `(app, { stateDirectory }) => void`. */
export type AppBuilder = (app: App, options?: { stateDirectory?: string }) => void;

/** Synthesizes `build`'s stacks into `outdir` in-process (no cdktf-cli), state files under `stateDirectory`. */
export function synthesize(build: AppBuilder, outdir: string, stateDirectory: string): void {
  const app = new App({ outdir });
  build(app, { stateDirectory });
  app.synth();
}

/**
 * The stacks of a synthesized app grouped into levels in dependency order: every stack comes
 * after the stacks it depends on, and the stacks of one level are independent of each other.
 */
export function stackLevels(outdir: string): SynthesizedStack[][] {
  const manifest = JSON.parse(fs.readFileSync(path.join(outdir, "manifest.json"), "utf8")) as {
    stacks: Record<string, { name: string; constructPath?: string; workingDirectory: string; dependencies?: string[] }>;
  };
  // Dependencies are construct paths (e.g. `guide/network` for a stack nested in a construct).
  const nameOf = new Map(
    Object.values(manifest.stacks).map((stack) => [stack.constructPath ?? stack.name, stack.name]),
  );
  const pending = new Map(
    Object.values(manifest.stacks).map((stack) => [
      stack.name,
      {
        name: stack.name,
        workingDirectory: path.resolve(outdir, stack.workingDirectory),
        dependencies: (stack.dependencies ?? []).map((dependency) => nameOf.get(dependency) ?? dependency),
      },
    ]),
  );
  const levels: SynthesizedStack[][] = [];
  const done = new Set<string>();
  while (pending.size > 0) {
    const ready = [...pending.values()]
      .filter((stack) => stack.dependencies.every((dependency) => done.has(dependency)))
      .sort((a, b) => a.name.localeCompare(b.name));
    if (ready.length === 0) {
      throw new Error(
        `manifest.json: stacks ${[...pending.keys()].join(", ")} depend on each other or on missing stacks`,
      );
    }
    for (const stack of ready) pending.delete(stack.name);
    for (const stack of ready) done.add(stack.name);
    levels.push(ready);
  }
  return levels;
}
