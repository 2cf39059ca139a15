import { Fn } from "cdktf";
import { netmaskOf, parseIpv4Interface } from "../../core/ipv4";
import { isUnresolved } from "../../core/tokens";
import type { AddressModel } from "./types";

/**
 * Splits `a.b.c.d/n` into address and netmask. A literal is split here; a plan-time value is split
 * by Terraform (`split`, `cidrnetmask`), so the model stays usable when addressing comes from
 * another stack. An invalid literal is kept as is: the builders record an issue for it and throw
 * before the model is used.
 */
export function splitAddress(cidr: string): AddressModel {
  if (isUnresolved(cidr)) {
    return { cidr, ip: Fn.element(Fn.split("/", cidr), 0), netmask: Fn.cidrnetmask(cidr) };
  }
  const parsed = parseIpv4Interface(cidr);
  if (!parsed) return { cidr, ip: cidr, netmask: cidr };
  return { cidr, ip: cidr.split("/")[0], netmask: netmaskOf(parsed.prefixLength) };
}

/** The address part of `a.b.c.d/n` (literal or plan-time). */
export function addressOf(cidr: string): string {
  return isUnresolved(cidr) ? Fn.element(Fn.split("/", cidr), 0) : cidr.split("/")[0];
}
