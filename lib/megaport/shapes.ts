/**
 * Run-time shapes of the Megaport props (see lib/core/shape.ts): building blocks shared by the
 * constructs here and by the pair, which uses them for the props it passes through.
 */
import {
  boolean,
  dictionary,
  exactlyOne,
  kindOf,
  list,
  number,
  oneOf,
  optional,
  record,
  text,
  type Shape,
} from "../core/shape";
import { CONTRACT_TERMS, DIVERSITY_ZONES, MAX_RATE_LIMIT_MBPS, MVE_SIZES } from "./rules";
import { HA_ROLES } from "./vnic";

/** A PAN-OS release as Megaport lists VM-Series images: `10.2.9-h1`, `11.1.4-h7`, `10.1.0`, `11.2.3`. */
export const PANOS_VERSION = /^\d{1,2}\.\d{1,2}\.\d{1,3}(-h\d{1,3})?$/;

/** A whole number of Mbps a VXC can carry. */
export const rateLimitShape = number({
  what: "a whole number of Mbps",
  min: 1,
  max: MAX_RATE_LIMIT_MBPS,
  fix: "give the bandwidth in whole Mbps, e.g. 1000 for 1 Gbps",
});

/** A VLAN ID a tagged VXC end can use (1 and 4094-4095 are reserved). */
export const vlanShape = number({
  what: "a VLAN ID",
  min: 2,
  max: 4093,
  fix: "choose a VLAN ID from 2 to 4093 (1 and 4094-4095 are reserved)",
});

/** A 4-byte AS number. */
export function asnShape(tokens = false): Shape {
  return number({ what: "an AS number", min: 1, max: 4294967295, tokens, fix: "give the AS number (1..4294967295)" });
}

/** A Megaport location (or other) id. */
export const idShape = number({
  what: "an id",
  min: 1,
  max: Number.MAX_SAFE_INTEGER,
  fix: "give Megaport's numeric id",
});

export const diversityZoneShape = oneOf(
  DIVERSITY_ZONES,
  'use "red" or "blue", or leave it unset to let Megaport choose',
);
export const sizeShape = oneOf(
  MVE_SIZES,
  "use a size the Megaport provider accepts; both MVEs of a pair need the same",
);
export const contractTermShape = oneOf(CONTRACT_TERMS, "use one of the contract terms Megaport sells");

/** A name shown in the Megaport Portal. */
export const productNameShape = text({ max: 100, fix: "give a short product name, e.g. syd-fw-0" });

/** A secret or other value that may be a token (a sensitive TerraformVariable's value). */
export function secretShape(what: string, fix: string): Shape {
  return text({ what, tokens: true, max: 16384, fix });
}

/** `{ id }` or `{ name }` of a Megaport location. */
export const locationShape = exactlyOne(
  ["id", "name"],
  record({ id: optional(idShape), name: optional(text({ max: 200, fix: "give the exact location name" })) }),
  "{ id: <Megaport location id> } or { name: <location name> }",
  "give the location id (preferred) or its exact name",
);

/** `{ id }` or `{ version }` of a PAN-OS image; a version has the shape of a PAN-OS release. */
export const imageShape = exactlyOne(
  ["id", "version"],
  record({
    id: optional(idShape),
    version: optional(
      text({
        what: "a PAN-OS release such as 10.2.9-h1 or 11.2.3",
        pattern: PANOS_VERSION,
        max: 20,
        fix: 'give the VM-Series PAN-OS version as Megaport lists it, e.g. "10.2.9-h1"',
      }),
    ),
  }),
  '{ id: <image id> } or { version: "<PAN-OS version>" }',
  'give the PAN-OS version, e.g. { version: "10.2.9-h1" }',
);

/** The fields every Megaport product (MVE, VXC) shares. */
export const productOptionFields: Readonly<Record<string, Shape>> = {
  contractTermMonths: optional(contractTermShape),
  preventDestroy: optional(boolean()),
  resourceTags: optional(
    dictionary(
      text({ max: 256, min: 0, fix: "give a short tag value" }),
      text({ max: 128, fix: "give a short tag name" }),
      "give tags as { name: value }",
    ),
  ),
  costCentre: optional(text({ max: 255, fix: "give a cost centre or leave it unset" })),
  promoCode: optional(text({ max: 255, fix: "give the promotion code or leave it unset" })),
};

/** An IPv4 address or interface address (checked further by the semantic rules). */
export function addressShape(what: string, tokens = false): Shape {
  return text({ what, max: 18, tokens, fix: `give ${what}` });
}

