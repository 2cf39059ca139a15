/** Synthesizes the guide's example (main.ts's app) into a directory and reads what it wrote. */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { App } from "cdktf";
import { guideExample, type GuideExampleOptions } from "../../examples/guide-example";
import type { Json } from "../helpers/template";

/** The three stacks of the example, in deployment order. */
export const STACKS = ["network", "firewall-0", "firewall-1"] as const;
export type StackName = (typeof STACKS)[number];

/** What a synthesis wrote: the manifest and each stack's Terraform JSON, as text and parsed. */
export interface SynthOutput {
  readonly outdir: string;
  readonly manifest: Json;
  readonly texts: Record<StackName, string>;
  readonly stacks: Record<StackName, Json>;
  /** Every file written, with its text. */
  readonly files: readonly { file: string; text: string }[];
}

/** A fresh temporary directory. */
export function temporaryDirectory(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
}

function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

/** Reads a synthesized app's output directory. */
export function readOutput(outdir: string): SynthOutput {
  const manifest = JSON.parse(fs.readFileSync(path.join(outdir, "manifest.json"), "utf8"));
  const texts = Object.fromEntries(
    STACKS.map((name) => [
      name,
      fs.readFileSync(path.join(outdir, manifest.stacks[name].synthesizedStackPath), "utf8"),
    ]),
  ) as Record<StackName, string>;
  const stacks = Object.fromEntries(STACKS.map((name) => [name, JSON.parse(texts[name])])) as Record<StackName, Json>;
  const files = filesUnder(outdir).map((file) => ({ file, text: fs.readFileSync(file, "utf8") }));
  return { outdir, manifest, texts, stacks, files };
}

/** Builds main.ts's app with `guideExample` into `outdir` (in-process) and reads the result. */
export function synthExample(outdir: string, options?: GuideExampleOptions): SynthOutput {
  const app = new App({ outdir });
  guideExample(app, options);
  app.synth();
  return readOutput(outdir);
}

/** Environment variables that carry credentials or Terraform variable values. */
export function isCredentialVariable(name: string): boolean {
  return /^(TF_VAR_|PANOS_|MEGAPORT_)/.test(name);
}

/** Runs `body` with `env` as the only credential variables in process.env, restoring it afterwards. */
export function withCredentialEnvironment<T>(env: Record<string, string>, body: () => T): T {
  const saved = { ...process.env };
  for (const name of Object.keys(process.env)) if (isCredentialVariable(name)) delete process.env[name];
  Object.assign(process.env, env);
  try {
    return body();
  } finally {
    for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name];
    Object.assign(process.env, saved);
  }
}

/** The JSON with the working directory (in default backend paths) replaced, so it compares across clones. */
export function withoutWorkingDirectory(text: string, cwd = process.cwd()): Json {
  return JSON.parse(text.split(JSON.stringify(cwd).slice(1, -1)).join("<cwd>"));
}

/** The folder of the CLI bundle a stack carries, named by the bundle's content hash. */
export const CLI_BUNDLE_FOLDER = /assets\/mve-ha-cli\/[0-9A-F]+\//g;

/** The JSON with the bundle's content hash replaced, so a snapshot survives a change to the CLI's code. */
export function withoutBundleHash(text: string): string {
  return text.replace(CLI_BUNDLE_FOLDER, "assets/mve-ha-cli/<bundle hash>/");
}

/** Whether a synthesized file is the CLI bundle a stack carries (code, not synthesized JSON). */
export function isCarriedCliBundle(file: string): boolean {
  return /\/assets\/mve-ha-cli\/[0-9A-F]+\/mve-ha\.cjs$/.test(file);
}
