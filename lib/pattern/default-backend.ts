/**
 * The pair's default backend: local state, named by a path relative to the stack directory.
 *
 * cdktf's own default writes the synthesizing machine's absolute working directory into every
 * stack and into the firewall stacks' reads of the network state, which ties the JSON to that
 * machine. Synthesis puts each stack in `<output directory>/stacks/<stack>`, so
 * `../../../terraform.<stack>.tfstate` names the directory holding the output directory (the
 * project, for the usual `cdktf.out`: where cdktf keeps it too), from every stack alike.
 */
import { LocalBackend, type TerraformStack } from "cdktf";

/** The default state file of `stackName`, relative to any stack directory of the same output. */
export function defaultStatePath(stackName: string): string {
  return `../../../terraform.${stackName}.tfstate`;
}

/** Gives `stack` a local backend at defaultStatePath (also what the other stacks' remote-state reads use). */
export function defaultLocalBackend(stack: TerraformStack, stackName: string): void {
  new LocalBackend(stack, { path: defaultStatePath(stackName) });
}
