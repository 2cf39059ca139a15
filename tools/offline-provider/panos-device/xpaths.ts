/**
 * Where the real panos provider 2.0.12 keeps each object the firewall stacks create, and how its
 * attributes are named in PAN-OS XML: our own table of facts read from Palo Alto's public
 * pan-os-codegen specs (the provider is generated from them), at the commit the release/v2.0.12
 * tag names. Each row notes its spec file.
 *
 * The element rule the specs follow, applied by xml-codec.ts: an attribute `a_b` is the element
 * `a-b`; a bool is `yes`/`no`; a list (or set) of strings is `<member>`s; a list of objects is
 * `<entry name="…">`s (the object's `name` is the entry's attribute); a nested object is an
 * element (an empty one, e.g. `ha {}`, is an empty element). `elements` lists every attribute of
 * the type whose spec `xpath` departs from that rule (the whole spec, not only what our stacks
 * set); `notInXml` the attributes the provider keeps out of the entry (xpath variables, write-only
 * audit comments); `defaults` the spec `default:` of the optional-and-computed attributes inside
 * objects our stacks configure, which the real provider plans and writes when the configuration
 * leaves them out.
 */

/** The spec commit (tag release/v2.0.12 of PaloAltoNetworks/pan-os-codegen). */
export const SPEC_COMMIT = "4153ae43f8c6b19ee67e8d1da6d9f64f87a61aad";

const SPEC_BASE = `https://github.com/PaloAltoNetworks/pan-os-codegen/blob/${SPEC_COMMIT}/`;

/** A value the provider plans for an attribute the configuration leaves out. */
export type SpecDefault = string | number | boolean;

/** One resource type of the table. */
export interface PanosObjectRow {
  readonly resource: string;
  /**
   * `entry`: one `<entry>` per resource. `rules`: the plural rules resource, one `<entry>` per
   * element of its `rules` list, under a rulebase the resource does not own.
   */
  readonly kind: "entry" | "rules";
  /** The `location` variant the row covers (`ngfw` or `vsys`); others are refused. */
  readonly location: "ngfw" | "vsys";
  /**
   * The entry's XPath. `{device}` is `/config/devices/entry[@name='<ngfw_device>']`, `{vsys}` the
   * location's vsys name, `{name}` the entry name; any other `{x}` is attribute `x` (an xpath variable).
   */
  readonly xpath: string;
  /** Attribute path (dots, list levels left out) → element path (slashes) where the spec departs from the rule. */
  readonly elements: Readonly<Record<string, string>>;
  /** Attribute paths that are not elements of the entry. */
  readonly notInXml: readonly string[];
  /** Attribute path → the spec default the provider plans and writes when the configuration leaves it out. */
  readonly defaults: Readonly<Record<string, SpecDefault>>;
  /** The spec file in pan-os-codegen. */
  readonly source: string;
}

