/**
 * The run-time shape of PaloAltoHaPairProps, one table checked at the pair's entry before any rule
 * (see lib/core/shape.ts): every prop's type, presence, enum membership and whether a token or
 * `variable(...)` is allowed, reported all at once with the prop paths the user wrote.
 */
import {
  boolean,
  example,
  func,
  kindOf,
  list,
  number,
  oneOf,
  optional,
  orFalse,
  record,
  text,
  type Shape,
} from "../core/shape";
import {
  asnShape,
  contractTermShape,
  diversityZoneShape,
  imageShape,
  locationShape,
  managementAddressShape,
  productNameShape,
  productOptionFields,
  rateLimitShape,
  sizeShape,
} from "../megaport/shapes";
import {
  apiFields,
  bfdShape,
  cliShape,
  dnsServersShape,
  ecmpShape,
  ha2TransportShape,
  haSharedFields,
  ipShape,
  jumboFrameMtuShape,
  namesShape,
  securityRuleShape,
} from "../panos/shapes";
import { isPairConnection } from "./connections";
import { stringValueShape } from "./connection-shapes";
import { managementIpv6PairShape, managementPathShape } from "./management-path";

/** Letters, digits, `-` and `_`: stack names become directory and state file names. */
export const STACK_PREFIX = /^[A-Za-z0-9_-]*$/;

/** Firewall 0's and firewall 1's value, in that order. */
function both(item: Shape, fix: string): Shape {
  return list(item, { min: 2, max: 2, fix });
}

/** A connection built by aws(), azure() or partnerPort(), with what its builder found wrong. */
const connectionShape: Shape = (value, prop) => {
  if (!isPairConnection(value)) {
    return [
      {
        prop,
        value: kindOf(value),
        problem: "is not a connection built with one of the builders",
        allowed: "aws, azure, google, oracle, mcr, partnerPort or internetBreakout({...})",
        fix: "build each connection with one of the builders",
      },
    ];
  }
  // The builder named its fields from itself (`region`); the pair names them from the top, in the fix too.
  return value.shapeIssues.map((issue) => {
    if (issue.prop === "") return { ...issue, prop };
    const named = `${prop}.${issue.prop}`;
    // Only where the shape layer wrote the path itself ("give region", "remove vlann"), not in prose.
    const path = new RegExp(`^(give|remove) ${escaped(issue.prop)}(?=$|[ ,])`);
    return { ...issue, prop: named, fix: issue.fix.replace(path, `$1 ${named}`) };
  });
};

/** `text` as a literal inside a regular expression. */
function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const dnsServer = stringValueShape("a DNS server's IPv4 address", "use a resolver's IPv4 address, e.g. 9.9.9.9");

export const pairShape: Shape = record({
  sites: both(
    record({
      location: locationShape,
      diversityZone: optional(diversityZoneShape),
      productName: optional(productNameShape),
      managementAddress: optional(managementAddressShape),
      licenseData: optional(stringValueShape("licence data", 'use variable("license_data_0")')),
    }),
    "give two sites: where firewall 0 and firewall 1 run",
  ),
  size: sizeShape,
  image: imageShape,
  sshPublicKey: stringValueShape("an OpenSSH RSA public key line", "pass the .pub line or variable(...)"),
  adminPasswordHash: stringValueShape("a sha256-crypt hash", 'use variable("admin_password_hash")'),
  haLinks: example(
    record({
      ha3RateLimitMbps: example(rateLimitShape, "10000 (the guide)"),
      ha1RateLimitMbps: optional(rateLimitShape),
      ha2RateLimitMbps: optional(rateLimitShape),
    }),
    "{ ha3RateLimitMbps: 10000 }",
  ),
  ha: optional(
    record({
      ...haSharedFields,
      ha2Addresses: optional(
        both(ipShape("an interface address such as 10.255.2.1/30", false), "give firewall 0's and 1's HA2 address"),
      ),
      ha2Transport: optional(ha2TransportShape),
      ha1BackupAddresses: optional(
        orFalse(both(ipShape("an interface address such as 10.255.1.1/30", false), "give two addresses, or false")),
      ),
    }),
  ),
  management: record({
    dnsServers: dnsServersShape(dnsServer),
    internetRateLimitMbps: optional(rateLimitShape),
    api: optional(record(apiFields)),
    jumboFrameMtu: optional(jumboFrameMtuShape),
    hypervisorAssignedMacAddresses: optional(boolean()),
    path: optional(managementPathShape),
    ipv6: optional(managementIpv6PairShape),
  }),
  // An empty list is the semantic rule's (connectionsAreDistinct), which says why it matters.
  cloudConnections: list(connectionShape, {
    min: 0,
    max: 100,
    fix: "add the connections the firewalls route between, built with aws(), azure() or partnerPort()",
  }),
  bgp: record({
    localAsn: asnShape(),
    routerIds: optional(both(ipShape("an IPv4 address", false), "give firewall 0's and 1's router ID")),
    bfd: optional(bfdShape),
    ecmp: optional(ecmpShape),
  }),
  names: optional(namesShape),
  securityRule: optional(securityRuleShape),
  megaport: optional(
    record({
      environment: optional(oneOf(["production", "staging", "development"], 'use "production" for real orders')),
      waitTimeMinutes: optional(
        number({ what: "minutes", min: 1, max: 1440, fix: "use 30 (the default); MVEs often need more than 10" }),
      ),
    }),
  ),
  contractTermMonths: optional(contractTermShape),
  preventDestroy: optional(boolean()),
  resourceTags: productOptionFields.resourceTags,
  stackPrefix: optional(
    text({
      what: 'a stack-name prefix (letters, digits, "-", "_")',
      pattern: STACK_PREFIX,
      min: 0,
      max: 64,
      fix: "use a short prefix such as syd-",
    }),
  ),
  backend: optional(func("give a function (stack, name) => { new S3Backend(stack, ...) }")),
  cli: optional(cliShape),
  topologyDiagram: optional(boolean()),
});
