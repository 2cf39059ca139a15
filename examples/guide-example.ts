/**
 * The guide's example: two Palo Alto VM-Series MVEs of the same size and image in two data
 * centres of one metro, HA1/HA2 at 1 Gbps and HA3 at 10 Gbps, Megaport Internet for management
 * on each, and AWS (VLAN 100) and Azure (VLAN 200) attached to both MVEs.
 *
 * Secrets come from sensitive Terraform variables, so synthesis needs no credentials.
 */
import * as path from "node:path";
import { App, LocalBackend, TerraformStack, TerraformVariable } from "cdktf";
import { provider } from "../.gen/providers/megaport";
import { AwsConnection, AzureExpressRouteConnection, HaLink, ManagementInternet, PaloAltoMve } from "../lib/megaport";

/** Options for building the example (tests isolate its state files). */
export interface GuideExampleOptions {
  /** Directory for the local state files. @default - the current directory */
  readonly stateDirectory?: string;
}

/** The example's sites and settings: edit these for your deployment. */
export const GUIDE = {
  /** Two Megaport data centres in one metro (look them up with the megaport_location data source). */
  locationIds: [3, 4] as const,
  size: "MEDIUM" as const,
  imageVersion: "10.2.9-h1",
  ha3RateLimitMbps: 10_000,
  awsRegion: "Asia Pacific (Sydney) (ap-southeast-2)",
  firewallAsn: 65010,
  amazonAsn: 64512,
} as const;

/** Adds the example's stacks to `app`. */
export function guideExample(app: App, options: GuideExampleOptions = {}): void {
  const stack = new TerraformStack(app, "network");
  if (options.stateDirectory) {
    new LocalBackend(stack, { path: path.join(options.stateDirectory, "terraform.network.tfstate") });
  }
  new provider.MegaportProvider(stack, "megaport", { waitTime: 30 });

  const sshPublicKey = new TerraformVariable(stack, "ssh_public_key", {
    type: "string",
    description: "OpenSSH RSA 2048-bit public key for the firewalls' admin user",
  });
  const adminPasswordHash = new TerraformVariable(stack, "admin_password_hash", {
    type: "string",
    sensitive: true,
    description: "sha256-crypt hash of the firewalls' initial admin password (mkpasswd -m sha-256)",
  });
  const awsAccount = new TerraformVariable(stack, "aws_account_id", {
    type: "string",
    description: "AWS account that accepts the hosted VIFs",
  });
  const azureServiceKey = new TerraformVariable(stack, "azure_service_key", {
    type: "string",
    sensitive: true,
    description: "ExpressRoute circuit service key",
  });

  const mves = GUIDE.locationIds.map(
    (locationId, i) =>
      new PaloAltoMve(stack, `mve-${i}`, {
        productName: `guide-fw-${i}`,
        location: { id: locationId },
        size: GUIDE.size,
        image: { version: GUIDE.imageVersion },
        diversityZone: i === 0 ? "red" : "blue",
        sshPublicKey: sshPublicKey.stringValue,
        adminPasswordHash: adminPasswordHash.stringValue,
      }),
  ) as [PaloAltoMve, PaloAltoMve];

  new HaLink(stack, "ha1", { role: "ha1", mves });
  new HaLink(stack, "ha2", { role: "ha2", mves });
  new HaLink(stack, "ha3", { role: "ha3", mves, rateLimitMbps: GUIDE.ha3RateLimitMbps });
  mves.forEach((mve, i) => new ManagementInternet(stack, `management-${i}`, { mve }));

  const aws = new AwsConnection({
    name: "aws",
    vlan: 100,
    rateLimitMbps: 1000,
    type: "hosted-vif",
    region: GUIDE.awsRegion,
    ownerAccount: awsAccount.stringValue,
    vif: { asn: GUIDE.firewallAsn, amazonAsn: GUIDE.amazonAsn },
  });
  const azure = new AzureExpressRouteConnection({
    name: "azure",
    vlan: 200,
    rateLimitMbps: 1000,
    serviceKey: azureServiceKey.stringValue,
    privatePeering: {
      peerAsn: GUIDE.firewallAsn,
      primarySubnet: "192.168.200.0/30",
      secondarySubnet: "192.168.200.4/30",
    },
  });
  mves.forEach((mve, i) => {
    aws.attach(stack, `aws-${i}`, {
      mve,
      partnerPort: { locationId: GUIDE.locationIds[i], diversityZone: i === 0 ? "red" : "blue" },
      addressing: { customerAddress: `169.254.100.${1 + 4 * i}/30`, amazonAddress: `169.254.100.${2 + 4 * i}/30` },
    });
    azure.attach(stack, `azure-${i}`, { mve, port: i === 0 ? "primary" : "secondary" });
  });
}