/** The rows, one per panos resource type the firewall stacks use. */
export const PANOS_OBJECT_TABLE: readonly PanosObjectRow[] = [
  {
    resource: "panos_ethernet_interface",
    kind: "entry",
    location: "ngfw",
    xpath: "{device}/network/interface/ethernet/entry[@name='{name}']",
    elements: {
      "poe.enabled": "poe-enabled",
      "poe.poe_reserved_power": "poe-rsvd-pwr",
      "layer3.ips": "ip",
      "layer3.ipv6.addresses": "address",
      "layer3.ndp_proxy.addresses": "address",
      "layer3.pppoe.static_address.ips": "ip",
    },
    notInXml: [],
    defaults: { link_duplex: "auto", link_speed: "auto", link_state: "auto" },
    source: "specs/network/interface/ethernet.yaml",
  },
  {
    resource: "panos_ethernet_layer3_subinterface",
    kind: "entry",
    location: "ngfw",
    xpath: "{device}/network/interface/ethernet/entry[@name='{parent}']/layer3/units/entry[@name='{name}']",
    elements: {},
    notInXml: ["parent"],
    defaults: {},
    source: "specs/network/subinterface/ethernet/layer3.yaml",
  },
  {
    resource: "panos_interface_management_profile",
    kind: "entry",
    location: "ngfw",
    xpath: "{device}/network/profiles/interface-management-profile/entry[@name='{name}']",
    elements: { permitted_ips: "permitted-ip" },
    notInXml: [],
    defaults: {},
    source: "specs/network/profiles/interface-management-profile.yaml",
  },
  {
    resource: "panos_bfd_network_profile",
    kind: "entry",
    location: "ngfw",
    xpath: "{device}/network/profiles/bfd-profile/entry[@name='{name}']",
    elements: {},
    notInXml: [],
    defaults: { detection_multiplier: 3, hold_time: 0, min_rx_interval: 1000, min_tx_interval: 1000, mode: "active" },
    source: "specs/network/profiles/bfd-network-profile.yaml",
  },
  {
    resource: "panos_virtual_router",
    kind: "entry",
    location: "ngfw",
    xpath: "{device}/network/virtual-router/entry[@name='{name}']",
    elements: {
      administrative_distances: "admin-dists",
      "ecmp.max_paths": "max-path",
      interfaces: "interface",
      "protocol.rip.interfaces": "interface",
    },
    notInXml: [],
    defaults: {
      "ecmp.max_paths": 2,
      "protocol.bgp.routing_options.as_format": "2-byte",
      "protocol.bgp.routing_options.default_local_preference": 100,
      "protocol.bgp.peer_group.peer.address_family_identifier": "ipv4",
      "protocol.bgp.peer_group.peer.max_prefixes": "5000",
      "protocol.bgp.peer_group.peer.peering_type": "unspecified",
      "protocol.bgp.peer_group.peer.reflector_client": "non-client",
    },
    source: "specs/network/virtual-router.yaml",
  },
  {
    resource: "panos_zone",
    kind: "entry",
    location: "vsys",
    xpath: "{device}/vsys/entry[@name='{vsys}']/zone/entry[@name='{name}']",
    elements: {},
    notInXml: [],
    defaults: {},
    source: "specs/network/zone.yaml",
  },
  {
    resource: "panos_security_policy_rules",
    kind: "rules",
    location: "vsys",
    xpath: "{device}/vsys/entry[@name='{vsys}']/rulebase/security/rules/entry[@name='{name}']",
    elements: {
      "rules.source_zones": "from",
      "rules.destination_zones": "to",
      "rules.source_addresses": "source",
      "rules.destination_addresses": "destination",
      "rules.source_users": "source-user",
      "rules.applications": "application",
      "rules.services": "service",
      "rules.disable_server_response_inspection": "option/disable-server-response-inspection",
    },
    notInXml: ["position", "rules.audit_comment_version", "rules.audit_comment_wo"],
    defaults: { "rules.action": "allow", "rules.rule_type": "universal" },
    source: "specs/policies/security-policy-rule.yaml",
  },
];

/** The spec file's address at the pinned commit. */
export function sourceUrl(row: PanosObjectRow): string {
  return `${SPEC_BASE}${row.source}`;
}

/** The row of a resource type; undefined for a type the table does not hold. */
export function panosObjectRow(resource: string): PanosObjectRow | undefined {
  return PANOS_OBJECT_TABLE.find((row) => row.resource === resource);
}

/**
 * Defaults of the location variables, the same in every spec of the table (`locations:` →
 * `vars:` → `default:`): the firewall's device entry and the first vsys.
 */
export const LOCATION_DEFAULTS: Readonly<Record<string, SpecDefault>> = {
  "location.ngfw.ngfw_device": "localhost.localdomain",
  "location.vsys.ngfw_device": "localhost.localdomain",
  "location.vsys.name": "vsys1",
};
