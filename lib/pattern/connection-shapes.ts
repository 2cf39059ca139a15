/**
 * Run-time shapes of the connection builders' props (aws, azure, google, oracle, mcr, partnerPort,
 * internetBreakout). Secrets may be
 * `variable(...)`s here; the per-firewall settings are literals (the pair checks them at synth).
 */
import { boolean, kindOf, list, number, optional, record, type Shape } from "../core/shape";
import {
  awsAttachmentFields,
  awsFields,
  azureFields,
  bgpAddressingShape,
  cloudConnectionFields,
  partnerPortAttachmentFields,
  secretShape,
  vlanShape,
} from "../megaport/shapes";
import { peeringShape } from "../megaport/cloud/google";
import {
  addressShape,
  asnShape,
  diversityZoneShape,
  idShape,
  partnerPortShape,
  secretShape as textValue,
} from "../megaport/shapes";
import { connectionNameShape, outboundShape, panosNameShape } from "../panos/shapes";
import { StackVariable } from "./variables";

/** A StringValue: a `variable(...)`, a cdktf token, or a literal string (never a raw `${…}`). */
export function stringValueShape(what: string, fix: string): Shape {
  const literal = secretShape(what, fix);
  return (value, prop) => (value instanceof StackVariable ? [] : literal(value, prop));
}

const secret = (what: string): Shape => stringValueShape(what, `give ${what}, e.g. variable("name")`);

/** Firewall 0's and firewall 1's settings. */
function bothFirewalls(item: Shape): Shape {
  return list(item, { min: 2, max: 2, fix: "give the settings of firewall 0 and firewall 1, in that order" });
}

export const awsPairShape: Shape = record({
  ...cloudConnectionFields(connectionNameShape),
  ...awsFields(secret),
  firewalls: bothFirewalls(record(awsAttachmentFields(false))),
});

export const azurePairShape: Shape = record({
  ...cloudConnectionFields(connectionNameShape),
  ...azureFields(secret),
  firewalls: optional(bothFirewalls(record({ bgp: optional(bgpAddressingShape(false, false)) }))),
});

export const partnerPortPairShape: Shape = record({
  ...cloudConnectionFields(connectionNameShape),
  partnerVlan: optional(vlanShape),
  firewalls: bothFirewalls(record(partnerPortAttachmentFields(false))),
});

/** A secret that may only be a `variable(...)`: a literal would be written into cdk.tf.json. */
function variableOnly(what: string, example: string): Shape {
  return (value, prop) =>
    value instanceof StackVariable
      ? []
      : [
          {
            prop,
            value: typeof value === "string" ? "(a literal string, not shown)" : kindOf(value),
            problem: `is not a variable(...); ${what} is a secret and a literal would be written into cdk.tf.json`,
            allowed: `variable("${example}")`,
            fix: `pass variable("${example}") and set TF_VAR_${example} at plan time`,
          },
        ];
}

export const googlePairShape: Shape = record({
  ...cloudConnectionFields(connectionNameShape),
  firewalls: bothFirewalls(
    record({
      pairingKey: variableOnly("a pairing key", "google_pairing_key_0"),
      partnerPort: partnerPortShape,
      bgp: peeringShape(false),
    }),
  ),
});

export const oraclePairShape: Shape = record({
  ...cloudConnectionFields(connectionNameShape),
  firewalls: bothFirewalls(
    record({
      virtualCircuitId: stringValueShape("an OCI virtual circuit OCID", "give the virtual circuit's OCID"),
      partnerPort: partnerPortShape,
      bgp: peeringShape(false),
    }),
  ),
});

export const mcrPairShape: Shape = record({
  ...cloudConnectionFields(connectionNameShape),
  mcrProductUid: textValue("the MCR's product UID", "give the MCR's product UID"),
  mcrAsn: asnShape(),
  firewallAsn: asnShape(),
  bfd: optional(boolean()),
  firewalls: bothFirewalls(
    record({
      localAddress: addressShape("an interface address with prefix, e.g. 10.200.0.1/30"),
      mcrAddress: addressShape("an IPv4 address"),
    }),
  ),
});

export const internetBreakoutPairShape: Shape = record({
  ...cloudConnectionFields(connectionNameShape),
  locationId: optional(idShape),
  diversityZone: optional(diversityZoneShape),
  zone: optional(panosNameShape()),
  mtu: optional(number({ what: "an MTU", fix: "use 1500" })),
  outbound: outboundShape,
  firewalls: optional(
    bothFirewalls(
      record({
        addressing: record({
          address: addressShape("an interface address with prefix, e.g. 203.0.113.10/29"),
          gateway: addressShape("an IPv4 address"),
        }),
      }),
    ),
  ),
});
