/** The network stack of a pair: Megaport products and the per-firewall device preparation. */
import { Fn, Op, TerraformOutput, type TerraformStack } from "cdktf";
import { provider as megaportProvider } from "../../.gen/providers/megaport";
import {
  HaLink,
  PaloAltoMve,
  type CloudAttachment,
  type HaRole,
  type ManagementConnection,
  type ProductOptions,
} from "../megaport";
import { DevicePreparation } from "../panos";
import type { FirewallIndex } from "./connections";
import type { PaloAltoHaPairProps } from "./props";
import { isUnresolved } from "../core/tokens";
import { valueIn } from "./variables";
import { buildManagement, privatePathOf } from "./management-path";
import { connectionProp, haLinkProp, preparationProp, type Rename } from "./prop-names";

/** What the network stack holds, for the firewall stacks and for users. */
export interface PairNetwork {
  readonly mves: readonly [PaloAltoMve, PaloAltoMve];
  readonly haLinks: readonly [HaLink, HaLink, HaLink];
  /** Per firewall, its Megaport Internet or private management VXC (`management.path`). */
  readonly management: readonly [ManagementConnection, ManagementConnection];
  /** Per connection (in props order), the attachments of firewall 0 and 1. */
  readonly attachments: ReadonlyArray<readonly [CloudAttachment, CloudAttachment]>;
  readonly preparations: readonly [DevicePreparation, DevicePreparation];
}

const FIREWALLS: readonly FirewallIndex[] = [0, 1];

/** Adds the Megaport products of the pair and its device preparation to `stack`. */
export function buildNetwork(
  stack: TerraformStack,
  pairId: string,
  props: PaloAltoHaPairProps,
  /** Runs a construction whose validation errors should name the pair's props (see prop-names.ts). */
  named: <T>(rename: Rename, build: () => T) => T = (_rename, build) => build(),
): PairNetwork {
  new megaportProvider.MegaportProvider(stack, "megaport", {
    environment: props.megaport?.environment,
    waitTime: props.megaport?.waitTimeMinutes ?? 30,
  });
  const product: ProductOptions = {
    contractTermMonths: props.contractTermMonths,
    preventDestroy: props.preventDestroy,
    resourceTags: props.resourceTags,
  };

  const mves = FIREWALLS.map(
    (i) =>
      new PaloAltoMve(stack, `mve-${i}`, {
        ...product,
        productName: props.sites[i].productName ?? `${pairId}-fw-${i}`,
        location: props.sites[i].location,
        diversityZone: props.sites[i].diversityZone ?? (i === 0 ? "red" : "blue"),
        size: props.size,
        image: props.image,
        sshPublicKey: valueIn(stack, props.sshPublicKey),
        adminPasswordHash: valueIn(stack, props.adminPasswordHash),
        licenseData: valueIn(stack, props.sites[i].licenseData),
      }),
  ) as [PaloAltoMve, PaloAltoMve];

  const links = props.haLinks;
  const haLink = (role: HaRole, rateLimitMbps: number | undefined): HaLink =>
    named(haLinkProp(role), () => new HaLink(stack, role, { ...product, role, mves, rateLimitMbps }));
  const haLinks = [
    haLink("ha1", links.ha1RateLimitMbps),
    haLink("ha2", links.ha2RateLimitMbps),
    haLink("ha3", links.ha3RateLimitMbps),
  ] as const;
  addPairPreconditions(mves, haLinks[0]);

  const management = FIREWALLS.map((i) => buildManagement(stack, props, i, mves[i], product)) as [
    ManagementConnection,
    ManagementConnection,
  ];

  // The pair's destroy protection guards the MVEs, the HA links and management Internet. A
  // connection's own VXCs are replaced by a deliberate edit of that connection (a VLAN change
  // that moves an Azure peering, a changed cloud partner config), just as removing the connection
  // deletes them: not protected unless the connection itself sets preventDestroy.
  const connectionProduct: ProductOptions = { ...product, preventDestroy: false };
  const attachments = props.cloudConnections.map(
    (c, k) =>
      FIREWALLS.map((i) =>
        named(connectionProp(k, i), () => c.attach(stack, `${c.name}-${i}`, i, mves[i], connectionProduct)),
      ) as [CloudAttachment, CloudAttachment],
  );

  const privatePath = privatePathOf(props);
  const preparations = FIREWALLS.map((i) =>
    named(
      preparationProp(i, {
        privateManagement: privatePath !== undefined,
        ownDnsServers: privatePath?.firewalls[i].dnsServers !== undefined,
      }),
      () =>
        new DevicePreparation(stack, `prepare-${i}`, {
          api: { ...props.management.api, host: management[i].managementIp },
          managementInterface: {
            address: managementCidr(management[i]),
            gateway: management[i].managementGateway,
            dnsServers: (privatePath?.firewalls[i].dnsServers ?? props.management.dnsServers).map((server) =>
              valueIn(stack, server),
            ),
            ipv6: props.management.ipv6?.[i],
          },
          jumboFrameMtu: props.management.jumboFrameMtu,
          hypervisorAssignedMacAddresses: props.management.hypervisorAssignedMacAddresses,
          cli: props.cli,
          dependsOn: [mves[i].resource, management[i].resource],
        }),
    ),
  ) as [DevicePreparation, DevicePreparation];

  return { mves, haLinks, management, attachments, preparations };
}

