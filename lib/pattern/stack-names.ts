/**
 * A pair's stack names must be free in the app: cdktf writes each stack to `stacks/<id>`, so two
 * stacks with one id would overwrite each other.
 *
 * Why the walk stops at stacks: a stack's subtree holds its resources, most of the construct
 * tree (about 500 constructs per pair), and a cdktf stack is never looked for inside another
 * stack. Walking the whole tree for every pair made an app of N pairs cost N² (issue 17);
 * stopping at stacks visits only the constructs that group stacks (the app, the pairs).
 */
import { TerraformStack } from "cdktf";
import type { IConstruct } from "constructs";
import type { RuleIssue } from "../core/validation-error";

/** The ids of the stacks of the app that holds `scope`, each with the path of (the last) stack of that id. */
export function stacksOfApp(scope: IConstruct): Map<string, string> {
  const taken = new Map<string, string>();
  const pending: IConstruct[] = [scope.node.root];
  while (pending.length > 0) {
    const node = pending.pop() as IConstruct;
    if (TerraformStack.isStack(node)) {
      taken.set(node.node.id, node.node.path);
      continue;
    }
    // Reversed so the walk runs in the tree's pre-order, as node.findAll() did: the last stack of an id wins.
    pending.push(...node.node.children.reverse());
  }
  return taken;
}

/** One issue per name of `names` that a stack of the app already has. */
export function stackNamesAreFree(pair: IConstruct, names: readonly string[], prefix: string): RuleIssue[] {
  const taken = stacksOfApp(pair);
  return names
    .filter((name) => taken.has(name))
    .map((name) => ({
      prop: "stackPrefix",
      value: prefix,
      problem: `gives the stack name ${name}, already used by ${taken.get(name)}`,
      allowed: "stack names unique in the app",
      fix: "give each pair of the app its own stackPrefix, e.g. syd-",
    }));
}
