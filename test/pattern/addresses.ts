/** The Terraform addresses of a pair's stacks: the public contract a renamed construct ID breaks. */
import { Testing } from "cdktf";
import { guideExample } from "../../examples/guide-example";
import type { PaloAltoHaPair } from "../../lib/pattern";
import { Template } from "../helpers/template";
import { resourceAddresses } from "./fixtures";

/** What one stack exposes to Terraform and to its users by name. */
export interface StackAddresses {
  readonly resources: string[];
  readonly dataSources: string[];
  readonly variables: string[];
  readonly outputs: string[];
}

/** The addresses of each stack of `pair`, keyed by stack role (network, firewall-0, firewall-1). */
export function addressesOf(pair: PaloAltoHaPair): Record<string, StackAddresses> {
  const stacks = [pair.networkStack, ...pair.firewallStacks];
  for (const stack of stacks) stack.prepareStack();
  const roles = ["network", "firewall-0", "firewall-1"];
  return Object.fromEntries(
    stacks.map((stack, i) => {
      const template = Template.synth(stack);
      const data = (template.json.data ?? {}) as Record<string, Record<string, unknown>>;
      return [
        roles[i],
        {
          resources: resourceAddresses(template),
          dataSources: Object.entries(data)
            .flatMap(([type, blocks]) => Object.keys(blocks).map((id) => `data.${type}.${id}`))
            .sort(),
          variables: Object.keys(template.variables()).sort(),
          outputs: Object.keys(template.outputs()).sort(),
        },
      ];
    }),
  );
}

/** The addresses of the guide's example (main.ts). */
export function exampleAddresses(): Record<string, StackAddresses> {
  return addressesOf(guideExample(Testing.app()));
}
