/**
 * Rules added after review: props an untyped app can leave out, the same address for both
 * firewalls, HA link bandwidth named as the pair's prop, the HA3 sizing warning where cdktf
 * reports it, and the Terraform version the stacks require.
 */
import { Testing } from "cdktf";
import { PaloAltoHaPair, REQUIRED_TERRAFORM, type PaloAltoHaPairProps } from "../../lib/pattern";
import { awsConnection, azureConnection, pairProps, synthPair, validationErrorOf } from "./fixtures";

function errorOf(props: PaloAltoHaPairProps) {
  return validationErrorOf(() => new PaloAltoHaPair(Testing.app(), "syd", props));
}

describe("rules added after review", () => {
  test("a prop without default left out (untyped apps) is a ValidationError, not a crash", () => {
    const { haLinks: _haLinks, management: _management, ...rest } = pairProps();
    const error = errorOf(rest as PaloAltoHaPairProps);
    expect(error.issues.map((i) => [i.prop, i.problem])).toEqual([
      ["haLinks", "is required"],
      ["management", "is required"],
    ]);
    expect(error.message).toContain("Fix: give haLinks, e.g. { ha3RateLimitMbps: 10000 }.");
  });

  test("the HA3 bandwidth left out is reported as haLinks.ha3RateLimitMbps", () => {
    const error = errorOf(pairProps({ haLinks: {} as PaloAltoHaPairProps["haLinks"] }));
    expect(error.issues.map((i) => [i.path, i.prop])).toEqual([["syd", "haLinks.ha3RateLimitMbps"]]);
  });

  test("both firewalls with the same address on a connection is refused", () => {
    const same = { customerAddress: "169.254.100.1/30", amazonAddress: "169.254.100.2/30" };
    const error = errorOf(
      pairProps({
        cloudConnections: [
          awsConnection({
            firewalls: [
              { partnerPort: { locationId: 3 }, addressing: same },
              { partnerPort: { locationId: 4 }, addressing: same },
            ],
          }),
        ],
      }),
    );
    expect(error.issues.map((i) => [i.prop, i.value])).toEqual([
      ["cloudConnections[0].firewalls[1].addressing.customerAddress", "169.254.100.1/30"],
    ]);
    const azure = errorOf(
      pairProps({
        cloudConnections: [
          azureConnection({
            privatePeering: { peerAsn: 65010, primarySubnet: "192.168.200.0/30", secondarySubnet: "192.168.200.0/30" },
          }),
        ],
      }),
    );
    expect(azure.issues.map((i) => i.prop)).toEqual(["cloudConnections[0].privatePeering.secondarySubnet"]);
  });

  test("an HA3 link smaller than the connections' total is a warning on the HA3 link, in the network stack", () => {
    const { pair } = synthPair(pairProps({ haLinks: { ha3RateLimitMbps: 1500 } }));
    const warnings = pair.network.haLinks[2].node.metadata.filter((m) => m.type === "@cdktf/warn");
    expect(warnings.map((m) => String(m.data))).toEqual([
      expect.stringContaining("haLinks.ha3RateLimitMbps (1500) is below the data-plane connections' total (2000 Mbps)"),
    ]);
    const { pair: roomy } = synthPair(pairProps({ haLinks: { ha3RateLimitMbps: 10000 } }));
    expect(roomy.network.haLinks[2].node.metadata.filter((m) => m.type === "@cdktf/warn")).toEqual([]);
  });

  test("every stack requires Terraform 1.11 or later", () => {
    const { network, firewalls } = synthPair();
    for (const stack of [network, ...firewalls]) expect(stack.json.terraform.required_version).toBe(REQUIRED_TERRAFORM);
    expect(REQUIRED_TERRAFORM).toBe(">= 1.11");
  });
});
