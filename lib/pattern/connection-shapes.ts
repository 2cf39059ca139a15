/**
 * Run-time shapes of the connection builders' props (aws, azure, partnerPort). Secrets may be
 * `variable(...)`s here; the per-firewall settings are literals (the pair checks them at synth).
 */
import { list, optional, record, type Shape } from "../core/shape";
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
import { connectionNameShape } from "../panos/shapes";
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
