/**
 * Construct IDs are a public contract: they become Terraform addresses, and a renamed address
 * destroys and re-creates what it names (an MVE, a VXC, a firewall's configuration). The
 * example's addresses are compared with a committed list; the pair's own id, its stack prefix and
 * the order of its connections must not move them.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { Testing } from "cdktf";
import { PaloAltoHaPair } from "../../lib/pattern";
import { addressesOf, exampleAddresses, type StackAddresses } from "./addresses";
import { awsConnection, azureConnection, pairProps } from "./fixtures";

const COMMITTED_FILE = path.join(__dirname, "example-addresses.json");

/**
 * If this fails because you renamed a construct on purpose, existing deployments lose what the old
 * address named: add a `moved` block (or document the state move), then update example-addresses.json.
 */
describe("Terraform addresses", () => {
  const committed = JSON.parse(fs.readFileSync(COMMITTED_FILE, "utf8")) as Record<string, StackAddresses>;
  const example = exampleAddresses();

  test("of the guide's example match the committed list, stack by stack", () => {
    expect(Object.keys(example)).toEqual(["network", "firewall-0", "firewall-1"]);
    for (const stack of Object.keys(committed))
      expect({ stack, ...example[stack] }).toEqual({ stack, ...committed[stack] });
  });

  test("do not depend on the pair's id, its stack prefix or the order of its connections", () => {
    const pair = new PaloAltoHaPair(
      Testing.app(),
      "other",
      pairProps({ stackPrefix: "x-", cloudConnections: [azureConnection(), awsConnection()] }),
    );
    const moved = addressesOf(pair);
    for (const stack of Object.keys(committed)) {
      expect({ stack, resources: moved[stack].resources }).toEqual({ stack, resources: committed[stack].resources });
    }
    expect(moved.network.dataSources).toEqual(committed.network.dataSources);
  });
});
