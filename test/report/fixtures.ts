/**
 * The topology of the simulated pair (test/simulator/operational/pair-fixture.ts): AWS and Azure on
 * both firewalls, neighbours 169.254.10i.1 and 169.254.20i.1 with BFD, product names as the
 * pattern names them for a pair `sim`.
 */
import type { PairTopology, TopologyFirewall } from "../../lib/topology/model";
import { renderXml } from "../../lib/xmlspec/xml";
import { startSimulator, type Simulator } from "../simulator";
import { networkFor, runningConfig } from "../simulator/operational/pair-fixture";

/**
 * The simulated pair as two HTTPS simulators on loopback (127.0.0.2 and .3, one port, the test CA),
 * linked as HA peers, with the pair's running configuration and neighbours: every check passes.
 */
export async function startSimulatedPair(): Promise<[Simulator, Simulator]> {
  const start = (index: 0 | 1, port?: number) =>
    startSimulator({
      tls: true,
      password: "pw",
      apiKey: "KEY",
      host: `127.0.0.${2 + index}`,
      port,
      hostname: `fw-${index}`,
      routing: networkFor(index),
      initialConfig: renderXml(runningConfig(index)),
      // A deployed pair: `mve-ha prepare` turned jumbo-frame mode on (system.jumbo-frames).
      jumboFrames: true,
    });
  const a = await start(0);
  const b = await start(1, a.port);
  a.link(b);
  return [a, b];
}

function firewall(deviceId: 0 | 1, managementIp: string): TopologyFirewall {
  return {
    deviceId,
    productName: `sim-fw-${deviceId}`,
    size: "MEDIUM",
    image: "PAN-OS 10.2.9-h1",
    location: `location ${3 + deviceId}`,
    diversityZone: deviceId === 0 ? "red" : "blue",
    managementIp,
    managementProductName: `sim-fw-${deviceId} management Internet`,
    managementRateLimitMbps: 100,
    localAsn: 65010,
    routerId: `169.254.100.${2 + 4 * deviceId}`,
    vnics: [
      { role: "mgmt", index: 0, panosInterface: "management", use: "management, HA1" },
      { role: "data", index: 1, panosInterface: "ethernet1/1", use: "VLAN 100 aws, VLAN 200 azure" },
      { role: "ha1", index: 2, panosInterface: "ethernet1/2", use: `HA1 backup 10.255.1.${1 + deviceId}/30` },
      { role: "ha2", index: 3, panosInterface: "ethernet1/3", use: `HA2 10.255.2.${1 + deviceId}/30` },
      { role: "ha3", index: 4, panosInterface: "ethernet1/4", use: "HA3 packet forwarding" },
    ],
  };
}

/** `managementIps`: what the topology knows of the management addresses (Megaport assigns them by default). */
export function simulatedTopology(
  managementIps: readonly [string, string] = ["from Megaport", "from Megaport"],
): PairTopology {
  const connection = (name: string, vlan: number, peerAsn: number, octet: number) => ({
    name,
    kind: name === "aws" ? "AWS hosted-vif" : "Azure ExpressRoute",
    vlan,
    rateLimitMbps: 1000,
    peerings: [0, 1].map((i) => ({
      deviceId: i as 0 | 1,
      productName: `sim-fw-${i} ${name}`,
      subinterface: `ethernet1/1.${vlan}`,
      address: `169.254.${octet + i}.2/30`,
      peerAddress: `169.254.${octet + i}.1`,
      peerAsn,
      bfd: true,
    })) as [never, never],
  });
  return {
    version: 1,
    pair: "sim",
    firewalls: [firewall(0, managementIps[0]), firewall(1, managementIps[1])],
    haLinks: [
      {
        role: "ha1",
        productName: "sim-fw-0 HA1",
        rateLimitMbps: 1000,
        panosInterface: "ethernet1/2",
        carries: "HA1 backup",
        panosLinks: ["HA1-backup"],
        addresses: ["10.255.1.1/30", "10.255.1.2/30"],
      },
      {
        role: "ha2",
        productName: "sim-fw-0 HA2",
        rateLimitMbps: 1000,
        panosInterface: "ethernet1/3",
        carries: "HA2 state sync (ethernet)",
        panosLinks: ["HA2", "HA2-backup"],
        addresses: ["10.255.2.1/30", "10.255.2.2/30"],
      },
      {
        role: "ha3",
        productName: "sim-fw-0 HA3",
        rateLimitMbps: 10000,
        panosInterface: "ethernet1/4",
        carries: "HA3 packet forwarding",
        panosLinks: ["HA3"],
      },
    ],
    connections: [connection("aws", 100, 64512, 100), connection("azure", 200, 12076, 200)],
  };
}

/** The simulated pair's topology with `count` partner-port connections instead of AWS and Azure. */
export function manyConnectionsTopology(count: number): PairTopology {
  const base = simulatedTopology();
  const connections = Array.from({ length: count }, (_, k) => ({
    name: `dc-${String(k + 1).padStart(2, "0")}`,
    kind: "partner port",
    vlan: 100 + k,
    rateLimitMbps: 500,
    peerings: [0, 1].map((i) => ({
      deviceId: i as 0 | 1,
      productName: `sim-fw-${i} dc-${String(k + 1).padStart(2, "0")}`,
      subinterface: `ethernet1/1.${100 + k}`,
      address: `10.20.${k}.${1 + 4 * i}/30`,
      peerAddress: `10.20.${k}.${2 + 4 * i}`,
      peerAsn: 65100 + k,
      bfd: true,
    })) as [never, never],
  }));
  return { ...base, connections };
}
