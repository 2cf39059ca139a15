import * as fs from "node:fs";
import * as path from "node:path";
import { CodeMaker } from "codemaker";
import { ConstructsMakerProviderTarget, Language, TerraformProviderConstraint } from "@cdktf/commons";
// Deep import on purpose: the package index loads constructs-maker, which requires
// jsii-pacmak at load time (only present with some cdktf-cli installs).
import { TerraformProviderGenerator } from "@cdktf/provider-generator/lib/get/generator/provider-generator";
import { lazyReferencesIn } from "./lazy-references";
import { pinnedProviders } from "./providers";

export interface GeneratedProvider {
  readonly name: string;
  readonly version: string;
  readonly ms: number;
}

/**
 * Generates TypeScript bindings for every provider pinned in `<root>/cdktf.json` into
 * `<outdir>/providers/<name>`, with nested output references created on first use (lazy-references.ts).
 */
export async function generateBindings(root: string, outdir: string): Promise<GeneratedProvider[]> {
  const results: GeneratedProvider[] = [];
  for (const provider of pinnedProviders(root)) {
    const started = Date.now();
    const schema = JSON.parse(fs.readFileSync(provider.schemaFile, "utf8")) as {
      provider_schemas?: Record<string, unknown>;
    };
    if (!schema.provider_schemas?.[provider.address]) {
      throw new Error(`${provider.schemaFile} has no schema for ${provider.address}`);
    }
    const constraint = new TerraformProviderConstraint(`${provider.namespace}/${provider.name}@${provider.version}`);
    const target = new ConstructsMakerProviderTarget(constraint, Language.TYPESCRIPT);
    const code = new CodeMaker();
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the generator types its input loosely
    new TerraformProviderGenerator(code, schema as any).generate(target);
    fs.rmSync(path.join(outdir, "providers", constraint.name), { recursive: true, force: true });
    await code.save(outdir);
    // Nested output references on first use: cdktf captures a stack trace for each one created.
    lazyReferencesIn(path.join(outdir, "providers", constraint.name));
    results.push({ name: provider.name, version: provider.version, ms: Date.now() - started });
  }
  return results;
}
