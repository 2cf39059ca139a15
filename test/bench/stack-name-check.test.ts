/**
 * Issue 17: the check that a pair's stack names are free in the app must not walk the whole
 * construct tree (every resource of every pair before it), which made 100 pairs quadratic.
 * Counted, not timed: how many constructs' children the check lists when one more pair joins.
 */
import { TerraformStack, Testing, type App } from "cdktf";
import { Construct, Node } from "constructs";
import { PaloAltoHaPair } from "../../lib/pattern";
import { pairProps, validationErrorOf } from "../pattern/fixtures";

/** Calls of `node.children` while `build` runs. */
function childrenListings(build: () => void): number {
  const spy = jest.spyOn(Node.prototype, "children", "get");
  try {
    build();
    return spy.mock.calls.length;
  } finally {
    spy.mockRestore();
  }
}

function appWithPairs(pairs: number): App {
  const app = Testing.app();
  for (let i = 0; i < pairs; i++) new PaloAltoHaPair(app, `p${i}`, pairProps({ stackPrefix: `p${i}-` }));
  return app;
}

describe("stack-name check at scale", () => {
  test("adding a pair lists about as many children after 6 pairs as after 1 (not every resource of the app)", () => {
    const afterOne = appWithPairs(1);
    const afterSix = appWithPairs(6);
    const second = childrenListings(() => new PaloAltoHaPair(afterOne, "next", pairProps({ stackPrefix: "next-" })));
    const seventh = childrenListings(() => new PaloAltoHaPair(afterSix, "next", pairProps({ stackPrefix: "next-" })));
    // Each earlier pair may cost a listing of its own children (its three stacks), not of its resources.
    expect(seventh - second).toBeLessThanOrEqual(5 * 2);
  });

  test("still finds a taken name on a stack below plain constructs, or of an earlier pair, with its path", () => {
    const app = Testing.app();
    new TerraformStack(new Construct(new Construct(app, "region"), "team"), "mel-firewall-1");
    new PaloAltoHaPair(app, "syd", pairProps({ stackPrefix: "syd-" }));
    const again = validationErrorOf(() => new PaloAltoHaPair(app, "syd2", pairProps({ stackPrefix: "syd-" })));
    expect(again.message).toContain("gives the stack name syd-network, already used by syd/syd-network.");
    const nested = validationErrorOf(() => new PaloAltoHaPair(app, "mel", pairProps({ stackPrefix: "mel-" })));
    expect(nested.issues.map((i) => i.problem)).toEqual([
      "gives the stack name mel-firewall-1, already used by region/team/mel-firewall-1",
    ]);
  });
});
