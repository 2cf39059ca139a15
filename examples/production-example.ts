/**
 * A production-shaped pair, next to the guide's: three clouds (AWS, Azure, Google Cloud) and an
 * internet breakout over Megaport Internet on both firewalls, in its own stacks (`prod-network`,
 * `prod-firewall-0`, `prod-firewall-1`). Management runs over a private VXC per firewall to your
 * management network's port (no Megaport Internet for management), as the guide recommends once an
 * alternative management path exists.
 *
 * Secrets are variables of the network stack (`TF_VAR_google_pairing_key_0=…`); nothing secret
 * is written into the synthesized JSON.
 */
import * as path from "node:path";
import { LocalBackend, type App } from "cdktf";
import {
  PaloAltoHaPair,
  aws,
  azure,
  google,
  internetBreakout,
  variable,
  type ManagementAddress,
  type ManagementApiProps,
  type PrivateManagementVxc,
} from "../lib";

/** Options tests use to isolate state and point the management API at simulators. */
export interface ProductionExampleOptions {
  /** Directory for the local state files. @default - the current directory */
  readonly stateDirectory?: string;
  /** Management API settings. @default - PRODUCTION.managementApi */
  readonly managementApi?: Omit<ManagementApiProps, "host">;
  /** The `mve-ha` command the provisioners run. @default - the bundled CLI */
  readonly cli?: string;
  /**
   * The firewalls' management addresses on the private management network (tests point them at
   * loopback). @default - PRODUCTION.management.addresses
   */
  readonly managementAddresses?: readonly [ManagementAddress, ManagementAddress];
  /** PaloAltoHaPairProps.preventDestroy. @default true */
  readonly preventDestroy?: boolean;
}

/** The production pair's sites and settings: edit these for your deployment. */
export const PRODUCTION = {
  stackPrefix: "prod-",
  locationIds: [5, 6],
  size: "LARGE",
  imageVersion: "11.1.4-h7",
  ha3RateLimitMbps: 10_000,
  awsRegion: "Asia Pacific (Sydney) (ap-southeast-2)",
  firewallAsn: 65020,
  amazonAsn: 64513,
  dnsServers: ["1.1.1.1", "9.9.9.9"],
  /** The inside networks that may reach the Internet through the breakout. */
  insideNetworks: ["10.20.0.0/16"],
  managementApi: { insecureSkipVerify: true } as Omit<ManagementApiProps, "host">,
  /** Your management network's port (product UID) and VLAN, and each firewall's address on it. */
  management: {
    productUid: "4a8f3c6e-2b1d-4e7a-9c5f-0d2e6b8a1f37",
    vlan: 50,
    addresses: [
      { ip: "10.250.0.11", prefixLength: 24, gateway: "10.250.0.1" },
      { ip: "10.250.0.12", prefixLength: 24, gateway: "10.250.0.1" },
    ],
  },
} as const;

/** Adds the production pair (stacks prod-network, prod-firewall-0, prod-firewall-1) to `app`. */
export function productionExample(app: App, options: ProductionExampleOptions = {}): PaloAltoHaPair {
  const state = options.stateDirectory;
  const [site0, site1] = PRODUCTION.locationIds;
  return new PaloAltoHaPair(app, "production", {
    stackPrefix: PRODUCTION.stackPrefix,
    sites: [{ location: { id: site0 } }, { location: { id: site1 } }],
    size: PRODUCTION.size,
    image: { version: PRODUCTION.imageVersion },
    sshPublicKey: variable("ssh_public_key", { sensitive: false, description: "Admin user's OpenSSH RSA public key" }),
    adminPasswordHash: variable("admin_password_hash", { description: "sha256-crypt hash of the admin password" }),
    haLinks: { ha3RateLimitMbps: PRODUCTION.ha3RateLimitMbps },
    management: {
      dnsServers: PRODUCTION.dnsServers,
      api: options.managementApi ?? PRODUCTION.managementApi,
      path: {
        kind: "private-vxc",
        firewalls: [0, 1].map((i) => ({
          productUid: PRODUCTION.management.productUid,
          vlan: PRODUCTION.management.vlan,
          address: (options.managementAddresses ?? PRODUCTION.management.addresses)[i],
        })) as [PrivateManagementVxc, PrivateManagementVxc],
      },
    },
    bgp: { localAsn: PRODUCTION.firewallAsn },
    cloudConnections: [
      aws({
        name: "aws",
        vlan: 100,
        rateLimitMbps: 2000,
        type: "hosted-vif",
        region: PRODUCTION.awsRegion,
        ownerAccount: variable("aws_account_id", { sensitive: false, description: "AWS account accepting the VIFs" }),
        vif: { asn: PRODUCTION.firewallAsn, amazonAsn: PRODUCTION.amazonAsn },
        firewalls: [
          {
            partnerPort: { locationId: site0, diversityZone: "red" },
            addressing: { customerAddress: "169.254.110.1/30", amazonAddress: "169.254.110.2/30" },
          },
          {
            partnerPort: { locationId: site1, diversityZone: "blue" },
            addressing: { customerAddress: "169.254.110.5/30", amazonAddress: "169.254.110.6/30" },
          },
        ],
      }),
      azure({
        name: "azure",
        vlan: 200,
        rateLimitMbps: 2000,
        serviceKey: variable("azure_service_key", { description: "ExpressRoute circuit service key" }),
        privatePeering: {
          peerAsn: PRODUCTION.firewallAsn,
          primarySubnet: "192.168.210.0/30",
          secondarySubnet: "192.168.210.4/30",
        },
      }),
      google({
        name: "gcp",
        vlan: 300,
        rateLimitMbps: 1000,
        firewalls: [
          {
            pairingKey: variable("google_pairing_key_0", { description: "Pairing key of VLAN attachment 1" }),
            partnerPort: { locationId: site0, diversityZone: "red" },
            bgp: { localAddress: "169.254.130.2/29", peerAddress: "169.254.130.1" },
          },
          {
            pairingKey: variable("google_pairing_key_1", { description: "Pairing key of VLAN attachment 2" }),
            partnerPort: { locationId: site1, diversityZone: "blue" },
            bgp: { localAddress: "169.254.131.2/29", peerAddress: "169.254.131.1" },
          },
        ],
      }),
      internetBreakout({
        name: "internet",
        vlan: 900,
        rateLimitMbps: 1000,
        outbound: { sourceAddresses: PRODUCTION.insideNetworks, nat: "source-interface" },
      }),
    ],
    cli: options.cli,
    preventDestroy: options.preventDestroy,
    backend: state
      ? (stack, name) => new LocalBackend(stack, { path: path.join(state, `terraform.${name}.tfstate`) })
      : undefined,
  });
}
