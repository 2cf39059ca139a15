/**
 * Megaport's guide as code: two Palo Alto VM-Series MVEs of the same size and image in two data
 * centres of one metro, HA1/HA2 at 1 Gbps and HA3 at 10 Gbps, Megaport Internet for management,
 * AWS on VLAN 100 and Azure on VLAN 200 on both firewalls, Active/Active HA with per-firewall BGP
 * and BFD, path monitoring, one commit per firewall.
 *
 * Secrets are Terraform variables the network stack declares, so synthesis needs no credentials;
 * give them at deploy time (`TF_VAR_admin_password_hash=… cdktf deploy …`).
 */
import * as path from "node:path";
import { LocalBackend, type App } from "cdktf";
import {
  PaloAltoHaPair,
  aws,
  azure,
  variable,
  type ManagementApiProps,
  type PairHighAvailabilityProps,
  type PairManagementProps,
} from "../lib";

/** Options tests use to isolate state and point the management API at simulators. */
export interface GuideExampleOptions {
  /** Directory for the local state files. @default - the current directory */
  readonly stateDirectory?: string;
  /** Management API settings. @default - GUIDE.managementApi */
  readonly managementApi?: Omit<ManagementApiProps, "host">;
  /** HA3 bandwidth in Mbps. @default GUIDE.ha3RateLimitMbps */
  readonly ha3RateLimitMbps?: number;
  /** The AWS neighbour's ASN. @default GUIDE.amazonAsn */
  readonly amazonAsn?: number;
  /** Active/Active HA settings. @default - the pattern's defaults */
  readonly ha?: PairHighAvailabilityProps;
  /**
   * Prefix of the pair's construct id and stack names, so that one app can hold several pairs.
   * @default "" (construct `guide`, stacks network, firewall-0, firewall-1)
   */
  readonly stackPrefix?: string;
  /** Which of the example's cloud connections to deploy. @default ["aws", "azure"] */
  readonly connections?: Array<"aws" | "azure">;
  /** The `mve-ha` command the provisioners run (PaloAltoHaPairProps.cli). @default - the bundled CLI */
  readonly cli?: string;
  /** PaloAltoHaPairProps.preventDestroy. @default true */
  readonly preventDestroy?: boolean;
  /** PaloAltoHaPairProps.topologyDiagram (the bench measures the diagram's share). @default true */
  readonly topologyDiagram?: boolean;
  /** The management path and IPv6 (PairManagementProps.path, .ipv6). @default - Megaport Internet, no IPv6 */
  readonly management?: Pick<PairManagementProps, "path" | "ipv6">;
}

/** The example's sites and settings: edit these for your deployment. */
export const GUIDE = {
  /** Two Megaport data centres in one metro (find ids with the megaport_location data source). */
  locationIds: [3, 4],
  size: "MEDIUM",
  imageVersion: "10.2.9-h1",
  /** HA3 carries the traffic of a firewall whose path failed: size it for the pair's traffic. */
  ha3RateLimitMbps: 10_000,
  awsRegion: "Asia Pacific (Sydney) (ap-southeast-2)",
  firewallAsn: 65010,
  amazonAsn: 64512,
  dnsServers: ["1.1.1.1", "8.8.8.8"],
  /**
   * A new VM-Series serves a self-signed certificate: skip verification until you install one
   * (then use `caFile`).
   */
  managementApi: { insecureSkipVerify: true } as Omit<ManagementApiProps, "host">,
} as const;

/** Adds the guide's pair (stacks network, firewall-0, firewall-1) to `app`. */
export function guideExample(app: App, options: GuideExampleOptions = {}): PaloAltoHaPair {
  const state = options.stateDirectory;
  const prefix = options.stackPrefix ?? "";
  const wanted: ReadonlyArray<string> = options.connections ?? ["aws", "azure"];
  return new PaloAltoHaPair(app, `${prefix}guide`, {
    stackPrefix: prefix,
    topologyDiagram: options.topologyDiagram,
    sites: [{ location: { id: GUIDE.locationIds[0] } }, { location: { id: GUIDE.locationIds[1] } }],
    size: GUIDE.size,
    image: { version: GUIDE.imageVersion },
    sshPublicKey: variable("ssh_public_key", {
      sensitive: false,
      description: "OpenSSH RSA 2048-bit public key of the firewalls' admin user",
    }),
    adminPasswordHash: variable("admin_password_hash", {
      description: "sha256-crypt hash of the firewalls' initial admin password (mkpasswd -m sha-256)",
    }),
    haLinks: { ha3RateLimitMbps: options.ha3RateLimitMbps ?? GUIDE.ha3RateLimitMbps },
    ha: options.ha,
    management: {
      dnsServers: GUIDE.dnsServers,
      api: options.managementApi ?? GUIDE.managementApi,
      ...options.management,
    },
    bgp: { localAsn: GUIDE.firewallAsn },
    cloudConnections: [
      aws({
        name: "aws",
        vlan: 100,
        rateLimitMbps: 1000,
        type: "hosted-vif",
        region: GUIDE.awsRegion,
        ownerAccount: variable("aws_account_id", { sensitive: false, description: "AWS account accepting the VIFs" }),
        vif: { asn: GUIDE.firewallAsn, amazonAsn: options.amazonAsn ?? GUIDE.amazonAsn },
        firewalls: [
          {
            partnerPort: { locationId: GUIDE.locationIds[0], diversityZone: "red" },
            addressing: { customerAddress: "169.254.100.1/30", amazonAddress: "169.254.100.2/30" },
          },
          {
            partnerPort: { locationId: GUIDE.locationIds[1], diversityZone: "blue" },
            addressing: { customerAddress: "169.254.100.5/30", amazonAddress: "169.254.100.6/30" },
          },
        ],
      }),
      azure({
        name: "azure",
        vlan: 200,
        rateLimitMbps: 1000,
        serviceKey: variable("azure_service_key", { description: "ExpressRoute circuit service key" }),
        privatePeering: {
          peerAsn: GUIDE.firewallAsn,
          primarySubnet: "192.168.200.0/30",
          secondarySubnet: "192.168.200.4/30",
        },
      }),
    ].filter((connection) => wanted.includes(connection.name)),
    cli: options.cli,
    preventDestroy: options.preventDestroy,
    backend: state
      ? (stack, name) => new LocalBackend(stack, { path: path.join(state, `terraform.${name}.tfstate`) })
      : undefined,
  });
}
