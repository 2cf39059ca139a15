/** One pair synthesized into a scratch directory and run through offline Terraform, stack by stack. */
import * as path from "node:path";
import { type OfflineTerraform, prepareOfflineTerraform } from "../../tools/tf/harness";
import { placeholderVariables } from "../../tools/tf/placeholder-variables";
import { type AppBuilder, stackLevels, type SynthesizedStack, synthesize } from "../../tools/tf/stacks";
import { expectSuccess, fixtureFile, scratchDir } from "./support";

/** Subcommands that would ask for input: run with `-input=false`. */
const INPUT_TAKERS = new Set(["init", "plan", "apply"]);

export interface SynthesizedPair {
  /** The stacks in dependency order: the network stack first, then both firewall stacks. */
  readonly levels: SynthesizedStack[][];
  /** Runs Terraform in a stack (`-no-color`, never asking) and fails the test with its output unless it succeeds. */
  run(stack: SynthesizedStack, ...args: string[]): Promise<{ stdout: string; stderr: string }>;
  dispose(): Promise<void>;
}

/** Synthesizes `build` (state beside the output) with placeholder variables and the named fixture file. */
export async function synthesizedPair(name: string, build: AppBuilder, fixture: string): Promise<SynthesizedPair> {
  const scratch = scratchDir(name);
  let terraform: OfflineTerraform | undefined;
  try {
    terraform = await prepareOfflineTerraform({ fixturesFile: fixtureFile(fixture) });
    const outdir = path.join(scratch.dir, "cdktf.out");
    synthesize(build, outdir, path.join(scratch.dir, "state"));
    const levels = stackLevels(outdir);
    for (const stack of levels.flat()) {
      Object.assign(terraform.env, placeholderVariables(stack.workingDirectory, terraform.env));
    }
    const offline = terraform;
    return {
      levels,
      run: async (stack, ...args) =>
        expectSuccess(
          await offline.run(stack.workingDirectory, [
            ...args,
            ...(INPUT_TAKERS.has(args[0]) ? ["-input=false"] : []),
            "-no-color",
          ]),
          `terraform ${args[0]} in stack ${stack.name}`,
        ),
      dispose: async () => {
        await offline.dispose();
        scratch.remove();
      },
    };
  } catch (error) {
    await terraform?.dispose();
    scratch.remove();
    throw error;
  }
}
