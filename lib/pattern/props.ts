import type { TerraformStack } from "cdktf";
import type {
  ContractTermMonths,
  DiversityZone,
  ImageSelector,
  LocationSelector,
  ManagementAddress,
  MveSize,
} from "../megaport";
import type {
  BfdProfileProps,
  EcmpProps,
  HighAvailabilityProps,
  ManagementApiProps,
  ObjectNamesProps,
  SecurityRuleProps,
} from "../panos";
import type { PairConnection } from "./connections";
import type { ManagementIpv6, ManagementPath } from "./management-path";
import type { StringValue } from "./variables";

/** Where one firewall of the pair runs. */
export interface FirewallSite {
  /** Megaport data centre (the two must be in one metro; checked at plan time). */
  readonly location: LocationSelector;
  /**
   * Diversity zone.
   * @default "red" for firewall 0, "blue" for firewall 1
   */
  readonly diversityZone?: DiversityZone;
  /**
   * MVE product name in the Megaport Portal.
   * @default `<pair id>-fw-<0|1>`
   */
  readonly productName?: string;
  /**
   * The management address, when you know it, instead of deriving it from the Megaport Internet
   * connection (see ManagementInternetProps.managementAddress). With private management, give it in
   * `management.path.firewalls[i].address` instead.
   * @default - derived after apply
   */
  readonly managementAddress?: ManagementAddress;
  /**
   * PAN-OS licence (auth code) data of this firewall; a secret: use `variable("license_data_0")`.
   * @default - none
   */
  readonly licenseData?: StringValue;
}

/** Bandwidth of the three HA links (the guide: HA1 and HA2 at 1 Gbps, HA3 sized for the traffic). */
export interface HaLinksProps {
  /** HA3 bandwidth in Mbps: HA3 forwards traffic between the firewalls when a path fails (the guide: 10000). */
  readonly ha3RateLimitMbps: number;
  /** @default 1000 */
  readonly ha1RateLimitMbps?: number;
  /** @default 1000 */
  readonly ha2RateLimitMbps?: number;
}

/** Active/Active HA settings shared by the pair, with per-firewall addressing as pairs. */
export interface PairHighAvailabilityProps extends Omit<
  HighAvailabilityProps,
  "deviceId" | "peerManagementIp" | "ha1Backup" | "ha2"
> {
  /**
   * HA2 (session sync, ethernet1/3) addresses of firewall 0 and 1, one subnet.
   * @default ["10.255.2.1/30", "10.255.2.2/30"]
   */
  readonly ha2Addresses?: readonly [string, string];
  /** HA2 transport. @default "ethernet" */
  readonly ha2Transport?: "ethernet" | "ip" | "udp";
  /**
   * HA1 backup (ethernet1/2, the guide's "HA1" VXC) addresses of firewall 0 and 1, one subnet; or
   * false for none (HA1 itself runs on the management port).
   * @default ["10.255.1.1/30", "10.255.1.2/30"]
   */
  readonly ha1BackupAddresses?: readonly [string, string] | false;
}

/** BGP on both firewalls (each runs its own sessions; virtual-router sync is off). */
export interface PairBgpProps {
  /** The firewalls' AS number (the same on both, as the cloud sides expect one customer ASN). */
  readonly localAsn: number;
  /**
   * BGP router IDs of firewall 0 and 1.
   * @default - each firewall's address on its first connection
   */
  readonly routerIds?: readonly [string, string];
  /** BFD timers. @default 300 ms / 300 ms / 3 */
  readonly bfd?: BfdProfileProps;
  /** ECMP. @default enabled, 2 paths */
  readonly ecmp?: EcmpProps;
}

/** Management access: how the management interfaces are connected, their settings and the API. */
export interface PairManagementProps {
  /**
   * How each firewall's management interface (the `mgmt` vNIC; HA1 runs on it) is connected:
   * `{ kind: "megaport-internet" }` (a Megaport Internet VXC per firewall, its address assigned by
   * Megaport) or `{ kind: "private-vxc", firewalls: [...] }` (a private VXC per firewall to your
   * port, MCR or MVE by product UID, with the management address, gateway and DNS you give; no
   * Megaport Internet is ordered). See the README's "Private management" for switching over.
   * @default { kind: "megaport-internet" }
   */
  readonly path?: ManagementPath;
  /**
   * Static IPv6 address and default gateway of firewall 0's and firewall 1's management
   * interface, set by the device preparation with the IPv4 settings.
   * @default - no IPv6 address is set
   */
  readonly ipv6?: readonly [ManagementIpv6, ManagementIpv6];
  /**
   * DNS servers (one or two, distinct IPv4 addresses); PAN-OS needs static DNS once its management
   * interface is static. A `variable(...)` or a cdktf token is checked at plan time to be a dotted
   * quad before it is written into the device settings.
   */
  readonly dnsServers: readonly StringValue[];
  /** Megaport Internet bandwidth per firewall, in Mbps (Megaport Internet management only). @default 100 */
  readonly internetRateLimitMbps?: number;
  /**
   * How the panos provider and `mve-ha` reach the management API (port, protocol, TLS, timeouts).
   * @default - HTTPS on 443 with certificate verification
   */
  readonly api?: Omit<ManagementApiProps, "host">;
  /** Global jumbo-frame MTU (HA3 needs jumbo frames; the VXC carries at most 9100). @default 9100 */
  readonly jumboFrameMtu?: number;
  /** Use hypervisor-assigned MAC addresses (the guide: needed for HA). @default true */
  readonly hypervisorAssignedMacAddresses?: boolean;
}

