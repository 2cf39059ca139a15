/** Two linked simulated firewalls standing in for the guide's pair, and readers of their config. */
import { readFileSync } from "node:fs";
import { path as childPath, textOf, type XmlElement } from "../../lib/xmlspec/xml";
import { mve, vxc, type ProductData } from "../megaport-sim";
import { startSimulator, type SimulatedBgpPeer, type Simulator } from "../simulator";

/** The BGP neighbours the example's clouds offer firewall `i` (as examples/guide-example.ts addresses them). */
export function cloudNeighbours(i: 0 | 1): SimulatedBgpPeer[] {
  const offset = 4 * i;
  return [
    {
      name: "aws",
      peerGroup: "aws",
      virtualRouter: "default",
      peerAddress: `169.254.100.${2 + offset}`,
      localAddress: `169.254.100.${1 + offset}`,
      remoteAs: "64512",
      bfd: true,
      prefixes: ["10.1.0.0/16"],
    },
    {
      name: "azure",
      peerGroup: "azure",
      virtualRouter: "default",
      peerAddress: `192.168.200.${2 + offset}`,
      localAddress: `192.168.200.${1 + offset}`,
      remoteAs: "12076",
      bfd: true,
      prefixes: ["10.2.0.0/16"],
    },
  ];
}

/** Starts firewall 0 on 127.0.0.2 and firewall 1 on 127.0.0.3, same port, HTTPS, linked as HA peers. */
export async function startPair(password: string): Promise<[Simulator, Simulator]> {
  const common = { tls: true, password, bootDelayMs: 100, rebootMs: 200, commitMs: 50 } as const;
  const a = await startSimulator({ ...common, host: "127.0.0.2", hostname: "guide-fw-0", routing: cloudNeighbours(0) });
  const b = await startSimulator({
    ...common,
    host: "127.0.0.3",
    port: a.port,
    hostname: "guide-fw-1",
    routing: cloudNeighbours(1),
  });
  a.link(b);
  return [a, b];
}

/** The device entry of a configuration tree. */
function device(config: XmlElement): XmlElement | undefined {
  return childPath(config, "devices", "entry");
}

/** Text at a `/`-separated path below the device entry (first match at each step). */
export function deviceText(config: XmlElement, path: string): string | undefined {
  return textOf(childPath(device(config), ...path.split("/")));
}

/** The element at a `/`-separated path below the device entry. */
export function deviceNode(config: XmlElement, path: string): XmlElement | undefined {
  return childPath(device(config), ...path.split("/"));
}

/** Member values of a `<member>` list at a path below the device entry. */
export function members(config: XmlElement, path: string): string[] {
  return (deviceNode(config, path)?.children ?? []).filter((c) => c.name === "member").map((c) => textOf(c) ?? "");
}

/** A Megaport product the network stack's state holds. */
export interface StateProduct {
  readonly type: "megaport_mve" | "megaport_vxc";
  readonly uid: string;
  readonly name: string;
}

/**
 * Every MVE and VXC in a network stack's state (the offline provider's UIDs: derived from each
 * resource's configuration, see tools/offline-provider/README.md), read from the state and not from
 * the outputs, so that a product missing from the outputs shows as never asked for.
 */
export function megaportProductsInState(stateFile: string): StateProduct[] {
  const state = JSON.parse(readFileSync(stateFile, "utf8")) as {
    resources: Array<{ mode: string; type: string; instances: Array<{ attributes: Record<string, unknown> }> }>;
  };
  return state.resources
    .filter((r) => r.mode === "managed" && (r.type === "megaport_mve" || r.type === "megaport_vxc"))
    .flatMap((r) =>
      r.instances.map((i) => ({
        type: r.type as StateProduct["type"],
        uid: String(i.attributes.product_uid),
        name: String(i.attributes.product_name),
      })),
    );
}

/** The products as a healthy Megaport API would answer for them (LIVE, VMs and interfaces up). */
export function liveProducts(products: readonly StateProduct[]): ProductData[] {
  return products.map((p) =>
    p.type === "megaport_mve" ? mve({ uid: p.uid, name: p.name }) : vxc({ uid: p.uid, name: p.name }),
  );
}

/** What firewall `i`'s panos objects configure (examples/guide-example.ts addresses them so). */
export function expectedPanosObjects(i: 0 | 1, amazonAsn = "64512") {
  const offset = 4 * i;
  return {
    connections: [
      {
        name: "aws",
        subinterface: "ethernet1/1.100",
        tag: "100",
        address: `169.254.100.${1 + offset}/30`,
        peer: `169.254.100.${2 + offset}`,
        peerAs: amazonAsn,
      },
      {
        name: "azure",
        subinterface: "ethernet1/1.200",
        tag: "200",
        address: `192.168.200.${1 + offset}/30`,
        peer: `192.168.200.${2 + offset}`,
        peerAs: "12076",
      },
    ],
    routerId: `169.254.100.${1 + offset}`,
    localAs: "65010",
  };
}

/** The `<entry>` children (name → element) of the element at a path below the device entry. */
export function entries(config: XmlElement, path: string): Map<string, XmlElement> {
  const list = (deviceNode(config, path)?.children ?? []).filter((c) => c.name === "entry");
  return new Map(list.map((e) => [e.attributes.name, e]));
}

/** Text at a `/`-separated path below `element`. */
export function textAt(element: XmlElement | undefined, path: string): string | undefined {
  return textOf(childPath(element, ...path.split("/")));
}

/** Member values of the `<member>` list at a path below `element`. */
export function membersAt(element: XmlElement | undefined, path: string): string[] {
  return (childPath(element, ...path.split("/"))?.children ?? [])
    .filter((c) => c.name === "member")
    .map((c) => textOf(c) ?? "");
}
