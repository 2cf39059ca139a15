/**
 * The floor of a synthesis: what serializing and writing the same Terraform JSON costs with
 * nothing of cdktf or the constructs around it. The synthesized stacks are read back (untimed),
 * then serialized as cdktf writes them (JSON.stringify with two-space indent) and written again.
 */
import * as fs from "node:fs";
import * as path from "node:path";

/** Milliseconds to serialize and to write the stacks of one synthesized outdir. */
export interface Floor {
  readonly serializeMs: number;
  readonly writeMs: number;
  readonly bytes: number;
}

/** Measures the floor on the stacks of `outdir` (written into `<outdir>/floor`). */
export function measureFloor(outdir: string): Floor {
  const stacksDir = path.join(outdir, "stacks");
  const stacks = fs
    .readdirSync(stacksDir)
    .map((name) => JSON.parse(fs.readFileSync(path.join(stacksDir, name, "cdk.tf.json"), "utf8")) as unknown);
  const serializeStarted = performance.now();
  const texts = stacks.map((stack) => JSON.stringify(stack, null, 2));
  const serializeMs = performance.now() - serializeStarted;
  const floorDir = path.join(outdir, "floor");
  fs.mkdirSync(floorDir, { recursive: true });
  const writeStarted = performance.now();
  texts.forEach((text, i) => fs.writeFileSync(path.join(floorDir, `${i}.tf.json`), text));
  const writeMs = performance.now() - writeStarted;
  return { serializeMs, writeMs, bytes: texts.reduce((sum, text) => sum + text.length, 0) };
}
