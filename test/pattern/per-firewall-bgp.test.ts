/**
 * Connections whose BGP addressing Megaport does not set (an AWS hosted connection, Azure without
 * private peering) take it per firewall, and the firewalls peer with what was given.
 */
import { pairProps, awsConnection, azureConnection, synthPair } from "./fixtures";
import type { Json } from "../helpers/template";

function peersOf(firewall: { resourceList(type: string): Json[] }) {
  const router = firewall.resourceList("panos_virtual_router")[0];
  return router.protocol.bgp.peer_group.flatMap((group: Json) =>
    group.peer.map((peer: Json) => [group.name, peer.peer_address.ip, peer.peer_as, peer.local_address.ip]),
  );
}

describe("per-firewall BGP settings", () => {
  const bgp = (i: number) => ({ localAddress: `10.9.${i}.1/30`, peerAddress: `10.9.${i}.2`, peerAsn: 64600 + i });
  const { firewalls, network } = synthPair(
    pairProps({
      cloudConnections: [
        awsConnection({
          type: "hosted-connection",
          vif: undefined,
          firewalls: [
            { partnerPort: { locationId: 3 }, bgp: bgp(0) },
            { partnerPort: { locationId: 4 }, bgp: bgp(1) },
          ],
        }),
        azureConnection({ privatePeering: undefined, firewalls: [{ bgp: bgp(2) }, { bgp: bgp(3) }] }),
      ],
    }),
  );

  test("an AWS hosted connection and Azure without private peering peer with the given neighbours", () => {
    expect(peersOf(firewalls[0])).toEqual([
      ["aws", "10.9.0.2", "64600", "10.9.0.1/30"],
      ["azure", "10.9.2.2", "64602", "10.9.2.1/30"],
    ]);
    expect(peersOf(firewalls[1])).toEqual([
      ["aws", "10.9.1.2", "64601", "10.9.1.1/30"],
      ["azure", "10.9.3.2", "64603", "10.9.3.1/30"],
    ]);
  });

  test("the hosted connection still orders no VIF settings from Megaport", () => {
    const aws = network.resourceList("megaport_vxc").filter((v: Json) => v.b_end_partner_config?.partner === "aws");
    expect(aws.map((v: Json) => v.b_end_partner_config.aws_config.connect_type)).toEqual(["AWSHC", "AWSHC"]);
    expect(aws[0].b_end_partner_config.aws_config.customer_ip_address).toBeUndefined();
  });
});