/** Provider settings of the network stack. */
export interface MegaportSettings {
  /**
   * Megaport environment. Without it the provider reads MEGAPORT_ENVIRONMENT, and when that is
   * unset it uses **staging**.
   * @default - from MEGAPORT_ENVIRONMENT
   */
  readonly environment?: "production" | "staging" | "development";
  /** Minutes the provider waits for a product to provision (MVEs often need more than 10). @default 30 */
  readonly waitTimeMinutes?: number;
}

/** Props of PaloAltoHaPair, in the order of the guide. */
export interface PaloAltoHaPairProps {
  /** Where the two firewalls run. */
  readonly sites: readonly [FirewallSite, FirewallSite];
  /** MVE size, the same for both (Palo Alto requires it). */
  readonly size: MveSize;
  /** PAN-OS image, the same for both (Palo Alto requires it). */
  readonly image: ImageSelector;
  /** The admin user's OpenSSH RSA 2048-bit public key (not secret; a literal or a variable). */
  readonly sshPublicKey: StringValue;
  /** sha256-crypt hash of the initial admin password; a secret: use `variable("admin_password_hash")`. */
  readonly adminPasswordHash: StringValue;
  /** The three HA VXCs. */
  readonly haLinks: HaLinksProps;
  /** Active/Active HA. @default - group 1, HA2 and HA1 backup on 10.255.2.0/30 and 10.255.1.0/30, vendor defaults */
  readonly ha?: PairHighAvailabilityProps;
  /** Management access and device preparation. */
  readonly management: PairManagementProps;
  /** The data-plane connections, each on one VLAN on both firewalls (build them with aws, azure, partnerPort). */
  readonly cloudConnections: readonly PairConnection[];
  /** BGP on both firewalls. */
  readonly bgp: PairBgpProps;
  /** Names of the PAN-OS objects created. @default - see ObjectNamesProps */
  readonly names?: ObjectNamesProps;
  /** The rule allowing traffic between the connections. @default - see SecurityRuleProps */
  readonly securityRule?: SecurityRuleProps;
  /** Megaport provider settings. @default - see MegaportSettings */
  readonly megaport?: MegaportSettings;
  /** Contract term of every MVE and VXC. @default 1 */
  readonly contractTermMonths?: ContractTermMonths;
  /**
   * Protect the MVEs, the HA links and the management Internet VXCs from destroy (Terraform
   * `prevent_destroy`), stop a plan that would replace an MVE with a message naming the prop, and
   * refuse a destroy of any of the pair's stacks (Terraform names the refusing resource
   * `set-preventDestroy-false-to-allow-destroy`). The cloud connections' VXCs are not covered:
   * editing or removing a connection replaces or deletes them on purpose (set `preventDestroy` on a
   * connection to protect it).
   * @default true
   */
  readonly preventDestroy?: boolean;
  /** Megaport resource tags on every MVE and VXC. @default - none */
  readonly resourceTags?: Readonly<Record<string, string>>;
  /**
   * Prefix of the three stacks' names: `<prefix>network`, `<prefix>firewall-0`, `<prefix>firewall-1`.
   * Give each pair of an app its own.
   * @default "" (stacks network, firewall-0, firewall-1)
   */
  readonly stackPrefix?: string;
  /**
   * Configures each stack's Terraform backend, e.g.
   * `(stack, name) => new S3Backend(stack, { bucket, key: \`panos-ha/${name}.tfstate\`, region })`
   * or `new CloudBackend(stack, { organization, workspaces: new NamedCloudWorkspace(name) })`.
   * The firewall stacks read the network stack's outputs through the same backend.
   * @default - local state `terraform.<stack>.tfstate` in the directory holding the output
   * directory (your project, for `cdktf.out`), named by a path relative to the stack directory,
   * so the synthesized JSON holds no path of the synthesizing machine
   */
  readonly backend?: (stack: TerraformStack, stackName: string) => void;
  /**
   * The `mve-ha` command the provisioners run instead of the bundled one, found on the PATH of the
   * machine that runs Terraform (e.g. `"mve-ha"`, `"npx mve-ha"`); also used in the
   * `verify-command` output. An absolute path here is written into the synthesized JSON.
   * @default - the CLI bundled with this package: synthesis copies it into each stack's `assets/`
   * folder and the provisioners run it with `node` (≥ 20), so the stacks apply on any machine
   */
  readonly cli?: string;
  /**
   * Write a diagram of the pair at synth: `<outdir>/<pair>.topology.svg`, its Graphviz source
   * `<pair>.topology.dot` and `<pair>.topology.json` (for `mve-ha verify --report --topology`).
   * A drawing failure warns and keeps the DOT; it never fails the synth.
   * @default true
   */
  readonly topologyDiagram?: boolean;
}