/** A management address given explicitly. */
export const managementAddressShape = record({
  ip: addressShape("an IPv4 address", true),
  prefixLength: number({
    what: "a prefix length",
    min: 1,
    max: 32,
    tokens: true,
    fix: "give the subnet's prefix length",
  }),
  gateway: addressShape("an IPv4 address", true),
});

/** A partner port by location (and zone) or by product UID. */
export const partnerPortShape = exactlyOne(
  ["locationId", "productUid"],
  record({
    locationId: optional(idShape),
    diversityZone: optional(diversityZoneShape),
    productUid: optional(text({ max: 100, tokens: true, fix: "give the partner port's product UID" })),
  }),
  "{ locationId, diversityZone? } or { productUid }",
  "give the partner port's location id or its product UID",
);

/** BGP addressing given explicitly on an attachment. */
export function bgpAddressingShape(tokens: boolean, required: boolean): Shape {
  const field = (shape: Shape) => (required ? shape : optional(shape));
  return record({
    localAddress: field(addressShape("an interface address with prefix, e.g. 169.254.100.1/30", tokens)),
    peerAddress: field(addressShape("an IPv4 address", tokens)),
    peerAsn: field(asnShape(tokens)),
  });
}

/** The name, VLAN and rate every data-plane connection has. */
export function cloudConnectionFields(nameShape: Shape): Readonly<Record<string, Shape>> {
  return { ...productOptionFields, name: nameShape, vlan: vlanShape, rateLimitMbps: rateLimitShape };
}

/** AWS connection fields, with the secrets' shape given (a token at this level, a variable in the pair). */
export function awsFields(secret: (what: string) => Shape): Readonly<Record<string, Shape>> {
  return {
    type: oneOf(["hosted-vif", "hosted-connection"], "choose hosted-vif or hosted-connection"),
    region: text({
      max: 200,
      fix: "give the region as Megaport names it, e.g. Asia Pacific (Sydney) (ap-southeast-2)",
    }),
    ownerAccount: secret("an AWS account id (12 digits)"),
    awsName: optional(text({ max: 255, fix: "give the VIF's name or leave it unset" })),
    vif: optional(
      record({
        type: optional(oneOf(["private", "public", "transit"], 'use "private"')),
        asn: asnShape(),
        amazonAsn: asnShape(),
        authKey: optional(secret("a BGP MD5 key")),
        prefixes: optional(text({ max: 4096, fix: "give the prefixes to announce, comma-separated" })),
      }),
    ),
  };
}

/** Azure ExpressRoute fields, with the secrets' shape given. */
export function azureFields(secret: (what: string) => Shape): Readonly<Record<string, Shape>> {
  const subnet = addressShape("a /30 subnet such as 192.168.100.0/30");
  return {
    serviceKey: secret("the ExpressRoute service key"),
    privatePeering: optional(
      record({
        peerAsn: asnShape(),
        primarySubnet: subnet,
        secondarySubnet: subnet,
        vlan: optional(vlanShape),
        sharedKey: optional(secret("a BGP MD5 key")),
      }),
    ),
  };
}

/** AWS attachment fields (per firewall). */
export function awsAttachmentFields(tokens: boolean): Readonly<Record<string, Shape>> {
  return {
    partnerPort: partnerPortShape,
    addressing: optional(
      record({
        customerAddress: addressShape("an interface address with prefix, e.g. 169.254.100.1/30", tokens),
        amazonAddress: addressShape("an interface address with prefix, e.g. 169.254.100.2/30", tokens),
      }),
    ),
    bgp: optional(bgpAddressingShape(tokens, false)),
  };
}

/** Partner-port attachment fields (per firewall). */
export function partnerPortAttachmentFields(tokens: boolean): Readonly<Record<string, Shape>> {
  return {
    productUid: text({ max: 100, tokens: true, fix: "give the partner port's product UID" }),
    bgp: optional(bgpAddressingShape(tokens, true)),
  };
}

/** An HA role. */
export const haRoleShape = oneOf(
  HA_ROLES,
  "connect HA links between ha1, ha2 or ha3 vNICs only (mgmt and data are not HA ports)",
);

/**
 * A PaloAltoMve construct. Checked by its attachment registry rather than by class, so that this
 * module does not import the construct (which imports it).
 */
export const mveShape: Shape = (value, prop) =>
  typeof value === "object" && value !== null && "attachments" in value && "productUid" in value
    ? []
    : [
        {
          prop,
          value: kindOf(value),
          problem: "is not a PaloAltoMve",
          allowed: "a PaloAltoMve construct",
          fix: "pass the PaloAltoMve the VXC attaches to",
        },
      ];

/** The two MVEs of a pair, A-end first. */
export const mvePairShape: Shape = list(mveShape, { min: 2, max: 2, fix: "give the two MVEs of the pair" });
