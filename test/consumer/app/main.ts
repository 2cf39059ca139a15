/**
 * A user's app, written only against the package's public API (the import below resolves to the
 * installed tarball): two pairs in one app, told apart by stack prefixes, in a metro other than
 * the guide example's, with all three connection kinds (AWS, Azure, any partner port by UID).
 */
import { App } from "cdktf";
import {
  PaloAltoHaPair,
  ValidationError,
  synthApp,
  aws,
  azure,
  partnerPort,
  variable,
  type PaloAltoHaPairProps,
} from "cdktf-megaport-panos-ha";

/** Melbourne-style sites (the guide example uses location ids 3 and 4). */
const SITES: PaloAltoHaPairProps["sites"] = [{ location: { id: 23 } }, { location: { id: 24 } }];

/** The consumer test sets this to see a props mistake reported by synthApp under plain node. */
const HA3_MBPS = process.env.CONSUMER_HA3_MBPS ? Number(process.env.CONSUMER_HA3_MBPS) : 5000;

function pairProps(prefix: string, vlanBase: number): PaloAltoHaPairProps {
  return {
    stackPrefix: prefix,
    sites: SITES,
    size: "LARGE",
    image: { version: "11.1.4-h7" },
    sshPublicKey: variable("ssh_public_key", { sensitive: false }),
    adminPasswordHash: variable("admin_password_hash"),
    haLinks: { ha3RateLimitMbps: HA3_MBPS },
    management: { dnsServers: ["9.9.9.9"] },
    bgp: { localAsn: 65020 },
    cloudConnections: [
      aws({
        name: "aws",
        vlan: vlanBase,
        rateLimitMbps: 500,
        type: "hosted-vif",
        region: "Asia Pacific (Sydney) (ap-southeast-2)",
        ownerAccount: variable("aws_account_id", { sensitive: false }),
        vif: { asn: 65020, amazonAsn: 64512 },
        firewalls: [
          {
            partnerPort: { locationId: 23, diversityZone: "red" },
            addressing: { customerAddress: "169.254.10.1/30", amazonAddress: "169.254.10.2/30" },
          },
          {
            partnerPort: { locationId: 24, diversityZone: "blue" },
            addressing: { customerAddress: "169.254.10.5/30", amazonAddress: "169.254.10.6/30" },
          },
        ],
      }),
      azure({
        name: "azure",
        vlan: vlanBase + 1,
        rateLimitMbps: 500,
        serviceKey: variable("azure_service_key"),
        privatePeering: { peerAsn: 65020, primarySubnet: "192.168.20.0/30", secondarySubnet: "192.168.20.4/30" },
      }),
      partnerPort({
        name: "dc",
        vlan: vlanBase + 2,
        rateLimitMbps: 200,
        firewalls: [
          {
            productUid: "11111111-1111-4111-8111-111111111111",
            bgp: { localAddress: "10.20.0.1/30", peerAddress: "10.20.0.2", peerAsn: 65100 },
          },
          {
            productUid: "22222222-2222-4222-8222-222222222222",
            bgp: { localAddress: "10.20.0.5/30", peerAddress: "10.20.0.6", peerAsn: 65100 },
          },
        ],
      }),
    ],
  };
}

// The error class is public so that an app can tell a props mistake from any other failure.
try {
  new PaloAltoHaPair(new App(), "bad", { ...pairProps("bad-", 500), size: "HUGE" as never });
  throw new Error("a pair with size HUGE was accepted");
} catch (error) {
  if (!ValidationError.isValidationError(error)) throw error;
}

synthApp((app) => {
  new PaloAltoHaPair(app, "mel-a", pairProps("mel-a-", 300));
  new PaloAltoHaPair(app, "mel-b", pairProps("mel-b-", 400));
});