/**
 * `a.b.c.d/n` of the management interface: a literal when both parts are (so synth-time rules
 * check it), else one function token (not a template, which breaks when split again inside other
 * functions).
 */
function managementCidr(management: ManagementConnection): string {
  const ip = management.managementIp;
  const prefix = management.managementPrefixLength;
  if (!isUnresolved(ip) && !isUnresolved(prefix)) return `${ip}/${prefix}`;
  return Fn.format("%s/%d", [ip, prefix]);
}

/**
 * The guide's pair rules that only the data sources can tell, checked at plan time on the HA1 link
 * (it joins the two MVEs; a precondition may not refer to its own resource).
 */
function addPairPreconditions([a, b]: readonly [PaloAltoMve, PaloAltoMve], link: HaLink): void {
  const lifecycle = link.resource.lifecycle ?? {};
  link.resource.lifecycle = {
    ...lifecycle,
    precondition: [
      ...(lifecycle.precondition ?? []),
      {
        condition: Op.eq(a.metro, b.metro),
        errorMessage:
          "The two firewalls must be in one metro (Palo Alto HA needs them within 20 ms of each other); choose two locations of the same metro.",
      },
      {
        condition: Op.eq(a.imageId, b.imageId),
        errorMessage: "The two firewalls must run the same PAN-OS image; give both the same image.",
      },
      {
        condition: Op.eq(
          a.resource.interpolationForAttribute("vendor_config.product_size"),
          b.resource.interpolationForAttribute("vendor_config.product_size"),
        ),
        errorMessage: "The two firewalls must be the same MVE size; give both the same size.",
      },
    ],
  };
}

/** The name of the output `mve-ha verify --outputs` reads the Megaport product UIDs from. */
const MEGAPORT_PRODUCTS_OUTPUT = "megaport-products";

/**
 * The product UIDs of the pair, by role: what `mve-ha verify --outputs` checks in the Megaport API.
 * Keyed by role, never by position alone, so that a reader can name what it found down.
 */
function megaportProducts(network: PairNetwork, props: PaloAltoHaPairProps) {
  const [ha1, ha2, ha3] = network.haLinks.map((link) => link.resource.productUid);
  return {
    mves: network.mves.map((mve) => mve.productUid),
    haLinks: { ha1, ha2, ha3 },
    // The key names the kind, so that verify labels each VXC by what it is.
    [network.management[0].kind === "private-vxc" ? "managementPrivate" : "managementInternet"]: network.management.map(
      (m) => m.resource.productUid,
    ),
    cloudConnections: Object.fromEntries(
      props.cloudConnections.map((c, k) => [c.name, network.attachments[k].map((a) => a.resource.productUid)]),
    ),
  };
}

/** User-facing outputs of the network stack: management addresses, product UIDs and the verify command. */
export function addNetworkOutputs(
  stack: TerraformStack,
  network: PairNetwork,
  props: PaloAltoHaPairProps,
  verifyCommand: string,
): void {
  network.management.forEach((m, i) => {
    new TerraformOutput(stack, `firewall-${i}-management-ip`, {
      value: m.managementIp,
      description: `Management address of firewall ${i} (web UI, API, HA1)`,
    });
  });
  new TerraformOutput(stack, MEGAPORT_PRODUCTS_OUTPUT, {
    value: megaportProducts(network, props),
    description: `Megaport product UIDs of the pair (MVEs, HA links, ${network.management[0].kind === "private-vxc" ? "private management VXCs" : "management Internet"}, cloud connections)`,
  });
  new TerraformOutput(stack, "verify-command", {
    value: verifyCommand,
    description:
      "Run this where outputs.json holds these outputs (`cdktf deploy --outputs-file outputs.json`, or " +
      "`terraform output -json > outputs.json`), with PANOS_API_KEY or PANOS_USERNAME/PANOS_PASSWORD and " +
      "MEGAPORT_ACCESS_KEY/MEGAPORT_SECRET_KEY set, to check the pair",
  });
  new TerraformOutput(stack, "bgp-peerings", {
    // The internet breakout has no BGP session: its addressing is in the firewall stacks.
    value: props.cloudConnections.flatMap((c, k) =>
      c.internet
        ? []
        : [
            Object.fromEntries(
              network.attachments[k].map((attachment, i) => [
                `firewall-${i}`,
                { connection: c.name, vlan: c.vlan, ...attachment.bgp },
              ]),
            ),
          ],
    ),
    description: "Per connection and firewall: VLAN, local address, BGP neighbour and its ASN",
  });
}
